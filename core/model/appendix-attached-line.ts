/**
 * The italic "(Kèm theo Báo cáo số 123-BC/HU, ngày 15/6/2023 của Huyện ủy Tam Đường)" line of a Phụ lục (SPEC §7),
 * built from the report's own header by the rule-set's pattern. Pure and free of the docx library: the wizard
 * pre-fills the appendix editor with it, and the writer prints it when the office has not written its own.
 */
import type { Report } from './report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { documentSymbol } from '../docx/document-number';
import { parseIsoDate, shortDate } from '../text/date-line';
import { orgDisplayName, sentenceCase } from '../text/org-name';

/** Blank left in the "(Kèm theo …)" line for a date not yet decided. */
const BLANK_DATE = '…/…/…';

/** An issuer printed on two lines ("ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM") reads as one name here: "Ủy ban nhân dân xã Nậm Tăm". */
export function appendixAttachedLine(report: Pick<Report, 'header' | 'docType'>, ruleSet: RuleSet): string {
  const date = report.header.date ? parseIsoDate(report.header.date) : null;
  const values: Record<string, string> = {
    docType: sentenceCase(report.docType),
    symbol: documentSymbol(report.header, ruleSet).trim(),
    date: date ? shortDate(date) : BLANK_DATE,
    issuer: orgDisplayName(report.header.issuer),
  };
  return ruleSet.appendix.attachedPattern.replace(
    /\{(docType|symbol|date|issuer)\}/g,
    (_, key: string) => values[key] ?? '',
  );
}

/** "Phụ lục" alone, or "Phụ lục 1", "Phụ lục 2" … when there are two or more. */
export function appendixLabel(index: number, count: number): string {
  return count >= 2 ? `Phụ lục ${index + 1}` : 'Phụ lục';
}
