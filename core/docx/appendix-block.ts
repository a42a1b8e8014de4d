/**
 * Phụ lục (SPEC §7): each appendix starts a new page with "Phụ lục" (numbered when there are two or more),
 * its title in capitals and the italic "(Kèm theo Báo cáo số 123-BC/HU, ngày 15/6/2023 của Huyện ủy Tam Đường)"
 * line built from the report's own header, then its blocks laid out like the body.
 */
import { AlignmentType, Paragraph, type FileChild } from 'docx';
import type { Appendix, Report } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { appendixAttachedLine, appendixLabel } from '../model/appendix-attached-line';
import { bodyFlow, type FlowItem } from './body-flow';
import { styledRuns } from './run-style';
import { ptToTwips } from './units';

// Pure and shared with the wizard, which must not pull the docx library into its bundle.
export { appendixAttachedLine, appendixLabel };

/** @param renderFlow renders an appendix's blocks, laid out like the body (see BodyRenderer). */
export function appendixBlocks(report: Report, ruleSet: RuleSet, renderFlow: (items: readonly FlowItem[]) => FileChild[]): FileChild[] {
  const appendices: readonly Appendix[] = report.appendices ?? [];
  const a = ruleSet.appendix;
  const attached = appendixAttachedLine(report, ruleSet);
  const centred = (text: string, style: typeof a.labelStyle, extra: { pageBreakBefore?: boolean; after?: number } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      ...(extra.pageBreakBefore ? { pageBreakBefore: true } : {}),
      spacing: { before: 0, after: extra.after ?? 0 },
      children: styledRuns(text, style),
    });
  return appendices.flatMap((appendix, i) => [
    centred(appendixLabel(i, appendices.length), a.labelStyle, { pageBreakBefore: true }),
    ...(appendix.title.trim() ? [centred(appendix.title, a.titleStyle)] : []),
    centred(attached, a.attachedStyle, { after: ptToTwips(ruleSet.body.spaceBeforePt * 2) }),
    ...renderFlow(bodyFlow(appendix.blocks, [], [])),
  ]);
}
