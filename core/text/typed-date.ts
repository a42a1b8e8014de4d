/**
 * A date as a clerk types it in a date field, read day first (never month first, whatever the locale):
 * "15/6/2023", "15.06.2023", "15-6-23" (a two-digit year is this century unless that puts it more than twenty
 * years ahead), "15/6" (this year). Pure: "today" is passed in.
 */
import { parseIsoDate, toIsoDate, type CalendarDate } from './date-line';

export type TypedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

const TYPED = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?$/u;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** A two-digit year further ahead than this is read as last century ("15/6/99" is 1999). */
const TWO_DIGIT_AHEAD = 20;

export function parseTypedDate(text: string, todayIso: string): TypedDate {
  const t = text.normalize('NFC').trim();
  if (t === '') return { kind: 'empty' };
  const m = TYPED.exec(t);
  const today = parseIsoDate(todayIso);
  if (!m || !today) return { kind: 'invalid' };
  const yearText = m[3];
  let year = yearText === undefined ? today.year : Number(yearText);
  if (yearText?.length === 2) {
    year += 2000;
    if (year > today.year + TWO_DIGIT_AHEAD) year -= 100;
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: 'invalid' };
  const date: CalendarDate = { year, month: Number(m[2]), day: Number(m[1]) };
  const iso = toIsoDate(date);
  return parseIsoDate(iso) ? { kind: 'date', iso } : { kind: 'invalid' };
}

/** "09/01/2026" for "2026-01-09"; '' for an empty or invalid ISO date. */
export function formatTypedDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return '';
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${String(d.year).padStart(4, '0')}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reports are dated around the day they are written; a year or more away is most likely a wrong year. */
const FAR_DAYS = 365;

/** A question for a date a year or more from today (a mistyped year), or null. */
export function farDateNote(iso: string, todayIso: string): string | null {
  const d = parseIsoDate(iso);
  const today = parseIsoDate(todayIso);
  if (!d || !today) return null;
  const days = (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(today.year, today.month - 1, today.day)) / DAY_MS;
  if (Math.abs(days) < FAR_DAYS) return null;
  const direction = days > 0 ? 'sau' : 'trước';
  return `Ngày ${formatTypedDate(iso)} cách hôm nay hơn một năm về ${direction}. Hãy kiểm tra lại năm; nếu đúng thì cứ để nguyên.`;
}
