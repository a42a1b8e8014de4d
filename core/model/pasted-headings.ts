/**
 * Pasted paragraphs read with the .docx import's rules (core/import/body-structure.ts `classify`), so a paste
 * and an import agree on what "- ", "+ ", "1.", "II.", "2.1." and "a)" mean: a "1." line is a heading only when
 * bold throughout (or a heading element) and short, otherwise a numbered item; "a)" a heading when bold or
 * italic, otherwise text.
 *
 * `splitPastedHeadings` turns pasted blocks whose paragraphs start with heading markers into sub-sections of a
 * chapter, for the clerk to accept or decline (the editor asks; nothing is split silently).
 */
import { classify } from '../import/body-structure';
import type { DocParagraph } from '../import/docx-document';
import { leadingText, plainText } from '../import/inline-tools';
import { LIMITS, type Block, type HeadingLevel, type Inline, type Section } from './report-schema';

export type PastedKind =
  | { kind: 'heading'; level: HeadingLevel; marker: string; inlines: Inline[] }
  | { kind: 'dash'; level: 1 | 2; marker: string; inlines: Inline[] }
  | { kind: 'numbered'; marker: string; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'empty' };

export interface PastedHints {
  /** A list item whose marker is not in the text: its format ("bullet", "decimal", "upperRoman", …), marker and depth (0-based). */
  list?: { format: string; text: string; ilvl: number } | undefined;
  /** A heading element (<h1>…<h6>) or a Word heading style: counts as heading-like whatever its formatting. */
  outlineLevel?: number | undefined;
}

const spaced = (i: Inline) => i.type === 'text' && i.text.trim() !== '';

/** Every visible character of the text carries the mark (spaces do not count). */
function allMarked(inlines: readonly Inline[], mark: 'bold' | 'italic'): boolean {
  const texts = inlines.filter(spaced);
  return texts.length > 0 && texts.every((i) => i.type === 'text' && i[mark] === true);
}

/** The typed marker `classify` took off (the leading characters before the stripped text), trimmed. */
function markerOf(before: readonly Inline[], after: readonly Inline[]): string {
  const lead = leadingText(before).trimStart();
  const rest = leadingText(after).trimStart();
  return lead.slice(0, Math.max(0, lead.length - rest.length)).trim();
}

export function classifyPasted(inlines: readonly Inline[], hints: PastedHints = {}): PastedKind {
  const p: DocParagraph = {
    kind: 'p',
    inlines: [...inlines],
    align: undefined,
    outlineLevel: hints.outlineLevel,
    list: hints.list,
    pageBreakBefore: false,
    section: 0,
    allBold: allMarked(inlines, 'bold'),
    allItalic: allMarked(inlines, 'italic'),
  };
  const c = classify(p);
  if (c.kind === 'empty' || c.kind === 'paragraph') return c;
  // A list item's marker is its list format, not text; a typed one is what classify cut off.
  const marker = hints.list ? hints.list.text.trim() : markerOf(inlines, c.inlines);
  if (c.kind === 'heading') return { kind: 'heading', level: c.level, marker, inlines: c.inlines };
  if (c.kind === 'dash') return { kind: 'dash', level: c.level, marker, inlines: c.inlines };
  return { kind: 'numbered', marker, inlines: c.inlines };
}

export interface PastedSplit {
  /** Blocks before the first heading: they stay where they were pasted. */
  before: Block[];
  /** The new sub-sections, in order, nested by level below a chapter printed at `chapterLevel`. */
  sections: Section[];
  /** The headings' typed markers in order ("1.", "2.", "a)"), for the question put to the clerk. */
  markers: string[];
}

/**
 * Sub-sections from pasted blocks; null when no paragraph is a marked heading. A heading at or above the
 * chapter's level ("II." pasted into a chapter) becomes a level below it; "2.1." straight under a chapter
 * prints as "1." (its own number would read as a stray "1.1."), and nothing goes deeper than the model allows.
 */
export function splitPastedHeadings(
  blocks: readonly Block[],
  chapterLevel: number,
  newId: () => string,
): PastedSplit | null {
  const before: Block[] = [];
  const sections: Section[] = [];
  const markers: string[] = [];
  const stack: { section: Section; level: number }[] = [];
  for (const block of blocks) {
    const c = block.type === 'paragraph' ? classifyPasted(block.content) : null;
    if (c?.kind !== 'heading') {
      (stack[stack.length - 1]?.section.blocks ?? before).push(block);
      continue;
    }
    let level: number = Math.max(c.level, chapterLevel + 1);
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    const parentLevel = stack[stack.length - 1]?.level ?? chapterLevel;
    if (level === 3 && parentLevel !== 2) level = parentLevel + 1;
    if (stack.length + 2 > LIMITS.depth || parentLevel >= LIMITS.depth) {
      // No room for another level: the heading stays a bold paragraph of the section above it.
      stack[stack.length - 1]?.section.blocks.push(block);
      continue;
    }
    const heading = plainText(c.inlines).replace(/\s+/g, ' ').trim();
    const section: Section = { id: newId(), heading, blocks: [], children: [] };
    if (level !== parentLevel + 1) section.level = level as HeadingLevel;
    const footnotes = c.inlines.filter((i) => i.type === 'footnote');
    // A heading holds plain text: its footnote opens the section's body so the note is kept.
    if (footnotes.length) section.blocks.push({ type: 'paragraph', content: footnotes });
    const parent = stack[stack.length - 1]?.section;
    (parent ? parent.children : sections).push(section);
    stack.push({ section, level });
    markers.push(c.marker);
  }
  return sections.length ? { before, sections, markers } : null;
}
