/** fast-check arbitrary: Vietnamese syllables (initial, vowel cluster, final, tone, case), spelled as Unicode NFC. */
import fc from 'fast-check';

const INITIALS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
/** Clusters that end in a semivowel take no final consonant. */
const OPEN = [
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ui',
  'ưi',
  'ưu',
  'iêu',
  'yêu',
  'oai',
  'oay',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyu',
  'ia',
  'ua',
  'ưa',
];
const CLOSABLE = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'iê',
  'yê',
  'oa',
  'oă',
  'oe',
  'uâ',
  'uê',
  'uô',
  'ươ',
  'uy',
  'uyê',
];
const FINALS = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const SHAPED = /[ăâêôơư]/u;

function placeTone(vowels: string, hasFinal: boolean, tone: string): string {
  const chars = [...vowels];
  let at = chars.findIndex((c) => SHAPED.test(c));
  if (at < 0) at = hasFinal || chars.length === 1 ? chars.length - 1 : 0;
  if (chars.length === 3 && at < 0) at = 1;
  chars[at] = chars[at] + tone;
  return chars.join('').normalize('NFC');
}

export function vietnameseSyllable(): fc.Arbitrary<string> {
  const open = fc.tuple(fc.constantFrom(...OPEN), fc.constant(''));
  const closed = fc.tuple(fc.constantFrom(...CLOSABLE), fc.constantFrom('', ...FINALS));
  return fc
    .tuple(
      fc.constantFrom(...INITIALS),
      fc.oneof(open, closed),
      fc.constantFrom(...TONES),
      fc.constantFrom('lower', 'capital', 'upper'),
    )
    .map(([initial, [vowels, final], anyTone, letterCase]) => {
      // A syllable closed by c, ch, p or t takes sắc or nặng only.
      const tone = /^(?:c|ch|p|t)$/u.test(final) && anyTone !== '\u0323' ? '\u0301' : anyTone;
      const word = initial + placeTone(vowels, final !== '', tone) + final;
      if (letterCase === 'upper') return word.toLocaleUpperCase('vi');
      if (letterCase === 'capital') return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
      return word;
    });
}
