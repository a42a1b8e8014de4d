import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatViNumber, groupThousandsInText, isViNumber, lastPlaceUnit, parseViNumber } from './vi-number';

describe('parseViNumber', () => {
  it('reads "." as thousands only in groups of three, "," as the decimal mark', () => {
    expect(parseViNumber('1.284')).toEqual({ value: 1284, decimals: 0, grouped: true, plus: false, percent: false });
    expect(parseViNumber('2.731.000')?.value).toBe(2_731_000);
    expect(parseViNumber('1.234,5')).toMatchObject({ value: 1234.5, decimals: 1, grouped: true });
    expect(parseViNumber('87,8')).toMatchObject({ value: 87.8, decimals: 1, grouped: false });
    expect(parseViNumber('0,50')).toMatchObject({ value: 0.5, decimals: 2 });
    expect(parseViNumber('2023')).toMatchObject({ value: 2023, grouped: false });
  });

  it('refuses an English decimal point and badly grouped thousands', () => {
    for (const text of ['1.5', '1.28', '12.3456', '1,234.5', '.5', '5.', '1..284', '1.284.5'])
      expect(parseViNumber(text), text).toBeNull();
  });

  it('reads signs: "+3,4", "-4", the typographic minus U+2212 and the en dash', () => {
    expect(parseViNumber('+3,4')).toMatchObject({ value: 3.4, plus: true });
    expect(parseViNumber('-4')).toMatchObject({ value: -4, plus: false });
    expect(parseViNumber('\u22127')?.value).toBe(-7);
    expect(parseViNumber('\u2013 12')?.value).toBe(-12);
  });

  it('reads percentages with or without a (no-break) space before "%"', () => {
    expect(parseViNumber('12,5%')).toMatchObject({ value: 12.5, percent: true, decimals: 1 });
    expect(parseViNumber('12,5 %')).toMatchObject({ value: 12.5, percent: true });
    expect(parseViNumber('12,5\u00a0%')).toMatchObject({ value: 12.5, percent: true });
    expect(parseViNumber('12,5\u202f%')).toMatchObject({ value: 12.5, percent: true });
    expect(parseViNumber('\u00a01.284\u00a0')?.value).toBe(1284);
  });

  it('says "not a number" (null, not zero) for empty cells, ratios, dashes and text', () => {
    for (const text of ['', '   ', '4/4', '18/29', '-', '—', 'x', 'Cộng', '12 người', '3,4,5', '1 284', '%', '+']) {
      expect(parseViNumber(text), JSON.stringify(text)).toBeNull();
      expect(isViNumber(text)).toBe(false);
    }
  });

  it('reads decomposed (NFD) input the same as composed', () => {
    // Digits are unaffected by normalisation, but a cell pasted from NFD text must not trip on it.
    expect(parseViNumber('12,5 %'.normalize('NFD'))?.value).toBe(12.5);
    expect(parseViNumber('Tổng'.normalize('NFD'))).toBeNull();
  });

  it('is linear on hostile input and ignores over-long cells', () => {
    expect(parseViNumber('1'.repeat(100))).toBeNull();
    expect(parseViNumber(`${'1.000'.repeat(10_000)}x`)).toBeNull();
  });
});

describe('formatViNumber', () => {
  it('writes like the cell it imitates: decimals, "+", "%", grouping', () => {
    const like = (text: string) => parseViNumber(text)!;
    expect(formatViNumber(1283, like('1.284'))).toBe('1.283');
    expect(formatViNumber(87.846, like('87,80'))).toBe('87,85');
    expect(formatViNumber(3.44, like('+3,4'))).toBe('+3,4');
    expect(formatViNumber(-4, like('+3'))).toBe('-4');
    expect(formatViNumber(12.5, like('10,0%'))).toBe('12,5%');
    expect(formatViNumber(12345, like('12'))).toBe('12.345');
  });

  it('without a model: grouped, at most two decimals, no trailing zeros, no "-0"', () => {
    expect(formatViNumber(2731000)).toBe('2.731.000');
    expect(formatViNumber(1234.5)).toBe('1.234,5');
    expect(formatViNumber(0.5)).toBe('0,5');
    expect(formatViNumber(-0.001)).toBe('0');
  });

  it('parse(format(x)) gives x back to within the rounding of the decimals written', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (x, decimals, grouped, percent) => {
          const like = { decimals, grouped, plus: x > 0, percent };
          const parsed = parseViNumber(formatViNumber(x, like));
          expect(parsed).not.toBeNull();
          expect(Math.abs(parsed!.value - x)).toBeLessThanOrEqual(lastPlaceUnit(like) / 2 + Math.abs(x) * 1e-12);
          expect(parsed!.percent).toBe(percent);
        },
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const parsed = parseViNumber(formatViNumber(x));
        expect(Math.abs(parsed!.value - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-12);
      }),
    );
  });
});

describe('groupThousandsInText', () => {
  it('groups five digits or more, leaves years, ratios and grouped numbers', () => {
    expect(groupThousandsInText('6000000 đồng năm 2023, 4/4, 2.731')).toBe('6.000.000 đồng năm 2023, 4/4, 2.731');
  });
});
