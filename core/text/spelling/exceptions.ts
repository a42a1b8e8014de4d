/**
 * Which words a spell check may flag. A report is full of things no dictionary holds and a clerk must never
 * see underlined: abbreviations (ĐU, HĐND, KT-XH), document symbols (06-NQ/TU), names (Tam Đường, Lê Văn Hải:
 * capitalised inside a sentence), numbers and dates, Roman numerals (khóa XII, iii), list markers, web and
 * e-mail addresses, units (km, ha). What is left is ordinary lower-case Vietnamese, where an unknown syllable is a real typo.
 */
import type { WordToken } from './tokenize';

/** A digit anywhere in the chunk: 06-NQ/TU, 22/11/2017, 2.731, COVID-19, F0, 15h30. */
const HAS_DIGIT = /\p{N}/u;
/** Symbols and addresses: a slash, @, an underscore, a backslash, "www", or a dot between letters (tamduong.gov.vn). */
const SYMBOL_OR_ADDRESS = /[/@_\\]|^www|\p{L}\.\p{L}/iu;
const UPPER = /\p{Lu}/u;
const ONE_LETTER = /^\p{L}\p{M}*$/u;
/** Units written in lower case after a number ("3,2 km", "120 ha"); the number may be a word away. */
const UNITS: ReadonlySet<string> = new Set([
  'km',
  'm',
  'cm',
  'mm',
  'kg',
  'ha',
  'kw',
  'kwh',
  'mw',
  'ml',
  'lít',
  'ccm',
  'gb',
  'mb',
  'kb',
  'tr',
  'đ',
  'vnđ',
  'usd',
]);
/** Lower-case Roman numerals used to number points (i, ii, iv, ix, xii). */
const ROMAN_LOWER = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/u;

/**
 * `next` is the word after it in the paragraph: a capitalised first word of a sentence followed by another
 * capitalised word is a name ("Huổi Luông có…", "Nậm Tăm đạt…"), not a word to look up.
 */
export function isCheckable(token: WordToken, next?: WordToken): boolean {
  const { text, chunk, sentenceStart } = token;
  // A chunk that is the word itself (the usual case) holds no digit or symbol.
  if (chunk !== text && (HAS_DIGIT.test(chunk) || SYMBOL_OR_ADDRESS.test(chunk))) return false;
  // One letter: points "a", "đ", a variable "x"; too short to judge.
  if (ONE_LETTER.test(text)) return false;
  // A capital after the first letter: abbreviations (HĐND, ĐU, TTr, QĐi) and words of an all-capitals heading.
  if (UPPER.test(text.slice(1))) return false;
  // Capitalised inside a sentence: a name (Tam Đường, Nậm Tăm, Sìn Hồ) or a title (Ban Thường vụ).
  if (UPPER.test(text[0]!) && !sentenceStart) return false;
  if (ROMAN_LOWER.test(text) || UNITS.has(text.toLowerCase())) return false;
  if (sentenceStart && UPPER.test(text[0]!) && next && !next.sentenceStart && UPPER.test(next.text[0]!)) return false;
  // Part of a hyphenated chunk with capitals (KT-XH, Covid-Zero): a name or an abbreviation.
  if (chunk.includes('-') && UPPER.test(chunk) && !sentenceStart) return false;
  return true;
}
