/**
 * Does a text still look like TCVN3 or VNI read as Windows-1252? Without a font name to go by, the text is
 * judged word by word: a word counts for an encoding when it decodes to a real Vietnamese syllable and either
 * holds a character that ordinary Unicode text would not have there ("©", "¬", "Ö" in TCVN3; a tone byte after a
 * vowel in VNI: "nh©n" → nhân) or is no syllable as it stands ("KÕT" → KẾT). It counts against when it holds
 * such a character but decodes to nonsense (French "Noël", German "Müller", "ABC®"), and so does every word
 * already written with Unicode Vietnamese letters.
 *
 * Conservative on purpose, since a false alarm would garble correct text: at least MIN_HITS such words, at
 * least MIN_CONFIDENCE of the telling words, and at least MIN_DENSITY of all words. Ordinary Unicode
 * Vietnamese, English, French names, numbers and a lone "©" never reach that.
 */
import { legacyUnits, type LegacyEncoding } from './legacy-decode';
import { isVietnameseSyllable, VIETNAMESE_ONLY_LETTER } from './vietnamese-syllable';

export const MIN_HITS = 2;
export const MIN_CONFIDENCE = 0.75;
export const MIN_DENSITY = 0.15;
const SAMPLE_LENGTH = 40;

export interface LegacyDetection {
  encoding: LegacyEncoding | null;
  /** Share of the telling words that decode to Vietnamese syllables (0–1). */
  confidence: number;
  /** A short excerpt of the text as it stands, starting at the first legacy word (empty when none). */
  sample: string;
}

interface Tally {
  hits: number;
  misses: number;
  words: number;
  firstHit: number;
}

const WORD = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;

function tally(text: string, encoding: LegacyEncoding): Tally {
  const t: Tally = { hits: 0, misses: 0, words: 0, firstHit: -1 };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const hasAscii = /[A-Za-z]/u.test(word);
    // A lone symbol ("©", "«") is punctuation, not a word.
    if (!hasAscii && word.length < 2) continue;
    t.words++;
    if (VIETNAMESE_ONLY_LETTER.test(word)) {
      t.misses++;
      continue;
    }
    const units = legacyUnits(word, encoding);
    if (units.length === 0) continue;
    const strong = units.some((u) => u.strong);
    // Letters an encoding shares with Unicode Vietnamese ("KÕT" for KẾT) tell only when the word as it stands
    // is no Vietnamese syllable.
    if (!strong && isVietnameseSyllable(word)) continue;
    let decoded = '';
    let at = 0;
    for (const u of units) {
      decoded += word.slice(at, u.index) + u.unicode;
      at = u.index + u.length;
    }
    decoded += word.slice(at);
    if (isVietnameseSyllable(decoded)) {
      t.hits++;
      if (t.firstHit < 0) t.firstHit = match.index;
    } else if (strong) t.misses++;
  }
  return t;
}

function excerpt(text: string, from: number): string {
  const rest = text.slice(from).replace(/\s+/gu, ' ');
  if (rest.length <= SAMPLE_LENGTH) return rest.trim();
  const cut = rest.lastIndexOf(' ', SAMPLE_LENGTH);
  return `${rest.slice(0, cut > 0 ? cut : SAMPLE_LENGTH).trim()}…`;
}

const LATIN1_UPPER_HALF = /[\u00A1-\u00FF]/gu;
const VIETNAMESE_ONLY_LETTERS = new RegExp(VIETNAMESE_ONLY_LETTER.source, 'gu');
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function detectLegacyEncoding(text: string): LegacyDetection {
  let best: LegacyDetection = { encoding: null, confidence: 0, sample: '' };
  // Quick answer for most fields (the check reads every paragraph of a long report): legacy text is written
  // with Latin-1 characters and has no letters only Unicode Vietnamese has; text with more of those than of
  // Latin-1 characters is Unicode (and could never reach MIN_CONFIDENCE word by word either).
  const latin1 = count(text, LATIN1_UPPER_HALF);
  if (latin1 === 0 || count(text, VIETNAMESE_ONLY_LETTERS) > latin1) return best;
  let bestHits = 0;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const t = tally(text, encoding);
    const confidence = t.hits + t.misses === 0 ? 0 : t.hits / (t.hits + t.misses);
    const found = t.hits >= MIN_HITS && confidence >= MIN_CONFIDENCE && t.hits >= MIN_DENSITY * t.words;
    if (found && t.hits > bestHits) {
      best = { encoding, confidence, sample: excerpt(text, t.firstHit) };
      bestHits = t.hits;
    }
  }
  return best;
}

/**
 * The encoding a font implies, from a CSS font-family list or a Word font name: the .Vn* fonts (.VnTime,
 * .VnArial …) are TCVN3, the VNI-* fonts VNI; a .Vn* name ending in "H" (.VnTimeH, .VnArialH) is an upper-case
 * font.
 * Only the first family counts: it is the one the text was drawn with.
 */
export function legacyEncodingOfFont(fontFamily: string): { encoding: LegacyEncoding; uppercaseFont: boolean } | null {
  const first =
    fontFamily
      .split(',')[0]
      ?.trim()
      .replace(/^["']|["']$/gu, '')
      .trim() ?? '';
  if (/^\.vn/iu.test(first)) return { encoding: 'tcvn3', uppercaseFont: /H$/u.test(first) };
  // VNI has capitals of its own; its fonts have no upper-case variants to undo.
  if (/^vni[-\s]/iu.test(first)) return { encoding: 'vni', uppercaseFont: false };
  return null;
}
