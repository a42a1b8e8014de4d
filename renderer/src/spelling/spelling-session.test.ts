/**
 * The page-wide spelling session with the real dictionary (in-process instead of the worker): dictionary
 * answers are asked once, the office's words count as known, the tone-mark majority is report-wide (summed
 * over editors, a tie to the profile's style), and the on/off choice is remembered.
 */
import { describe, expect, it, vi } from 'vitest';
import { addToTally, type ToneTally } from '../../../core/text/spelling/tone-mix';
import { paragraphWords } from '../../../core/text/spelling/paragraph-words';
import { dictionaryViFiles } from '../../../test-support/spelling-sources';
import { createSpellChecker } from './spell-checker';
import { emptyIgnores, type DraftIgnores } from './draft-ignores';
import { createSpellingSession, SPELLING_SETTING_KEY, type OfficeState } from './spelling-session';
import type { DictionaryClient } from './spelling-worker-client';

const { aff, dic } = dictionaryViFiles();
const checker = createSpellChecker(aff, dic);

function setup(
  saved: Record<string, string> = {},
  report = { id: 'bao-cao-a' },
  kept = new Map<string, DraftIgnores>(),
) {
  const asked: string[][] = [];
  const dictionary: DictionaryClient = {
    unknownOf: async (words) => {
      asked.push([...words]);
      return new Set(words.filter((w) => !checker.isKnown(w)));
    },
    suggest: async (word, style) => checker.suggest(word, style),
  };
  let pushOffice: (s: OfficeState) => void = () => undefined;
  const stored = new Map(Object.entries(saved));
  const session = createSpellingSession({
    dictionary,
    watchOffice: (onChange) => {
      pushOffice = onChange;
      return () => undefined;
    },
    addOfficeWord: async () => undefined,
    settings: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    currentReport: () => report.id,
    ignores: {
      load: async (id) => {
        if (id === 'hong') throw new Error('IndexedDB refused');
        return kept.get(id) ?? emptyIgnores();
      },
      save: async (id, list) => void kept.set(id, list),
    },
  });
  return { session, asked, stored, kept, office: (s: OfficeState) => pushOffice(s) };
}

const tallyOf = (text: string): ToneTally => {
  const t: ToneTally = new Map();
  addToTally(t, paragraphWords(text).tone);
  return t;
};

describe('spelling session', () => {
  it('asks the dictionary about each word once and remembers the answer', async () => {
    const { session, asked } = setup();
    await session.lookUp(['thười', 'điểm', 'thười']);
    await session.lookUp(['điểm', 'homestay']);
    expect(asked).toEqual([['thười', 'điểm'], ['homestay']]);
    expect(session.known('thười')).toBe(false);
    expect(session.known('điểm')).toBe(true);
    expect(session.known('chưa hỏi')).toBeUndefined();
  });

  it('counts the office’s words as known, in either case and tone style', async () => {
    const { session, office } = setup();
    await session.lookUp(['x']);
    office({ words: new Set(['homestay', 'hòa']), preferredStyle: 'first-vowel' });
    expect(session.isOfficeWord('Homestay')).toBe(true);
    expect(session.isOfficeWord('hoà')).toBe(true);
    await session.addOfficeWord('Pá');
    expect(session.isOfficeWord('pá')).toBe(true);
  });

  it('flags the minority tone style over all editors together; a tie goes to the profile’s style', async () => {
    vi.useFakeTimers();
    try {
      const { session, office } = setup();
      await session.lookUp(['x']);
      const told = vi.fn();
      session.subscribe(told);
      session.setTally(1, tallyOf('hoà giải'));
      session.setTally(2, tallyOf('hòa giải, hòa hợp'));
      await vi.advanceTimersByTimeAsync(100);
      expect(session.minority('hòa')).toBe('second-vowel');
      expect(told).toHaveBeenCalled();
      session.setTally(2, tallyOf('hòa giải'));
      office({ words: new Set(), preferredStyle: 'second-vowel' });
      await vi.advanceTimersByTimeAsync(100);
      expect(session.minority('hòa')).toBe('first-vowel');
      // An editor gone: its words no longer count.
      session.setTally(2, null);
      await vi.advanceTimersByTimeAsync(100);
      expect(session.minority('hòa')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('is on unless turned off, and remembers the choice', () => {
    const first = setup();
    expect(first.session.enabled()).toBe(true);
    first.session.setEnabled(false);
    expect(first.stored.get(SPELLING_SETTING_KEY)).toBe('off');
    expect(setup({ [SPELLING_SETTING_KEY]: 'off' }).session.enabled()).toBe(false);
  });

  it('suggests in the office’s tone style', async () => {
    const { session, office } = setup();
    await session.lookUp(['x']);
    office({ words: new Set(), preferredStyle: 'second-vowel' });
    expect(await session.suggest('hoaf')).toContain('hoà');
  });

  it('ignores a word in the open report only, and keeps it with that draft', async () => {
    const report = { id: 'bao-cao-a' };
    const first = setup({}, report);
    await first.session.lookUp([]);
    const told = vi.fn();
    first.session.subscribe(told);
    await first.session.ignoreInReport('Homestay');
    expect(told).toHaveBeenCalled();
    expect(first.session.isIgnored('homestay')).toBe(true);
    expect(first.kept.get('bao-cao-a')?.words).toEqual(['homestay']);
    report.id = 'bao-cao-b';
    await first.session.lookUp([]);
    expect(first.session.isIgnored('homestay')).toBe(false);
    // A later window reads the draft's list before it flags anything.
    const later = setup({}, { id: 'bao-cao-a' }, first.kept);
    await later.session.lookUp(['homestay']);
    expect(later.session.isIgnored('homestay')).toBe(true);
    // A list that cannot be read is no list at all, never an error.
    const broken = setup({}, { id: 'hong' });
    await broken.session.lookUp(['homestay']);
    expect(broken.session.isIgnored('homestay')).toBe(false);
  });

  it('ignores one occurrence without ignoring the word', async () => {
    const { session, kept } = setup();
    await session.lookUp([]);
    await session.ignoreOnce('k:1:homestay');
    expect(session.isIgnoredOnce('k:1:homestay')).toBe(true);
    expect(session.isIgnoredOnce('k:0:homestay')).toBe(false);
    expect(session.isIgnored('homestay')).toBe(false);
    expect(kept.get('bao-cao-a')).toEqual({ words: [], once: ['k:1:homestay'] });
  });
});
