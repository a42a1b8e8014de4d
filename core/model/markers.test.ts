import { describe, expect, it } from 'vitest';
import { sectionMarker, toLetter, toRoman } from './markers';

describe('heading markers (SPEC §5.1, sample report style)', () => {
  it('numbers chapters in Roman numerals with a period', () => {
    expect([1, 2, 3, 4, 9, 14].map((n) => sectionMarker([n]))).toEqual(['I.', 'II.', 'III.', 'IV.', 'IX.', 'XIV.']);
  });
  it('numbers depth 2 plainly and depth 3 with the parent number, as in "2.1."', () => {
    expect(sectionMarker([2, 1])).toBe('1.');
    expect(sectionMarker([2, 2, 1])).toBe('2.1.');
    expect(sectionMarker([2, 2, 2])).toBe('2.2.');
  });
  it('letters depth 4 in Vietnamese order, đ after d', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => sectionMarker([1, 1, 1, n]))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
    expect(toLetter(24)).toBe('aa');
  });
  it('converts Roman numerals correctly', () => {
    expect(toRoman(40)).toBe('XL');
    expect(toRoman(1994)).toBe('MCMXCIV');
  });
});
