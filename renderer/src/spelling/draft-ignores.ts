/**
 * What the clerk told the spell check to leave alone in one draft: words ("Bỏ qua trong báo cáo này", every
 * occurrence) and single occurrences ("Bỏ qua", as Word's "Ignore Once"). Kept with the draft in the drafts
 * database, so they do not leak into other drafts on a shared PC, and removed with it.
 *
 * An occurrence is anchored by the text of its paragraph (or one-line field), the word and which occurrence of
 * that word in the text it is: it survives a reload, moving the paragraph or edits elsewhere, and lapses as soon
 * as that paragraph's text changes (the clerk may have changed the very word).
 */
import { officeWordKey } from './office-word';

export interface DraftIgnores {
  /** `officeWordKey` of each word ignored everywhere in the draft. */
  words: string[];
  /** `occurrenceKey` of each occurrence ignored once, the most recent last. */
  once: string[];
}

export interface DraftIgnoresRecord extends DraftIgnores {
  draftId: string;
}

/** Bounds: a list longer than any report needs is pasted junk or a runaway loop, never kept whole. */
export const IGNORED_WORDS_MAX = 500;
export const IGNORED_ONCE_MAX = 2000;
const WORD_MAX = 40;

export const emptyIgnores = (): DraftIgnores => ({ words: [], once: [] });

/** A 53-bit hash of the paragraph's text (cyrb53): short keys; two paragraphs colliding is vanishingly rare. */
function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The anchor of the `occurrence`-th (from 0) `word` in a paragraph (or field) whose text is `text`. */
export function occurrenceKey(text: string, word: string, occurrence: number): string {
  return `${textHash(text.normalize('NFC'))}:${occurrence}:${word.normalize('NFC')}`;
}

/** Numbers each word's occurrences in reading order: the n-th time the same spelling appears gets n. */
export function occurrenceCounter(): (word: string) => number {
  const seen = new Map<string, number>();
  return (word) => {
    const n = seen.get(word) ?? 0;
    seen.set(word, n + 1);
    return n;
  };
}

const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A stored or migrated value made safe: strings only, bounded, each once. */
export function cleanIgnores(raw: unknown): DraftIgnores {
  if (!raw || typeof raw !== 'object') return emptyIgnores();
  const { words, once } = raw as Partial<Record<keyof DraftIgnores, unknown>>;
  const list = (v: unknown, max: number, count: number, key: (s: string) => string) =>
    Array.isArray(v) ? [...new Set(v.filter((s) => isShortString(s, max)).map(key))].slice(-count) : [];
  return {
    words: list(words, WORD_MAX, IGNORED_WORDS_MAX, officeWordKey),
    once: list(once, WORD_MAX + 40, IGNORED_ONCE_MAX, (s) => s),
  };
}

/** The list with `item` moved (or added) last, the oldest dropped past `max`. */
export function withLatest(list: readonly string[], item: string, max: number): string[] {
  return [...list.filter((x) => x !== item), item].slice(-max);
}
