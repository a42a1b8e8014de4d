/**
 * Footnotes are inline nodes of the model; they get their numbers in reading order (the order the writer meets
 * them). This is how a footnote's paragraphs look: the footnote text style, justified, no spacing, runs at the
 * rule-set's footnote size.
 */
import type { RuleSet } from '../rules/rule-set-schema';
import type { ParagraphFormat } from './paragraph-xml';
import { ptToHalfPoints } from './units';

/** Id of the footnote paragraph style docx defines (sized in document-styles.ts). */
export const FOOTNOTE_TEXT_STYLE = 'FootnoteText';

/** The style also sizes the paragraph mark and the number Word puts before the note's text. */
export const FOOTNOTE_PARAGRAPH: ParagraphFormat = {
  style: FOOTNOTE_TEXT_STYLE,
  alignment: 'both',
  spacing: { before: 0, after: 0 },
};

/** Footnote run size in half-points. */
export function footnoteSize(ruleSet: RuleSet): number {
  return ptToHalfPoints(ruleSet.footnote.size);
}

/** The note's number comes before its first paragraph; a space keeps it off the first word ("¹ Ban hành"). */
export const FOOTNOTE_LEAD = ' ';
