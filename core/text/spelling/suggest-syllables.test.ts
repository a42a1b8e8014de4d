import { describe, expect, it } from 'vitest';
import { suggestSyllables, syllableIndex } from './suggest-syllables';

const index = syllableIndex([
  'tổng',
  'tòng',
  'tông',
  'tong',
  'toang',
  'thời',
  'thường',
  'chuyên',
  'chuyện',
  'nghiêm',
  'niêm',
  'Hà',
]);

describe('suggestSyllables', () => {
  it('puts a missing vowel mark with the typed tone first', () => {
    expect(suggestSyllables(index, 'tỏng')[0]).toBe('tổng');
  });

  it('finds missing letters and marks within two edits, nearest first', () => {
    expect(suggestSyllables(index, 'ngiêm')[0]).toBe('nghiêm');
    expect(suggestSyllables(index, 'thười')).toContain('thời');
    expect(suggestSyllables(index, 'chuyen').slice(0, 2)).toEqual(['chuyên', 'chuyện']);
  });

  it('keeps the capital of the word and leaves out the word itself and far ones', () => {
    expect(suggestSyllables(index, 'Tỏng')[0]).toBe('Tổng');
    expect(suggestSyllables(index, 'tổng')).not.toContain('tổng');
    expect(suggestSyllables(index, 'xyzxyz')).toEqual([]);
  });

  it('indexes lower-case entries only (names in the dictionary are no suggestion for a word)', () => {
    expect(index.words.map((w) => w.nfc)).not.toContain('Hà');
  });
});
