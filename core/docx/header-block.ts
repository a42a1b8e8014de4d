/**
 * The header block of page 1 (SPEC §3, §12): a borderless 2×2 table. Left: parent body, issuer (bold), the
 * rule-set's mark under it ("*" or a short line), then "Số …"; right: the national heading lines (ĐẢNG CỘNG SẢN
 * VIỆT NAM, or the state's two lines), each with the line under it the rule-set asks for, then the italic date
 * line. "Số …" and the date sit in the same row so they share a baseline.
 */
import { AlignmentType, BorderStyle, Paragraph, type Table } from 'docx';
import type { ReportHeader } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { headerDateLine, parseIsoDate } from '../text/date-line';
import { documentNumberLine } from './document-number';
import { layoutTable } from './layout-table';
import { markParagraphs } from './mark-paragraph';
import { twoColumns } from './page-setup';
import { compactFormat } from './paragraph-formats';
import { styledRuns } from './run-style';
import { ptToEighths } from './units';

export function headerBlock(header: ReportHeader, ruleSet: RuleSet): Table {
  const h = ruleSet.header;
  const [leftWidth, rightWidth] = twoColumns(ruleSet, h.leftColumnMm);
  const centred = (text: string, style: Parameters<typeof styledRuns>[1], spaceBeforePt = 0) =>
    new Paragraph({ ...compactFormat(AlignmentType.CENTER, spaceBeforePt), children: styledRuns(text, style) });

  const issuerLines = [
    ...(header.parentOrg.trim() ? [centred(header.parentOrg, h.parentOrgStyle)] : []),
    centred(header.issuer, h.issuerStyle),
    ...markParagraphs(h.issuerMark, leftWidth),
  ];

  const nationalHeading = h.nationalHeading.map((line) => {
    if (!line.rule) return centred(line.text, line.style);
    // Symmetric indents shorten the paragraph's bottom border to the text's own width.
    const ruleIndent = Math.max(0, Math.floor((rightWidth - line.rule.widthTwips) / 2));
    return new Paragraph({
      ...compactFormat(AlignmentType.CENTER),
      indent: { left: ruleIndent, right: ruleIndent },
      border: { bottom: { style: BorderStyle.SINGLE, size: ptToEighths(line.rule.pt), color: 'auto', space: 1 } },
      children: styledRuns(line.text, line.style),
    });
  });

  const dateLine = headerDateLine(header.place, header.date ? parseIsoDate(header.date) : null);
  return layoutTable(
    [leftWidth, rightWidth],
    [
      [issuerLines, nationalHeading],
      [
        [centred(documentNumberLine(header, ruleSet), h.numberStyle, h.dateSpaceBeforePt)],
        [centred(dateLine, h.dateStyle, h.dateSpaceBeforePt)],
      ],
    ],
  );
}
