/**
 * Matches of a query in one string, as offsets in the original text. Matches do not overlap and run left to
 * right, as Word finds them. "Cả từ" accepts a match only when no letter or digit touches it on either side;
 * letters with diacritics are letters (\p{L}), so "uy" is not a whole word inside "ủy ban"'s "ủy" neighbour
 * "Huyện" but is one in "Huyện ủy".
 */
import { foldFast, foldQuery, foldWithMap, type FoldOptions } from './fold-with-map';

export interface FindQuery extends FoldOptions {
  needle: string;
  wholeWord: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** The character just before `offset` (a whole surrogate pair when there is one). */
function charBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && offset >= 2;
  return text.slice(pair ? offset - 2 : offset - 1, offset);
}

function charAt(text: string, offset: number): string | undefined {
  const cp = text.codePointAt(offset);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

export function isWholeWord(text: string, range: TextRange): boolean {
  return !isWordChar(charBefore(text, range.start)) && !isWordChar(charAt(text, range.end));
}

/** The folded needle, or null when there is nothing to look for. */
export function preparedNeedle(query: FindQuery): string | null {
  const needle = foldQuery(query.needle, query);
  return needle.length === 0 ? null : needle;
}

export function findInText(text: string, query: FindQuery, needle = preparedNeedle(query)): TextRange[] {
  if (needle === null || text.length === 0 || !foldFast(text, query).includes(needle)) return [];
  const { folded, starts, ends } = foldWithMap(text, query);
  const out: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return out;
    const last = at + needle.length - 1;
    // A match must begin and end on whole original characters (a folded "ß" → "ss" is not split).
    const aligned = (at === 0 || starts[at - 1] !== starts[at]) && ends[last] !== ends[last + 1];
    const range = { start: starts[at]!, end: ends[last]! };
    if (aligned && (!query.wholeWord || isWholeWord(text, range))) {
      out.push(range);
      from = last + 1;
    } else {
      from = at + 1;
    }
  }
}
