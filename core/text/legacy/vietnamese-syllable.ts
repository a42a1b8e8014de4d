/**
 * Does a word read as one Vietnamese syllable? Legacy-encoding detection decodes candidate words and counts
 * those that become real syllables: "nh©n" → "nhân" does, French "élève" or "Gómez" decoded the same way do not.
 * The check is on spelling only (initial consonant, vowel cluster, final consonant, at most one tone mark).
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const INITIALS = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])';
const VOWEL_CLUSTERS = [
  'iêu',
  'yêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyê',
  'uyu',
  'uêu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ưu',
  'ươ',
  'yê',
  'oo',
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
];
const FINALS = '(?:ch|ng|nh|[cmnpt])';
const SYLLABLE = new RegExp(`^${INITIALS}?(?:${VOWEL_CLUSTERS.join('|')})${FINALS}?$`, 'u');

/** A syllable closed by c, ch, p or t is read with the sắc or nặng tone only ("kết", "tập", never "kễt"). */
const STOP_FINAL = /(?:c|ch|p|t)$/u;
const STOP_TONES = new Set(['\u0301', '\u0323']);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(bare)) return false;
  const [tone] = tones; // at most one, checked above
  return !(STOP_FINAL.test(bare) && tone !== undefined && !STOP_TONES.has(tone));
}

/** Letters only Vietnamese uses (beyond Latin-1): ă â… with tones, đ, ơ, ư and the U+1EA0–U+1EF9 block. */
export const VIETNAMESE_ONLY_LETTER = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/u;
