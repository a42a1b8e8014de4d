/**
 * Mixed tone-mark styles of one word in one report ("hoà" here, "hòa" there): the slip Vietnamese offices
 * actually make, since Word, Unikey and copied text each bring their own habit. The report's majority for each
 * word decides; the minority spellings are flagged with the majority spelling as the fix. A tie goes to the
 * office's preferred style (its profile).
 */
import { detectToneStyle, otherToneStyle, toToneStyle, type ToneCounts, type ToneStyle } from '../tone-style';

/** For each word in a style-neutral form ("hòa"), how often it is written in each style. */
export type ToneTally = Map<string, ToneCounts>;

export interface ToneWord {
  /** The word as written, NFC. */
  word: string;
  /** The same word with the mark on the first vowel, lower-case: the key both spellings share. */
  key: string;
  style: ToneStyle;
}

// Every paragraph of a long report passes through here; Vietnamese has a few thousand distinct syllables.
const known = new Map<string, ToneWord | null>();
const CACHE_MAX = 50_000;

/** The style of one word, or null when both styles write it the same ("hoàn", "quý", "tỉnh"). */
export function toneWord(word: string): ToneWord | null {
  let answer = known.get(word);
  if (answer === undefined) {
    const nfc = word.normalize('NFC');
    const counts = detectToneStyle(nfc);
    const style: ToneStyle | null =
      counts['second-vowel'] > 0 ? 'second-vowel' : counts['first-vowel'] > 0 ? 'first-vowel' : null;
    answer = style ? { word: nfc, key: toToneStyle(nfc, 'first-vowel').toLowerCase(), style } : null;
    if (known.size < CACHE_MAX) known.set(word, answer);
  }
  return answer;
}

export function addToTally(tally: ToneTally, words: readonly ToneWord[], sign: 1 | -1 = 1): void {
  for (const w of words) {
    const entry = tally.get(w.key) ?? { 'first-vowel': 0, 'second-vowel': 0 };
    entry[w.style] += sign;
    if (entry['first-vowel'] <= 0 && entry['second-vowel'] <= 0) tally.delete(w.key);
    else tally.set(w.key, entry);
  }
}

/** Sums several tallies (one per editor of the report). */
export function mergeTallies(tallies: Iterable<ToneTally>): ToneTally {
  const out: ToneTally = new Map();
  for (const t of tallies) {
    for (const [key, c] of t) {
      const e = out.get(key) ?? { 'first-vowel': 0, 'second-vowel': 0 };
      out.set(key, {
        'first-vowel': e['first-vowel'] + c['first-vowel'],
        'second-vowel': e['second-vowel'] + c['second-vowel'],
      });
    }
  }
  return out;
}

/** The style to flag for each word written both ways; words written one way only are absent. */
export function minorityStyles(tally: ToneTally, preferred: ToneStyle): Map<string, ToneStyle> {
  const out = new Map<string, ToneStyle>();
  for (const [key, c] of tally) {
    const first = c['first-vowel'];
    const second = c['second-vowel'];
    if (first === 0 || second === 0) continue;
    out.set(key, first > second ? 'second-vowel' : second > first ? 'first-vowel' : otherToneStyle(preferred));
  }
  return out;
}

/** The majority spelling of a flagged word, keeping its capitals ("Hoà" → "Hòa"). */
export function toneFix(word: string, minority: ToneStyle): string {
  return toToneStyle(word, otherToneStyle(minority));
}
