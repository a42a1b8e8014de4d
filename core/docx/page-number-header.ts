/**
 * Page number centred in the header; with `hideOnFirstPage` page 1 gets an empty first-page header (Word's
 * "different first page"), so page 2 shows "2".
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import { ptToHalfPoints } from './units';

/** @param options.differentFirstPage the section's first page is its page 1 (default: the rule-set's setting). */
export function pageNumberHeaders(
  ruleSet: RuleSet,
  options: { differentFirstPage?: boolean } = {},
): { default: Header; first?: Header } {
  const numbered = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(ruleSet.pageNumber.size) })],
      }),
    ],
  });
  if (!ruleSet.pageNumber.hideOnFirstPage || options.differentFirstPage === false) return { default: numbered };
  return { default: numbered, first: emptyHeader() };
}

/** One empty paragraph: a header part must hold at least one block. */
function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({})] });
}

/** For a section printed without page numbers; without its own header it would inherit the numbered one. */
export function unnumberedHeaders(): { default: Header } {
  return { default: emptyHeader() };
}
