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

export function foldChar(char: string, options: FoldOptions): string {
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
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    const out = foldChar(char, options);
    folded += out;
    for (let i = 0; i < out.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { folded, starts, ends };
}

/** The needle as the text is folded (a typed query is NFC-normalised first, like every input). */
export function foldQuery(needle: string, options: FoldOptions): string {
  let out = '';
  for (const char of needle.normalize('NFC')) out += foldChar(char, options);
  return out;
}
