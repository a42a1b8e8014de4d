/**
 * Folds text for find and replace while remembering where each folded character came from, so a match found
 * in the folded text selects exactly the original letters ("huyen uy" finds "Huyện ủy" and selects those 8
 * letters). Input is NFC, as every model string is. Without diacritics a letter loses its marks (NFD, marks
 * dropped) and "đ" becomes "d" (a letter of its own, not a mark); without case it is lower-cased, which covers
 * the Vietnamese capitals ("Ủ" → "ủ") without any locale rule.
 */
export interface FoldOptions {
  matchCase: boolean;
  matchDiacritics: boolean;
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: the offset in the original of the character it came from… */
  starts: number[];
  /** …and the offset just after that character. */
  ends: number[];
}

const MARKS = /\p{M}/gu;
const OTHER_MARK = /\p{M}/u;

/** Folded letters by options (four combinations): a report uses a few hundred distinct characters. */
const folds = new Map<string, Map<string, string>>();

function cacheFor(options: FoldOptions): Map<string, string> {
  const key = `${options.matchCase ? 'C' : 'c'}${options.matchDiacritics ? 'D' : 'd'}`;
  let cache = folds.get(key);
  if (!cache) folds.set(key, (cache = new Map()));
  return cache;
}

export function foldChar(char: string, options: FoldOptions, cache = cacheFor(options)): string {
  const code = char.charCodeAt(0);
  // ASCII, most of any text: only the case can change.
  if (code < 0x80) return options.matchCase || code < 0x41 || code > 0x5a ? char : String.fromCharCode(code + 0x20);
  let out = cache.get(char);
  if (out === undefined) {
    out = foldOne(char, options);
    if (cache.size < 10_000) cache.set(char, out);
  }
  return out;
}

function foldOne(char: string, options: FoldOptions): string {
  let out = char;
  if (!options.matchDiacritics) {
    out = out === 'đ' ? 'd' : out === 'Đ' ? 'D' : out.normalize('NFD').replace(MARKS, '');
  }
  return options.matchCase ? out : out.toLowerCase();
}

export function foldWithMap(text: string, options: FoldOptions): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const cache = cacheFor(options);
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    const out = foldChar(char, options, cache);
    folded += out;
    for (let i = 0; i < out.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { folded, starts, ends };
}

/**
 * The whole text folded at once, without the map: native and fast, to skip the many paragraphs that hold no
 * match before the per-character fold with its map is built. It folds as `foldWithMap` does (the text is NFC,
 * so decomposing it whole or letter by letter drops the same marks).
 */
export function foldFast(text: string, options: FoldOptions): string {
  let out = text;
  if (!options.matchDiacritics) {
    // Vietnamese marks first, a fast range; the slower search for any other mark only when one is left.
    out = out.normalize('NFD').replace(/[\u0300-\u036f]+/g, '');
    if (OTHER_MARK.test(out)) out = out.replace(MARKS, '');
    out = out.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  }
  return options.matchCase ? out : out.toLowerCase();
}

/** The needle as the text is folded (a typed query is NFC-normalised first, like every input). */
export function foldQuery(needle: string, options: FoldOptions): string {
  let out = '';
  for (const char of needle.normalize('NFC')) out += foldChar(char, options);
  return out;
}
