import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, MAX_TOKENS, sideText, wordTokens } from './word-diff';

const SYLLABLES = ['Đảng', 'bộ', 'huyện', 'đã', 'lãnh', 'đạo,', 'chỉ', 'đạo', '2023.', '(Kết', 'luận)', 'hoà', 'hòa'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(' ', '  ', '\n', ' \n')), { maxLength: 40 })
  .map((words) => words.map(([w, s]) => w + s).join(''));

describe('word-level difference', () => {
  it('keeps punctuation with its syllable', () => {
    expect(wordTokens(' Năm 2023,  (huyện) đạt.')).toEqual([' ', 'Năm', ' ', '2023,', '  ', '(huyện)', ' ', 'đạt.']);
  });

  it('marks the removed and the added syllables of a sentence, removed first', () => {
    const diff = diffWords('Kết nạp 45 đảng viên mới.', 'Kết nạp 52 đảng viên mới trong năm.');
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'Kết nạp ' },
      { kind: 'removed', text: '45' },
      { kind: 'added', text: '52' },
      { kind: 'same', text: ' đảng viên ' },
      { kind: 'removed', text: 'mới.' },
      { kind: 'added', text: 'mới trong năm.' },
    ]);
    expect(diff.changes).toBe(2);
  });

  it('sees a tone-mark style change as a changed word', () => {
    const diff = diffWords('hoà giải ở cơ sở', 'hòa giải ở cơ sở');
    expect(diff.parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['hoà', 'hòa']);
  });

  it('counts a run of replaced words as one change', () => {
    const diff = diffWords('a b c d', 'a x y d');
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'b c' },
      { kind: 'added', text: 'x y' },
      { kind: 'same', text: ' d' },
    ]);
    expect(diff.changes).toBe(1);
  });

  it('has no change for equal texts and one for a text written from nothing', () => {
    expect(diffWords('Giữ nguyên.', 'Giữ nguyên.')).toMatchObject({ changes: 0, parts: [{ kind: 'same' }] });
    expect(diffWords('', 'Mới viết.')).toMatchObject({ changes: 1, parts: [{ kind: 'added', text: 'Mới viết.' }] });
  });

  it('reports a pathological size as replaced whole instead of searching', () => {
    const big = 'từ '.repeat(MAX_TOKENS);
    const diff = diffWords(big, `${big}thêm`);
    expect(diff.replacedWhole).toBe(true);
    expect(sideText(diff, 'after')).toBe(`${big}thêm`);
  });

  it('property: kept + added words give the new text; kept + removed give the old one', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = diffWords(before, after);
        expect(sideText(diff, 'after')).toBe(after);
        expect(sideText(diff, 'before')).toBe(before);
        expect(diff.changes === 0).toBe(before === after);
      }),
      { numRuns: 300 },
    );
  });
});
