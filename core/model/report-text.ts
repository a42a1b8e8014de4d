/** Plain-text views of the model: search, progress, and "is anything written here yet". */
import type { Block, CellParagraph, Inline, PlainInline, PlainParagraph, Section } from './report-schema';

/** The text of a paragraph's runs; a hard line break reads as "\n", a footnote reference as nothing. */
export function inlineText(content: readonly (Inline | PlainInline)[]): string {
  return content.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? '\n' : '')).join('');
}

export function plainParagraphText(p: PlainParagraph | CellParagraph): string {
  return inlineText(p.content);
}

export function blockText(block: Block): string {
  if (block.type === 'table') {
    return block.rows
      .map((r) => r.cells.map((c) => c.paragraphs.map(plainParagraphText).join(' ')).join(' '))
      .join('\n');
  }
  return inlineText(block.content);
}

/**
 * Templates mark what the clerk must fill in with the ellipsis character "…" (U+2026). Three typed periods
 * ("facebook...") are ordinary text and never count as a placeholder.
 */
export function hasPlaceholder(text: string): boolean {
  return text.includes('…');
}

/** True when the clerk has typed something and no "…" placeholder of the outline is left. */
export function hasWrittenText(text: string): boolean {
  return text.trim().length > 0 && !hasPlaceholder(text);
}

export function blocksHaveText(blocks: readonly Block[]): boolean {
  return blocks.some((b) => hasWrittenText(blockText(b)));
}

export function sectionHasText(section: Section): boolean {
  return blocksHaveText(section.blocks) || section.children.some(sectionHasText);
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}
