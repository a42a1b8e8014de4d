/**
 * Dates written the way Party documents write them (SPEC §11, §5.2), built by hand because
 * Intl long dates ("15 tháng 6, 2023") are wrong for this purpose.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into a calendar date, or null if it is not a real date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function toIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Day below 10 and months 1–2 take a leading zero: "ngày 09 tháng 01 năm 2026", "ngày 15 tháng 6 năm 2023". */
export function headerDateParts(d: CalendarDate): { day: string; month: string; year: string } {
  return {
    day: pad2(d.day),
    month: d.month <= 2 ? pad2(d.month) : String(d.month),
    year: String(d.year),
  };
}

/** "Tam Đường, ngày 15 tháng 6 năm 2023". Without a date the blanks are left for the clerk to fill by hand. */
export function headerDateLine(place: string, date: CalendarDate | null): string {
  const prefix = place.trim() ? `${place.trim()}, ` : '';
  if (!date) return `${prefix}ngày     tháng     năm     `;
  const p = headerDateParts(date);
  return `${prefix}ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** Short date in running text: "09/5/2023", "22/11/2017", January/February padded: "05/01/2024". */
export function shortDate(d: CalendarDate): string {
  const p = headerDateParts(d);
  return `${p.day}/${p.month}/${p.year}`;
}
