/**
 * What all editors of the page share for the spell check: whether it is on, the dictionary's answers so far,
 * the office's own words, and the report-wide tone-mark tally (a "hoà" in one chapter against "hòa" in
 * another is the mix to flag). Editors subscribe and re-decorate when any of these changes.
 */
import { mergeTallies, minorityStyles, type ToneTally } from '../../../core/text/spelling/tone-mix';
import type { ToneStyle } from '../../../core/text/tone-style';
import { emptyIgnores, IGNORED_ONCE_MAX, IGNORED_WORDS_MAX, withLatest, type DraftIgnores } from './draft-ignores';
import { officeWordKey } from './office-word';
import type { DictionaryClient } from './spelling-worker-client';

export interface OfficeState {
  words: ReadonlySet<string>;
  /** The default profile's tone-mark style: it wins a tie. */
  preferredStyle: ToneStyle;
}

export interface SpellingSessionDeps {
  dictionary: DictionaryClient;
  /** Calls back with the office's words now and after every change; returns how to stop. */
  watchOffice: (onChange: (state: OfficeState) => void) => () => void;
  addOfficeWord: (word: string) => Promise<void>;
  /** Where the on/off choice is kept across restarts. */
  settings: Pick<Storage, 'getItem' | 'setItem'>;
  /** The report open now (its draft id), which "Bỏ qua" applies to; '' when none is. */
  currentReport?: () => string;
  /** The draft's "Bỏ qua" lists, kept with the draft (draft-ignores-repository.ts). */
  ignores: {
    load(draftId: string): Promise<DraftIgnores>;
    save(draftId: string, ignores: DraftIgnores): Promise<void>;
  };
}

export interface SpellingSession {
  enabled(): boolean;
  setEnabled(on: boolean): void;
  /** The dictionary's answer, or undefined when it was not asked yet. */
  known(word: string): boolean | undefined;
  /** Asks the dictionary about the words not asked yet (and reads the open report's "Bỏ qua" lists once). */
  lookUp(words: Iterable<string>): Promise<void>;
  isOfficeWord(word: string): boolean;
  addOfficeWord(word: string): Promise<void>;
  /**
   * "Bỏ qua trong báo cáo này": the word is not flagged again anywhere in the report open now. Shown at once;
   * rejects when the draft's list could not be stored (the word is then ignored until the window closes).
   */
  ignoreInReport(word: string): Promise<void>;
  isIgnored(word: string): boolean;
  /** "Bỏ qua": this one occurrence (an `occurrenceKey`) is not flagged again; rejects as `ignoreInReport`. */
  ignoreOnce(occurrence: string): Promise<void>;
  isIgnoredOnce(occurrence: string): boolean;
  suggest(word: string): Promise<string[]>;
  /** One editor's tone tally (null: the editor is gone or the check is off). */
  setTally(editorId: number, tally: ToneTally | null): void;
  /** The style to flag for this word (a `ToneWord` key), if the report writes it both ways. */
  minority(key: string): ToneStyle | undefined;
  /** Told when what the decorations depend on changed (on/off, office words, the report's tone majority). */
  subscribe(listener: () => void): () => void;
}

export const SPELLING_SETTING_KEY = 'soan-bao-cao.kiem-tra-chinh-ta';
const TALLY_PAUSE_MS = 50;

function sameTally(a: ToneTally | undefined, b: ToneTally): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [key, c] of b) {
    const d = a.get(key);
    if (!d || d['first-vowel'] !== c['first-vowel'] || d['second-vowel'] !== c['second-vowel']) return false;
  }
  return true;
}

export function createSpellingSession({
  dictionary,
  watchOffice,
  addOfficeWord,
  settings,
  currentReport = () => '',
  ignores,
}: SpellingSessionDeps): SpellingSession {
  const answers = new Map<string, boolean>();
  // Per draft id: its lists once read (a failed read counts as empty lists: the check then flags as before).
  const ignored = new Map<string, { words: Set<string>; once: Set<string>; saved: DraftIgnores }>();
  const reading = new Map<string, Promise<void>>();
  const readIgnores = (id: string): Promise<void> => {
    if (ignored.has(id)) return Promise.resolve();
    let pending = reading.get(id);
    if (!pending) {
      pending = ignores
        .load(id)
        .catch(() => emptyIgnores())
        .then((list) => {
          reading.delete(id);
          if (!ignored.has(id)) ignored.set(id, { words: new Set(list.words), once: new Set(list.once), saved: list });
        });
      reading.set(id, pending);
    }
    return pending;
  };
  const ignoredHere = () => ignored.get(currentReport());
  const remember = async (change: (list: DraftIgnores) => DraftIgnores) => {
    const id = currentReport();
    await readIgnores(id);
    const entry = ignored.get(id)!;
    entry.saved = change(entry.saved);
    entry.words = new Set(entry.saved.words);
    entry.once = new Set(entry.saved.once);
    notify();
    await ignores.save(id, entry.saved);
  };
  const listeners = new Set<() => void>();
  const tallies = new Map<number, ToneTally>();
  let office: OfficeState = { words: new Set(), preferredStyle: 'first-vowel' };
  let minorities = new Map<string, ToneStyle>();
  let on = settings.getItem(SPELLING_SETTING_KEY) !== 'off';
  let stopWatching: (() => void) | null = null;
  const notify = () => {
    for (const l of listeners) l();
  };
  const recomputeMinorities = () => {
    recomputeTimer = null;
    const next = minorityStyles(mergeTallies(tallies.values()), office.preferredStyle);
    const same = next.size === minorities.size && [...next].every(([k, v]) => minorities.get(k) === v);
    minorities = next;
    if (!same) notify();
  };
  // A long chapter mounts a hundred editors at once; their tallies are summed once they have all reported.
  let recomputeTimer: ReturnType<typeof setTimeout> | null = null;
  const recomputeSoon = () => {
    recomputeTimer ??= setTimeout(recomputeMinorities, TALLY_PAUSE_MS);
  };
  const startWatching = () => {
    stopWatching ??= watchOffice((state) => {
      office = state;
      recomputeMinorities();
      notify();
    });
  };

  return {
    enabled: () => on,
    setEnabled(value) {
      on = value;
      settings.setItem(SPELLING_SETTING_KEY, value ? 'on' : 'off');
      notify();
    },
    known: (word) => answers.get(word),
    async lookUp(words) {
      startWatching();
      await readIgnores(currentReport());
      const ask = [...new Set(words)].filter((w) => !answers.has(w));
      if (ask.length === 0) return;
      const unknown = await dictionary.unknownOf(ask);
      for (const w of ask) answers.set(w, !unknown.has(w));
    },
    isOfficeWord: (word) => office.words.has(officeWordKey(word)),
    async addOfficeWord(word) {
      await addOfficeWord(word);
      // Shown at once; the database watch confirms it.
      office = { ...office, words: new Set([...office.words, officeWordKey(word)]) };
      notify();
    },
    ignoreInReport: (word) =>
      remember((list) => ({ ...list, words: withLatest(list.words, officeWordKey(word), IGNORED_WORDS_MAX) })),
    isIgnored: (word) => ignoredHere()?.words.has(officeWordKey(word)) ?? false,
    ignoreOnce: (occurrence) =>
      remember((list) => ({ ...list, once: withLatest(list.once, occurrence, IGNORED_ONCE_MAX) })),
    isIgnoredOnce: (occurrence) => ignoredHere()?.once.has(occurrence) ?? false,
    suggest: (word) => dictionary.suggest(word, office.preferredStyle),
    setTally(editorId, tally) {
      if (tally) {
        if (sameTally(tallies.get(editorId), tally)) return;
        tallies.set(editorId, tally);
      } else if (!tallies.delete(editorId)) return;
      recomputeSoon();
    },
    minority: (key) => minorities.get(key),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopWatching?.();
          stopWatching = null;
        }
      };
    },
  };
}
