import { describe, expect, it } from 'vitest';
import {
  levelMarker,
  markerAtLevel,
  sectionMarker,
  sectionNumberingAt,
  siblingNumbering,
  toLetter,
  toRoman,
} from './markers';

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

describe('heading markers from printed levels', () => {
  interface Node {
    level?: 1 | 2 | 3 | 4;
    children: Node[];
  }
  const s = (level?: 1 | 2 | 3 | 4, children: Node[] = []): Node => ({ ...(level ? { level } : {}), children });

  it('prints a) b) for level-4 sections directly under "1.", not "2.1."', () => {
    const tree = [s(undefined, [s(undefined, [s(4), s(4)]), s()])];
    expect(sectionNumberingAt(tree, [1, 1, 1])?.marker).toBe('a)');
    expect(sectionNumberingAt(tree, [1, 1, 2])?.marker).toBe('b)');
    expect(sectionNumberingAt(tree, [1, 2])?.marker).toBe('2.');
  });

  it('gives the same markers as sectionMarker when no section names a level', () => {
    const tree = [s(undefined, [s(), s(undefined, [s(), s(undefined, [s(), s(), s()])])]), s()];
    for (const path of [[1], [2], [1, 1], [1, 2], [1, 2, 1], [1, 2, 2], [1, 2, 2, 3]]) {
      expect(sectionNumberingAt(tree, path)?.marker, path.join('.')).toBe(sectionMarker(path));
    }
  });

  it('starts a level-3 marker with the nearest level-2 number, and counts each level among its siblings', () => {
    const numbering = siblingNumbering([{ level: 3 }, { level: 4 }, { level: 3 }], { parentLevel: 2, level2Number: 5 });
    expect(numbering.map((n) => n.marker)).toEqual(['5.1.', 'a)', '5.2.']);
    expect(levelMarker(3, 2)).toBe('2.');
    expect(levelMarker(1, 4)).toBe('IV.');
    expect(sectionNumberingAt([s()], [2])).toBeNull();
  });

  it('tells the picker what a section would print at each level', () => {
    const siblings = [{}, { level: 4 as const }, {}];
    expect(markerAtLevel(siblings, 2, 4, { parentLevel: 2, level2Number: 1 })).toBe('b)');
    expect(markerAtLevel(siblings, 2, 3, { parentLevel: 2, level2Number: 1 })).toBe('1.2.');
    expect(markerAtLevel([{}, {}], 1, 2)).toBe('1.');
  });
});
