/**
 * Footnotes are numbered 1, 2, 3 … across the whole report in reading order (opening, chapters depth-first,
 * closing, then the appendices), the way the DOCX writer numbers them. Each editor gets the count of footnotes before it.
 */
import type { Block, Report, Section } from '../../../core/model/report-schema';

export const OPENING_SLOT = 'opening';
export const CLOSING_SLOT = 'closing';
export const sectionSlot = (id: string): string => `section:${id}`;
export const appendixSlot = (id: string): string => `appendix:${id}`;

export function countFootnotes(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.type !== 'table') for (const i of b.content) if (i.type === 'footnote') n++;
  return n;
}

export function footnoteOffsets(report: Report): Map<string, number> {
  const offsets = new Map<string, number>();
  let seen = 0;
  offsets.set(OPENING_SLOT, seen);
  seen += countFootnotes(report.opening);
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      offsets.set(sectionSlot(s.id), seen);
      seen += countFootnotes(s.blocks);
      walk(s.children);
    }
  };
  walk(report.sections);
  offsets.set(CLOSING_SLOT, seen);
  seen += countFootnotes(report.closing);
  for (const a of report.appendices ?? []) {
    offsets.set(appendixSlot(a.id), seen);
    seen += countFootnotes(a.blocks);
  }
  return offsets;
}

/** Footnotes in a section and all its sub-sections. */
export function countSectionFootnotes(section: Section): number {
  let n = countFootnotes(section.blocks);
  for (const c of section.children) n += countSectionFootnotes(c);
  return n;
}

/**
 * The footnote offset of each child of `section`, given the section's own offset. Each card works out its
 * children's numbers itself, so an edit only changes the props of the cards whose numbers really moved.
 */
export function childFootnoteOffsets(section: Section, offset: number): number[] {
  let seen = offset + countFootnotes(section.blocks);
  return section.children.map((c) => {
    const at = seen;
    seen += countSectionFootnotes(c);
    return at;
  });
}
