/**
 * Counting words and characters of Vietnamese text. A word is a syllable: a run of letters (with their
 * diacritics) or digits, so "Huyện ủy Tam Đường" is 4 words, and punctuation splits ("12-BC/HU" is 3: "12",
 * "BC", "HU"). Digits joined by "." "," or "/" stay one word, so "1.284", "87,8" and "12/3/2023" are one each.
 * Word counts whitespace-separated tokens instead: it agrees on ordinary prose, counts "12-BC/HU" as 1 and a
 * lone "-" or "–" as a word, which this count does not (a dash introducing a list line is not a word).
 *
 * Characters are Unicode characters of the NFC text (one per Vietnamese letter, as Word shows them), without
 * line breaks; "không kể khoảng trắng" leaves out every space as well.
 */
export interface TextCounts {
  words: number;
  characters: number;
  charactersNoSpaces: number;
}

export const ZERO_COUNTS: TextCounts = { words: 0, characters: 0, charactersNoSpaces: 0 };

// A number with its separators first, so "1.284" is not read as "1" and "284".
const WORD = /\p{N}+(?:[.,/]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;

export function countTextWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// Line breaks, and the place of a footnote reference in searched text (report-find.ts), are not characters; a
// character outside the BMP is two UTF-16 units but one character.
const NOT_CHARACTERS = /[\n\r\uFFFC]|[\uDC00-\uDFFF]/g;
const SPACES = /[^\S\n\r]/gu;

export function countText(text: string): TextCounts {
  const characters = text.length - (text.match(NOT_CHARACTERS)?.length ?? 0);
  const charactersNoSpaces = characters - (text.match(SPACES)?.length ?? 0);
  return { words: countTextWords(text), characters, charactersNoSpaces };
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return {
    words: a.words + b.words,
    characters: a.characters + b.characters,
    charactersNoSpaces: a.charactersNoSpaces + b.charactersNoSpaces,
  };
}
