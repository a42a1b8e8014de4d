/**
 * Who has reported for one outline and period, and who has not: the office's list of subordinate units held
 * against the reports received. The "not yet submitted" list is what the clerk phones round or sends as a
 * reminder, so it also comes out as CSV (UTF-8 with BOM, so Excel on Windows reads the Vietnamese letters).
 */
import type { BundleIdentity } from './bundle-identity';
import { unitKey } from './bundle-identity';

export interface RosterLine {
  /** The unit as the office's list names it. */
  unit: string;
  /** The latest report received from it for this outline and period, if any. */
  received?: Pick<BundleIdentity, 'symbol' | 'date' | 'savedAt'> | undefined;
}

export interface Roster {
  submitted: RosterLine[];
  missing: RosterLine[];
  /** Units that reported but are not on the office's list (a new commune, a misspelt name). */
  unlisted: string[];
}

export function submissionRoster(
  expectedUnits: readonly string[],
  received: readonly BundleIdentity[],
  templateId: string,
  periodKey: string,
): Roster {
  const forPeriod = received.filter((r) => r.templateId === templateId && r.period.key === periodKey);
  const latest = new Map<string, BundleIdentity>();
  for (const r of forPeriod) {
    const held = latest.get(r.unitKey);
    if (!held || r.date > held.date || (r.date === held.date && r.savedAt > held.savedAt)) latest.set(r.unitKey, r);
  }
  const listed = new Set<string>();
  const submitted: RosterLine[] = [];
  const missing: RosterLine[] = [];
  for (const unit of expectedUnits) {
    const key = unitKey(unit);
    if (key === '' || listed.has(key)) continue;
    listed.add(key);
    const r = latest.get(key);
    if (r) submitted.push({ unit, received: { symbol: r.symbol, date: r.date, savedAt: r.savedAt } });
    else missing.push({ unit });
  }
  const unlisted = [...latest.values()].filter((r) => !listed.has(r.unitKey)).map((r) => r.unit);
  return { submitted, missing, unlisted };
}

/** A CSV field: quoted when it holds a separator, quote or line break; a leading =,+,-,@ cannot start a formula. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",;\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** "STT,Đơn vị,Tình trạng" — one row per unit that has not reported; `periodLabel` goes in the heading row. */
export function missingUnitsCsv(roster: Roster, periodLabel: string): string {
  const rows = [
    [`Đơn vị chưa nộp báo cáo ${periodLabel}`],
    ['STT', 'Đơn vị', 'Tình trạng'],
    ...roster.missing.map((line, i) => [String(i + 1), line.unit, 'Chưa nộp']),
  ];
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
