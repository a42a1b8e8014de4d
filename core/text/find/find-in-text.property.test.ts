import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInText, type FindQuery } from './find-in-text';
import { foldFast, foldWithMap } from './fold-with-map';

const LETTERS = [
  ...'aăâbdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵỦỶỲÝỴỜỚỠ1 ,.-',
];
const viText = fc.array(fc.constantFrom(...LETTERS), { maxLength: 40 }).map((cs) => cs.join('').normalize('NFC'));
const options = fc.record({ matchCase: fc.boolean(), matchDiacritics: fc.boolean() });

const query = (needle: string, o: Partial<FindQuery> = {}): FindQuery => ({
  needle,
  matchCase: false,
  matchDiacritics: false,
  wholeWord: false,
  ...o,
});

describe('folding keeps a map back to the original text', () => {
  it('every folded character comes from a character that folds to it', () => {
    fc.assert(
      fc.property(viText, options, (text, o) => {
        const { folded, starts, ends } = foldWithMap(text, o);
        expect(starts).toHaveLength(folded.length);
        for (let i = 0; i < folded.length; i++) {
          expect(foldWithMap(text.slice(starts[i], ends[i]), o).folded).toContain(folded[i]);
        }
      }),
    );
  });

  it('folds Vietnamese capitals, marks and đ', () => {
    expect(foldWithMap('Huyện Ủy Đường', { matchCase: false, matchDiacritics: false }).folded).toBe('huyen uy duong');
    expect(foldWithMap('Huyện Ủy', { matchCase: false, matchDiacritics: true }).folded).toBe('huyện ủy');
    expect(foldWithMap('Huyện Ủy', { matchCase: true, matchDiacritics: false }).folded).toBe('Huyen Uy');
  });
});

describe('findInText', () => {
  it('finds "huyen uy" in "Huyện ủy" without diacritics and selects the original letters', () => {
    const text = 'Ban Thường vụ Huyện ủy Tam Đường';
    const [m] = findInText(text, query('huyen uy'));
    expect(m && text.slice(m.start, m.end)).toBe('Huyện ủy');
    expect(findInText(text, query('huyen uy', { matchDiacritics: true }))).toEqual([]);
    expect(findInText(text, query('huyện ủy', { matchDiacritics: true }))).toHaveLength(1);
    expect(findInText(text, query('huyện ủy', { matchCase: true }))).toEqual([]);
    expect(findInText(text, query('duong'))).toHaveLength(1);
  });

  it('whole word treats letters with diacritics as letters', () => {
    expect(findInText('Huyện ủy', query('uy', { wholeWord: true }))).toHaveLength(1);
    expect(findInText('thủy lợi', query('uy', { wholeWord: true }))).toEqual([]);
    expect(findInText('thủy lợi', query('uy'))).toHaveLength(1);
    expect(findInText('(ủy)', query('ủy', { wholeWord: true, matchDiacritics: true }))).toHaveLength(1);
  });

  it('counts what a naive search of the folded text counts, for diacritic-free text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'abab c'), { maxLength: 30 }).map((a) => a.join('')),
        fc.array(fc.constantFrom(...'abc'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
        (text, needle) => {
          let naive = 0;
          for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) naive++;
          expect(findInText(text, query(needle, { matchCase: true, matchDiacritics: true }))).toHaveLength(naive);
        },
      ),
    );
  });

  it('each match folds to the needle', () => {
    fc.assert(
      fc.property(
        viText,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        options,
        (text, at, len, o) => {
          const needle = text.slice(at, at + len).trim();
          fc.pre(needle.length > 0);
          const q = query(needle, o);
          const found = findInText(text, q);
          expect(found.length).toBeGreaterThan(0);
          for (const m of found) {
            expect(foldWithMap(text.slice(m.start, m.end), o).folded).toBe(foldWithMap(needle, o).folded);
          }
        },
      ),
    );
  });
});

describe('foldFast', () => {
  it('folds the whole text as the per-character fold does', () => {
    fc.assert(
      fc.property(viText, options, (text, o) => {
        expect(foldFast(text, o)).toBe(foldWithMap(text, o).folded);
      }),
    );
  });
});
