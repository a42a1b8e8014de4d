/**
 * The name proposed when a report is exported: "Số 123-BC-HU - Báo cáo sơ kết 5 năm …", i.e. the
 * document symbol (SPEC §10, with "/" written "-" because no file system accepts it) and the
 * document type + trích yếu, so a folder of exports sorts and reads like the office's register.
 * A long subject is cut on a word, with no "…" (a file name is no place for it). The result is a stem: callers
 * pass it through `safeFileName(stem, 'docx')`.
 */
import { cutOnWord } from '../text/truncate';
import type { Report } from './report-schema';

/** Room left for the symbol within safeFileName's 120-unit cap, so the cut is ours (on a word). */
export const MAX_EXPORT_STEM_UNITS = 110;

export function exportFileStem(report: Report): string {
  const symbol = documentSymbol(report);
  const subject = documentSubject(report);
  const prefix = symbol === '' ? '' : subject === '' ? symbol : `${symbol} - `;
  return prefix + cutOnWord(subject, MAX_EXPORT_STEM_UNITS - prefix.length);
}

/** "Số 123-BC-HU"; empty while the number is not yet assigned. */
function documentSymbol(report: Report): string {
  const { number, docTypeCode, issuerCode } = report.header;
  const parts = [number, docTypeCode, issuerCode].map((p) => p.trim().replace(/[/\\]/g, '-')).filter((p) => p !== '');
  return number.trim() === '' ? '' : `Số ${parts.join('-')}`;
}

/** "Báo cáo sơ kết …": the type in sentence case followed by the trích yếu. */
function documentSubject(report: Report): string {
  const type = sentenceCase(report.docType.trim());
  const title = report.title.trim().replace(/\s+/gu, ' ');
  return [type, title].filter((p) => p !== '').join(' ');
}

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  const first = lower.codePointAt(0);
  if (first === undefined) return '';
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('vi') + lower.slice(head.length);
}
