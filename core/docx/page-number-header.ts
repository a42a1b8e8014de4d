/**
 * Page number centred in the header; with `hideOnFirstPage` page 1 gets an empty first-page header (Word's
 * "different first page"), so page 2 shows "2".
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import { ptToHalfPoints } from './units';

export function pageNumberHeaders(ruleSet: RuleSet): { default: Header; first?: Header } {
  const numbered = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(ruleSet.pageNumber.size) })],
      }),
    ],
  });
  if (!ruleSet.pageNumber.hideOnFirstPage) return { default: numbered };
  // One empty paragraph: a header part must hold at least one block.
  return { default: numbered, first: new Header({ children: [new Paragraph({})] }) };
}
