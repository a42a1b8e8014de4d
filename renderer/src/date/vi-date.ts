/**
 * The month grid and day names of the Vietnamese date picker (typing is read by core/text/typed-date.ts). Built
 * by hand (no Intl, no native date input): Chromium shows a native date field as mm/dd/yyyy, and the header date
 * must never depend on the locale.
 */
import { daysInMonth, toIsoDate } from '../../../core/text/date-line';
import { formatTypedDate } from '../../../core/text/typed-date';

export const VI_MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
/** Monday first, as Vietnamese calendars print them. */
export const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
export const VI_WEEKDAYS_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

/** Weeks of the month, Monday first; null pads the days before the 1st and after the last day. */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // 0 = Monday
  const cells: (number | null)[] = [
    ...Array<null>(firstWeekday).fill(null),
    ...Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** "Thứ Sáu, 09/01/2026": the accessible name of a day button. */
export function dayLabel(year: number, month: number, day: number): string {
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return `${VI_WEEKDAYS[weekday]}, ${formatTypedDate(toIsoDate({ year, month, day }))}`;
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
