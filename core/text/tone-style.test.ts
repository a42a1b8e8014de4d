import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectToneStyle, toToneStyle } from './tone-style';

describe('tone-mark styles (SPEC §13.2)', () => {
  it('moves the mark only in oa/oe/uy open syllables, keeping case, "qu" and closed syllables', () => {
    expect(toToneStyle('HUYỆN UỶ ĐỊNH HOÁ, Uỷ ban, xoè, khoẻ, tuý', 'first-vowel')).toBe(
      'HUYỆN ỦY ĐỊNH HÓA, Ủy ban, xòe, khỏe, túy',
    );
    expect(toToneStyle('Huyện ủy, văn hóa, Hòa, hoàn thành, quý, thuyền', 'second-vowel')).toBe(
      'Huyện uỷ, văn hoá, Hoà, hoàn thành, quý, thuyền',
    );
  });

  it('counts each style and folds both (and NFD) to one form for search', () => {
    expect(detectToneStyle('văn hóa và văn hoá, ủy ban, hoàn')).toEqual({ 'second-vowel': 1, 'first-vowel': 2 });
    expect(toToneStyle('uỷ ban'.normalize('NFD'), 'first-vowel')).toBe(toToneStyle('ủy ban', 'first-vowel'));
  });

  const syllables = ['hoá', 'hóa', 'uỷ', 'ủy', 'xoè', 'xòe', 'hoàn', 'quý', 'Đường', 'thuỷ', 'ngoài', 'a', 'x'];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...syllables), fc.constantFrom(' ', ', ', '\n')), { maxLength: 30 })
    .map((p) => p.join(''));

  it('is stable: second → first → second vowel gives the same form back; output is NFC', () => {
    fc.assert(
      fc.property(text, (t) => {
        const old = toToneStyle(t, 'second-vowel');
        expect(toToneStyle(toToneStyle(old, 'first-vowel'), 'second-vowel')).toBe(old);
        expect(old).toBe(old.normalize('NFC'));
      }),
    );
  });

  it('leaves text without oa/oe/uy syllables unchanged', () => {
    fc.assert(
      // Without an o or u (in any accented form) there is no oa/oe/uy syllable.
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdeghiklmnpqrstvxyđăâêôơưàáảãạèéẻẽẹ ,.ĐÀÁ') }), (t) => {
        expect(toToneStyle(t, 'second-vowel')).toBe(t.normalize('NFC'));
        expect(toToneStyle(t, 'first-vowel')).toBe(t.normalize('NFC'));
      }),
    );
  });
});
