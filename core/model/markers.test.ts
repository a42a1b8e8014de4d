import { describe, expect, it } from 'vitest';
import { sectionMarker, sectionMarkerWithLevels, toLetter, toRoman } from './markers';

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

describe('heading markers from printed levels (Section.level)', () => {
  it('agrees with the depth-based markers when every level is its depth', () => {
    const paths = [[3], [2, 1], [2, 4], [2, 2, 1], [2, 3, 7], [1, 1, 1, 5], [4, 2, 3, 6]];
    for (const path of paths) expect(sectionMarkerWithLevels(path.map((_, i) => i + 1), path)).toBe(sectionMarker(path));
  });
  it('letters a level-4 point placed directly under "1." (NĐ 30 style), not "1.1."', () => {
    expect(sectionMarkerWithLevels([1, 2, 4], [2, 1, 1])).toBe('a)');
    expect(sectionMarkerWithLevels([1, 2, 4], [2, 1, 5])).toBe('đ)');
    expect(sectionMarkerWithLevels([1, 4], [1, 2])).toBe('b)');
  });
  it('numbers a level-3 section with its parent\'s number, also when that parent is a chapter', () => {
    expect(sectionMarkerWithLevels([1, 2, 3], [1, 3, 2])).toBe('3.2.');
    expect(sectionMarkerWithLevels([1, 3], [2, 4])).toBe('2.4.');
  });
  it('numbers a top-level section printed at level 2 plainly', () => {
    expect(sectionMarkerWithLevels([2], [3])).toBe('3.');
  });
});
