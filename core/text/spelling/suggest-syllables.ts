/**
 * Suggestions for an unknown syllable, ranked by edits on the decomposed (NFD) form, where a tone or a vowel
 * mark is one edit: "tỏng" → "tổng" (a missing circumflex), "chuyen" → "chuyên", "nghiêm" ← "ngiêm". nspell's
 * own suggester knows nothing of that (it found nothing for "tỏng") and takes hundreds of milliseconds a word;
 * with a syllable dictionary of a few thousand entries a full scan takes a few milliseconds.
 */

const MARK = /\p{M}/u;
/** A missing or wrong mark (tone, circumflex, horn, breve) is half an edit: the usual slip of Telex/VNI typing. */
const weight = (c: string | undefined) => (c !== undefined && MARK.test(c) ? 0.5 : 1);

/** Weighted optimal string alignment distance (insert, delete, replace, swap of neighbours), stopping past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > 2 * max) return max + 1;
  const rows: number[][] = [[0]];
  for (let j = 1; j <= b.length; j++) rows[0]![j] = rows[0]![j - 1]! + weight(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    rows[i] = [rows[i - 1]![0]! + weight(a[i - 1])];
    let best = rows[i]![0]!;
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      const replace = x === y ? 0 : Math.max(weight(x), weight(y));
      let d = Math.min(rows[i - 1]![j]! + weight(x), rows[i]![j - 1]! + weight(y), rows[i - 1]![j - 1]! + replace);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

const TONE = /[\u0300\u0301\u0309\u0303\u0323]/u;
const toneOf = (nfd: string) => TONE.exec(nfd)?.[0] ?? '';

export interface SyllableIndex {
  /** Lower-case dictionary syllables, NFC, and their NFD forms. */
  words: readonly { nfc: string; nfd: string }[];
}

export function syllableIndex(words: Iterable<string>): SyllableIndex {
  const seen = new Set<string>();
  const out: { nfc: string; nfd: string }[] = [];
  for (const w of words) {
    const nfc = w.normalize('NFC');
    if (!nfc || nfc !== nfc.toLowerCase() || seen.has(nfc)) continue;
    seen.add(nfc);
    out.push({ nfc, nfd: nfc.normalize('NFD') });
  }
  return { words: out };
}

/** Up to `limit` dictionary syllables within `maxEdits` of the word, nearest first, in the word's capitals. */
export function suggestSyllables(index: SyllableIndex, word: string, limit = 6, maxEdits = 2): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  const target = lower.normalize('NFD');
  const tone = toneOf(target);
  const found: { nfc: string; d: number; rank: number }[] = [];
  for (const w of index.words) {
    if (w.nfc === lower) continue;
    const d = distance(target, w.nfd, maxEdits);
    // Among equals: the tone the clerk typed ("tỏng" → "tổng" before "tòng"), then the same first letter.
    if (d <= maxEdits)
      found.push({ nfc: w.nfc, d, rank: Number(toneOf(w.nfd) !== tone) * 2 + Number(w.nfc[0] !== lower[0]) });
  }
  found.sort((a, b) => a.d - b.d || a.rank - b.rank);
  const capital = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  return found.slice(0, limit).map((f) => (capital ? f.nfc[0]!.toUpperCase() + f.nfc.slice(1) : f.nfc));
}
