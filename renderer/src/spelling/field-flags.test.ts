/** The spell check of one-line fields (headings, trích yếu) with the real dictionary, in-process. */
import { describe, expect, it } from 'vitest';
import { dictionaryViFiles } from '../../../test-support/spelling-sources';
import { fieldFlags, replaceFlag } from './field-flags';
import { emptyIgnores, type DraftIgnores } from './draft-ignores';
import { createSpellChecker } from './spell-checker';
import { createSpellingSession } from './spelling-session';

const { aff, dic } = dictionaryViFiles();
const checker = createSpellChecker(aff, dic);

function session(kept = new Map<string, DraftIgnores>()) {
  const stored = new Map<string, string>();
  return createSpellingSession({
    dictionary: {
      unknownOf: async (words) => new Set(words.filter((w) => !checker.isKnown(w))),
      suggest: async (word, style) => checker.suggest(word, style),
    },
    watchOffice: () => () => undefined,
    addOfficeWord: async () => undefined,
    settings: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    currentReport: () => 'bao-cao',
    ignores: {
      load: async (id) => kept.get(id) ?? emptyIgnores(),
      save: async (id, list) => void kept.set(id, list),
    },
  });
}

describe('spell check of a one-line field', () => {
  it('flags a typo in a heading, never a name or an abbreviation', async () => {
    const s = session();
    const text = 'Kết qủa thực hiện Nghị quyết 06-NQ/TU tại xã Nậm Tăm về KT-XH';
    expect(await fieldFlags(s, text)).toEqual([{ word: 'qủa', from: 4, to: 7, occurrence: expect.any(String) }]);
  });

  it('forgets a word ignored in this report or added to the office list, and says nothing when off', async () => {
    const s = session();
    const text = 'sơ kết mô hình homestay';
    expect((await fieldFlags(s, text)).map((f) => f.word)).toEqual(['homestay']);
    await s.ignoreInReport('homestay');
    expect(await fieldFlags(s, text)).toEqual([]);
    const t = session();
    await t.addOfficeWord('homestay');
    expect(await fieldFlags(t, text)).toEqual([]);
    t.setEnabled(false);
    expect(await fieldFlags(t, 'thười điểm')).toEqual([]);
  });

  it('ignores one occurrence only, kept with the draft, until the field’s text changes', async () => {
    const kept = new Map<string, DraftIgnores>();
    const s = session(kept);
    const text = 'homestay và homestay';
    const [first, second] = await fieldFlags(s, text);
    await s.ignoreOnce(second!.occurrence);
    expect(await fieldFlags(s, text)).toEqual([first]);
    // Another window (or a reload) reads the draft's list.
    expect(await fieldFlags(session(kept), text)).toEqual([first]);
    // The field's text changed: the occurrence is no longer the one ignored.
    expect((await fieldFlags(s, 'homestay và homestay.')).map((f) => f.from)).toEqual([0, 12]);
  });

  it('replaces the flagged word, or nothing if the text changed under it', () => {
    const flag = { word: 'qủa', from: 4, to: 7, occurrence: '' };
    expect(replaceFlag('Kết qủa tốt', flag, 'quả')).toBe('Kết quả tốt');
    expect(replaceFlag('Kết quả tốt', flag, 'quả')).toBeNull();
  });
});
