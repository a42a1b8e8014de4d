/**
 * Phụ lục (SPEC §7): each appendix starts a new page with "Phụ lục" (numbered when there are two or more),
 * its title in capitals (on the lines the user broke it into) and the italic "(Kèm theo …)" line — the one the
 * office wrote, else "(Kèm theo Báo cáo số 123-BC/HU, ngày 15/6/2023 của Huyện ủy Tam Đường)" built from the
 * report's own header — then its blocks laid out like the body, on a page turned sideways when it asks for it.
 */
import { AlignmentType, Paragraph, type FileChild } from 'docx';
import type { Appendix, AppendixPageNumbers, Report } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { appendixAttachedLine, appendixLabel } from '../model/appendix-attached-line';
import { bodyFlow, type FlowItem } from './body-flow';
import { pageGeometry, type Orientation } from './page-setup';
import { styledRuns } from './run-style';
import { ptToTwips } from './units';

// Pure and shared with the wizard, which must not pull the docx library into its bundle.
export { appendixAttachedLine, appendixLabel };

export interface AppendixPart {
  orientation: Orientation;
  pageNumbers: AppendixPageNumbers;
  children: FileChild[];
}

/** An appendix needs a section of its own when its page is turned or numbered apart from the report. */
export function needsOwnSection(appendix: Pick<Appendix, 'orientation' | 'pageNumbers'>): boolean {
  return (appendix.orientation ?? 'portrait') === 'landscape' || (appendix.pageNumbers ?? 'continue') !== 'continue';
}

/**
 * @param renderFlow renders an appendix's blocks, laid out like the body (see BodyRenderer), for the text width
 *   of its page.
 * @param startsSection whether appendix i opens a section of its own (the section break then starts its page).
 */
export function appendixParts(
  report: Report,
  ruleSet: RuleSet,
  renderFlow: (items: readonly FlowItem[], textWidthTwips: number) => FileChild[],
  startsSection: (index: number) => boolean,
): AppendixPart[] {
  const appendices: readonly Appendix[] = report.appendices ?? [];
  const a = ruleSet.appendix;
  const generated = appendixAttachedLine(report, ruleSet);
  const centred = (
    text: string,
    style: typeof a.labelStyle,
    extra: { pageBreakBefore?: boolean; after?: number } = {},
  ) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      ...(extra.pageBreakBefore ? { pageBreakBefore: true } : {}),
      spacing: { before: 0, after: extra.after ?? 0 },
      children: styledRuns(text, style),
    });
  return appendices.map((appendix, i) => {
    const orientation = appendix.orientation ?? 'portrait';
    const attached = appendix.attachedLine?.trim() ? appendix.attachedLine.trim() : generated;
    return {
      orientation,
      pageNumbers: appendix.pageNumbers ?? 'continue',
      children: [
        centred(appendixLabel(i, appendices.length), a.labelStyle, { pageBreakBefore: !startsSection(i) }),
        ...(appendix.title.trim() ? [centred(appendix.title, a.titleStyle)] : []),
        centred(attached, a.attachedStyle, { after: ptToTwips(ruleSet.body.spaceBeforePt * 2) }),
        ...renderFlow(bodyFlow(appendix.blocks, [], []), pageGeometry(ruleSet, orientation).textWidthTwips),
      ],
    };
  });
}
