/**
 * Which block list of the report a body editor edits: the opening, the closing, a section's body (at any depth)
 * or an appendix. A string, so it can key the open editors (live-editors.ts) and compare cheaply.
 */
import type { Block, Report, Section } from '../../../core/model/report-schema';

export type EditorPlace = 'opening' | 'closing' | `section:${string}` | `appendix:${string}`;

export const sectionPlace = (id: string): EditorPlace => `section:${id}`;
export const appendixPlace = (id: string): EditorPlace => `appendix:${id}`;

function sectionBlocks(sections: readonly Section[], id: string): Block[] | undefined {
  for (const s of sections) {
    if (s.id === id) return s.blocks;
    const inner = sectionBlocks(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** The block list at `place` in `report`, or undefined when the section or appendix is not there. */
export function blocksAtPlace(report: Report, place: EditorPlace): Block[] | undefined {
  if (place === 'opening') return report.opening;
  if (place === 'closing') return report.closing;
  if (place.startsWith('section:')) return sectionBlocks(report.sections, place.slice('section:'.length));
  const id = place.slice('appendix:'.length);
  return report.appendices?.find((a) => a.id === id)?.blocks;
}
