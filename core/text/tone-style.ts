/**
 * The two tone-mark placements of Vietnamese (SPEC §13.2): "hoà, thuỷ, xoè" (mark on the second vowel, what
 * common usage and UniKey's "Đặt dấu oà, uý" call kiểu mới) and "hòa, thủy, xòe" (mark on the first vowel,
 * kiểu cũ). NFC does not unify them, so search and consistency checks need this. Only open syllables ending in
 * oa / oe / uy differ; "hoàn", "quý", "thuyền" are the same in both styles. The styles are named by where the
 * mark sits, not old/new, which people use both ways round.
 */

export type ToneStyle = 'first-vowel' | 'second-vowel';

/** How many syllables are written in each style. */
export type ToneCounts = Record<ToneStyle, number>;

/** The other style. */
export function otherToneStyle(style: ToneStyle): ToneStyle {
  return style === 'first-vowel' ? 'second-vowel' : 'first-vowel';
}

const TONES = '\u0300\u0301\u0309\u0303\u0323';
/**
 * A word (NFD) that ends in o+a, o+e or u+y with one tone on either vowel. The vowels carry no other mark
 * (ô, ơ, ư, â, ê are other letters), and "qu" is a consonant, so "quý" never matches.
 */
const SYLLABLE = new RegExp(`^(.*?)(?<![qQ])([oO]([${TONES}]?)[aAeE]|[uU]([${TONES}]?)[yY])([${TONES}]?)$`, 'u');
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

interface Parsed {
  head: string;
  first: string;
  second: string;
  tone: string;
  style: ToneStyle;
}

function parse(wordNfd: string): Parsed | null {
  const m = SYLLABLE.exec(wordNfd);
  if (!m) return null;
  const cluster = m[2]!;
  const toneOnFirst = m[3] || m[4] || '';
  const toneOnSecond = m[5] ?? '';
  // Exactly one tone: no tone (level tone) or marks on both mean the styles agree or the word is unusual.
  if ((toneOnFirst === '') === (toneOnSecond === '')) return null;
  // Nothing else in the word may carry a tone (e.g. "ngoà" has none elsewhere; a stray mark means not a syllable).
  if (new RegExp(`[${TONES}]`, 'u').test(m[1]!)) return null;
  const first = cluster.charAt(0);
  const second = cluster.charAt(cluster.length - 1);
  return {
    head: m[1]!,
    first,
    second,
    tone: toneOnFirst || toneOnSecond,
    style: toneOnFirst ? 'first-vowel' : 'second-vowel',
  };
}

function convertWord(word: string, to: ToneStyle): string {
  const p = parse(word.normalize('NFD'));
  if (!p || p.style === to) return word;
  const out =
    to === 'first-vowel' ? `${p.head}${p.first}${p.tone}${p.second}` : `${p.head}${p.first}${p.second}${p.tone}`;
  return out.normalize('NFC');
}

/** Rewrites every differing syllable in the given style; NFC in and out, everything else untouched. */
export function toToneStyle(text: string, to: ToneStyle): string {
  return text.normalize('NFC').replace(WORD, (w) => convertWord(w, to));
}

/** How many syllables are written in each style ("hoá" counts second-vowel, "hóa" first-vowel, "hoàn" neither). */
export function detectToneStyle(text: string): ToneCounts {
  const counts: ToneCounts = { 'first-vowel': 0, 'second-vowel': 0 };
  for (const w of text.normalize('NFC').match(WORD) ?? []) {
    const style = wordStyle(w);
    if (style) counts[style] += 1;
  }
  return counts;
}

// The format check runs this over the whole report after every edit; Vietnamese has a few thousand distinct
// syllables, so remembering each word's answer turns 36,000 regex parses of a 100-page report into lookups.
const styleOfWord = new Map<string, ToneStyle | null>();
const STYLE_CACHE_MAX = 50_000;

function wordStyle(wordNfc: string): ToneStyle | null {
  let style = styleOfWord.get(wordNfc);
  if (style === undefined) {
    style = parse(wordNfc.normalize('NFD'))?.style ?? null;
    if (styleOfWord.size < STYLE_CACHE_MAX) styleOfWord.set(wordNfc, style);
  }
  return style;
}
