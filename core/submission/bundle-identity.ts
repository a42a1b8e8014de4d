/**
 * Who sent a received report, for which outline and period, and whether the office already has it. Decided
 * from the draft alone (never from the folder name, which anyone can rename): the issuing unit, the outline
 * (template id), the period named in the trích yếu (or the year of the report's date), the số/ký hiệu, the
 * date, and when the bundle was written (`savedAt`), which orders two submissions of the same report.
 */
import type { DraftFile } from '../draft-file/draft-file-format';
import type { Report } from '../model/report-schema';
import { foldText } from '../text/fold-text';

export interface ReportPeriod {
  /** Folded and comparable: "6 thang dau nam 2025", "nam 2025". */
  key: string;
  /** As the title writes it: "6 tháng đầu năm 2025". */
  label: string;
}

export interface BundleIdentity {
  /** The issuer as printed on one line: "ĐẢNG ỦY XÃ NẬM TĂM". */
  unit: string;
  /** Folded (no diacritics, case or spacing differences, "uỷ"/"ủy" alike). */
  unitKey: string;
  templateId: string;
  period: ReportPeriod;
  /** "12-BC/ĐU", or "" while the unit has not numbered it. */
  symbol: string;
  /** ISO date of the report, or "". */
  date: string;
  /** ISO instant the bundle was written ("" when the file does not say). */
  savedAt: string;
  /** SHA-256 of the report's canonical JSON: equal checksums are the same report. */
  checksum: string;
  /** "Báo cáo sơ kết …" on one line. */
  title: string;
}

// Longest first: "6 tháng đầu năm 2025" must win over "năm 2025".
const PERIOD_PATTERNS: readonly RegExp[] = [
  /(?:\d{1,2}|sáu|chín) tháng (?:đầu |cuối )?năm \d{4}/u,
  /quý (?:I{1,3}|IV|[1-4]) (?:năm )?\d{4}/iu,
  /tháng \d{1,2}(?: năm|\/)\s?\d{4}/u,
  /nhiệm kỳ \d{4}\s?[-–]\s?\d{4}/u,
  /giai đoạn \d{4}\s?[-–]\s?\d{4}/u,
  /năm \d{4}/u,
];

const oneLine = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The period a report covers, as its trích yếu names it; else the year of its date; else "không rõ kỳ". */
export function reportPeriod(report: Pick<Report, 'title' | 'header'>): ReportPeriod {
  const title = oneLine(report.title);
  for (const pattern of PERIOD_PATTERNS) {
    const m = pattern.exec(title.toLowerCase());
    if (m && /\d{4}/u.test(m[0])) {
      const label = title.slice(m.index, m.index + m[0].length);
      return { key: foldText(label), label };
    }
  }
  const year = report.header.date.slice(0, 4);
  if (year !== '') return { key: `nam ${year}`, label: `năm ${year}` };
  return { key: '', label: 'không rõ kỳ' };
}

export function unitKey(issuer: string): string {
  return foldText(issuer.replace(/uỷ/giu, 'ủy'));
}

export function documentSymbol(header: Report['header']): string {
  if (header.number.trim() === '') return '';
  const code = [header.docTypeCode, header.issuerCode]
    .map((p) => p.trim())
    .filter(Boolean)
    .join('/');
  return code === '' ? header.number.trim() : `${header.number.trim()}-${code}`;
}

export function bundleIdentity(
  draft: Pick<DraftFile, 'report' | 'templateId' | 'savedAt' | 'checksum'>,
): BundleIdentity {
  const { report } = draft;
  return {
    unit: oneLine(report.header.issuer),
    unitKey: unitKey(report.header.issuer),
    templateId: draft.templateId,
    period: reportPeriod(report),
    symbol: documentSymbol(report.header),
    date: report.header.date,
    savedAt: draft.savedAt ?? '',
    checksum: draft.checksum,
    title: oneLine(`${report.docType} ${report.title}`),
  };
}

/** Reports of one unit for one outline and period are versions of the same report. */
export function sameReport(a: BundleIdentity, b: BundleIdentity): boolean {
  return a.unitKey === b.unitKey && a.templateId === b.templateId && a.period.key === b.period.key;
}

export type ReceiveStatus =
  /** No report of this unit, outline and period has been received. */
  | 'new'
  /** Exactly this report (same checksum) is already stored. */
  | 'already-received'
  /** A later version of a report already received: stored, the earlier one kept in its history. */
  | 'newer-version'
  /** An earlier version than the one stored: listed, not taken over the newer one. */
  | 'older-version';

/** Later date, then later bundle: the order in which two versions of one report were made. */
export function isLaterVersion(a: BundleIdentity, b: BundleIdentity): boolean {
  if (a.date !== b.date) return a.date > b.date;
  if (a.savedAt !== b.savedAt) return a.savedAt > b.savedAt;
  return false;
}

/** Status of `incoming` against what the office holds (every version received so far, any order). */
export function receiveStatus(incoming: BundleIdentity, held: readonly BundleIdentity[]): ReceiveStatus {
  const versions = held.filter((h) => sameReport(h, incoming));
  if (versions.length === 0) return 'new';
  if (versions.some((h) => h.checksum === incoming.checksum)) return 'already-received';
  return versions.every((h) => isLaterVersion(incoming, h)) ? 'newer-version' : 'older-version';
}

export const RECEIVE_STATUS_LABELS: Readonly<Record<ReceiveStatus | 'damaged', string>> = {
  new: 'Mới',
  'already-received': 'Đã nhận',
  'newer-version': 'Bản mới hơn bản đã nhận',
  'older-version': 'Bản cũ hơn bản đã nhận',
  damaged: 'Hỏng — không nhận',
};

/**
 * Statuses of the reports found on one stick, in the order given: each is judged against what the office holds
 * and the earlier-made reports on the same stick, so a unit's first report and its re-submission found together
 * read "Mới" and "Bản mới hơn bản đã nhận".
 */
export function classifyIncoming(
  incoming: readonly BundleIdentity[],
  held: readonly BundleIdentity[],
): ReceiveStatus[] {
  const order = incoming
    .map((_, i) => i)
    .sort((a, b) => {
      const x = incoming[a]!;
      const y = incoming[b]!;
      return isLaterVersion(x, y) ? 1 : isLaterVersion(y, x) ? -1 : a - b;
    });
  const seen = [...held];
  const out: ReceiveStatus[] = new Array<ReceiveStatus>(incoming.length);
  for (const i of order) {
    const identity = incoming[i]!;
    out[i] = receiveStatus(identity, seen);
    seen.push(identity);
  }
  return out;
}
