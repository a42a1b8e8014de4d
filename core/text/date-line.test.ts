import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headerDateLine, parseIsoDate, shortDate, toIsoDate } from './date-line';

describe('Vietnamese header date line (SPEC §11)', () => {
  it('pads days below 10 and months 1–2 only', () => {
    expect(headerDateLine('Tam Đường', parseIsoDate('2023-06-15'))).toBe('Tam Đường, ngày 15 tháng 6 năm 2023');
    expect(headerDateLine('Hà Nội', parseIsoDate('2018-04-03'))).toBe('Hà Nội, ngày 03 tháng 4 năm 2018');
    expect(headerDateLine('Hà Nội', parseIsoDate('2026-01-09'))).toBe('Hà Nội, ngày 09 tháng 01 năm 2026');
    expect(headerDateLine('Hà Nội', parseIsoDate('2018-02-20'))).toBe('Hà Nội, ngày 20 tháng 02 năm 2018');
    expect(headerDateLine('Lai Châu', parseIsoDate('2023-12-01'))).toBe('Lai Châu, ngày 01 tháng 12 năm 2023');
  });
  it('leaves blanks for the clerk when there is no date yet', () => {
    expect(headerDateLine('Tam Đường', null)).toMatch(/^Tam Đường, ngày\s+tháng\s+năm\s*$/);
  });
  it('writes short dates as in running text: 09/5/2023, 22/11/2017', () => {
    expect(shortDate(parseIsoDate('2023-05-09')!)).toBe('09/5/2023');
    expect(shortDate(parseIsoDate('2017-11-22')!)).toBe('22/11/2017');
  });
  it('rejects impossible dates and round-trips real ones', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2023-13-01')).toBeNull();
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const parsed = parseIsoDate(iso);
        return parsed !== null && toIsoDate(parsed) === iso;
      }),
    );
  });
});
