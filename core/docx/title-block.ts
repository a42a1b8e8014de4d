/** Tên loại ("BÁO CÁO"), trích yếu and the mark under it ("-----" or a short line), centred (SPEC §4, §12). */
import { AlignmentType, Paragraph } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import { markParagraphs } from './mark-paragraph';
import { pageGeometry } from './page-setup';
import { styledRuns } from './run-style';
import { ptToTwips } from './units';

export function titleBlock(docType: string, title: string, ruleSet: RuleSet): Paragraph[] {
  const t = ruleSet.title;
  const after = ptToTwips(t.spaceAfterPt);
  const mark = markParagraphs(t.separator, pageGeometry(ruleSet).textWidthTwips, {
    keepNext: true,
    spaceAfterTwips: after,
  });
  const lines = [
    { text: docType, style: t.docTypeStyle },
    ...(title.trim() ? [{ text: title, style: t.subjectStyle }] : []),
  ];
  const text = lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: {
          before: i === 0 ? ptToTwips(t.docTypeSpaceBeforePt) : 0,
          // The space after the block goes on its last line, whichever that is.
          after: i === lines.length - 1 && mark.length === 0 ? after : 0,
        },
        children: styledRuns(line.text, line.style),
      }),
  );
  return [...text, ...mark];
}
