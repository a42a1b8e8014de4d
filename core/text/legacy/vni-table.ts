/**
 * VNI-Windows (the VNI-Times, VNI-Helve … fonts) as the clipboard and Word HTML deliver it: the legacy bytes read
 * as Windows-1252. A letter is written as its base letter followed by one accent byte ("Vieät" = Việt), except
 * đ (ñ), ơ/ư (ô/ö, which take a tone byte themselves) and the i/ỵ letters, which have bytes of their own.
 * Upper-case letters take the upper-case accent bytes ("VIEÄT"). The table is built from the scheme rather than
 * listed, and checked against independently written rows in the unit test (as published by VNI and used by
 * the open-source Vietnamese keyboards, e.g. xvnkb's vni.h).
 */

/** Accent bytes (lower-case form; the upper-case form is `toUpperCase()` of it). */
const TONE_BYTES = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' } as const;
const CIRCUMFLEX_BYTES = { none: 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' } as const;
const BREVE_BYTES = { none: 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' } as const;

type Tone = keyof typeof TONE_BYTES;
const COMBINING: Record<Tone | 'none', string> = {
  none: '',
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const TONES: readonly (Tone | 'none')[] = ['none', 'acute', 'grave', 'hook', 'tilde', 'dot'];

const withTone = (letter: string, tone: Tone | 'none') => (letter + COMBINING[tone]).normalize('NFC');

function buildLowerCase(): [string, string][] {
  const rows: [string, string][] = [];
  // Plain vowels with a tone byte after them; ơ and ư are one byte each (ô, ö) and take a tone byte too.
  for (const [vni, letter] of [
    ['a', 'a'],
    ['e', 'e'],
    ['o', 'o'],
    ['u', 'u'],
    ['y', 'y'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
  ] as const) {
    for (const tone of TONES) {
      if (tone === 'none') {
        if (vni !== letter) rows.push([vni, letter]);
      } else rows.push([vni + TONE_BYTES[tone], withTone(letter, tone)]);
    }
  }
  // â, ê, ô: the circumflex byte carries the tone as well.
  for (const [base, letter] of [
    ['a', 'â'],
    ['e', 'ê'],
    ['o', 'ô'],
  ] as const) {
    for (const tone of TONES) rows.push([base + CIRCUMFLEX_BYTES[tone], withTone(letter, tone)]);
  }
  for (const tone of TONES) rows.push(['a' + BREVE_BYTES[tone], withTone('ă', tone)]);
  // Single bytes: the i letters, ỵ and đ.
  rows.push(['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'], ['ñ', 'đ']);
  return rows;
}

function buildTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [vni, letter] of buildLowerCase()) {
    table.set(vni, letter);
    table.set(vni.toUpperCase(), letter.toUpperCase());
  }
  return table;
}

/** VNI sequence (one or two characters) → Unicode letter (NFC). */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = buildTable();

/** The characters that can start a two-character VNI sequence. */
export const VNI_BASES: ReadonlySet<string> = new Set(
  [...VNI_TO_UNICODE.keys()].filter((k) => k.length === 2).map((k) => k.charAt(0)),
);
