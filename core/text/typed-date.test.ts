import { describe, expect, it } from 'vitest';
import { farDateNote, formatTypedDate, parseTypedDate } from './typed-date';

const TODAY = '2026-12-06';
const read = (text: string) => parseTypedDate(text, TODAY);

describe('a date typed by a clerk', () => {
  it('reads day/month/year the way clerks type it, never month first', () => {
    expect(read('9/1/2026')).toEqual({ kind: 'date', iso: '2026-01-09' });
    expect(read('09.01.2026')).toEqual({ kind: 'date', iso: '2026-01-09' });
    expect(read(' 15 - 6 - 2023 ')).toEqual({ kind: 'date', iso: '2023-06-15' });
    expect(read('  ')).toEqual({ kind: 'empty' });
  });

  it('reads a two-digit year in this century unless that is far ahead, and day/month as this year', () => {
    expect(read('15/6/23')).toEqual({ kind: 'date', iso: '2023-06-15' });
    expect(read('1/1/46')).toEqual({ kind: 'date', iso: '2046-01-01' });
    expect(read('1/1/47')).toEqual({ kind: 'date', iso: '1947-01-01' });
    expect(read('15/6/99')).toEqual({ kind: 'date', iso: '1999-06-15' });
    expect(read('15/6')).toEqual({ kind: 'date', iso: '2026-06-15' });
    expect(read('29/2')).toEqual({ kind: 'invalid' });
    expect(parseTypedDate('29/2', '2028-01-10')).toEqual({ kind: 'date', iso: '2028-02-29' });
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    for (const text of ['31/02/2023', '13/13/2026', '0/1/2026', '1/1/1899', '1/1/123', 'ngày 9', '9', '1/2/3/4'])
      expect(read(text)).toEqual({ kind: 'invalid' });
  });

  it('shows an ISO date day first, zero-padded', () => {
    expect(formatTypedDate('2026-01-09')).toBe('09/01/2026');
    expect(formatTypedDate('')).toBe('');
    expect(formatTypedDate('2026-02-30')).toBe('');
  });
});

describe('a date far from today', () => {
  it('is questioned a year or more away, either way', () => {
    expect(farDateNote('2099-01-01', TODAY)).toBe(
      'Ngày 01/01/2099 cách hôm nay hơn một năm về sau. Hãy kiểm tra lại năm; nếu đúng thì cứ để nguyên.',
    );
    expect(farDateNote('2025-12-06', TODAY)).toContain('về trước');
    expect(farDateNote('2025-12-07', TODAY)).toBeNull();
    expect(farDateNote('2027-03-01', TODAY)).toBeNull();
    expect(farDateNote('', TODAY)).toBeNull();
  });
});
