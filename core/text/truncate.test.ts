import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutOnWord, sliceCodePoints, truncateOnWord } from './truncate';

/** Whole code points, as many as fit: the plain definition the constant-time cut must agree with. */
function byCodePoints(text: string, maxUnits: number): string {
  let end = 0;
  for (const ch of text) {
    if (end + ch.length > maxUnits) break;
    end += ch.length;
  }
  return text.slice(0, end);
}

describe('cutting text to a length', () => {
  it('never splits an emoji, keeps everything that fits, and matches a code-point walk', () => {
    expect(sliceCodePoints('ab😀c', 3)).toBe('ab');
    expect(sliceCodePoints('ab😀c', 4)).toBe('ab😀');
    expect(sliceCodePoints('abc', 0)).toBe('');
    const unit = fc.constantFrom('a', 'ế', ' ', '😀', '\uD83D', '\uDE00');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((a) => a.join('')),
        fc.integer({ min: -2, max: 40 }),
        (text, max) => {
          expect(sliceCodePoints(text, max)).toBe(byCodePoints(text, max));
        },
      ),
    );
  });

  it('cuts on a word without adding anything, for file names', () => {
    expect(cutOnWord('Báo cáo sơ kết 5 năm', 30)).toBe('Báo cáo sơ kết 5 năm');
    expect(cutOnWord('Báo cáo sơ kết, 5 năm', 15)).toBe('Báo cáo sơ kết');
    expect(cutOnWord('Báo cáo sơ kết 5 năm', 14)).toBe('Báo cáo sơ kết');
    expect(cutOnWord('Báo cáo sơ kết 5 năm', 13)).toBe('Báo cáo sơ');
    expect(cutOnWord('https://example.vn/rat-dai', 10)).toBe('https://ex');
  });

  it('cuts on a word and marks the cut with "…"', () => {
    expect(truncateOnWord('Báo cáo sơ kết 5 năm', 30)).toBe('Báo cáo sơ kết 5 năm');
    expect(truncateOnWord('Báo cáo sơ kết, 5 năm', 16)).toBe('Báo cáo sơ kết…');
    expect(truncateOnWord('https://example.vn/rat-dai', 10)).toBe('https://e…');
  });
});
