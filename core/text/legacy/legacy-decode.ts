/**
 * Decoding text typed in the pre-Unicode Vietnamese encodings, as it arrives from the clipboard or Word HTML:
 * the legacy bytes read as Windows-1252 characters ("Uû ban nh©n d©n" for TCVN3, "Vieät Nam" for VNI).
 * Characters that are not part of the encoding (ASCII, punctuation, letters already in Unicode) pass through.
 */
import { TCVN3_TO_UNICODE } from './tcvn3-table';
import { VNI_BASES, VNI_TO_UNICODE } from './vni-table';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface DecodeOptions {
  /**
   * What the font says about capitals. true: an upper-case font (.VnTimeH, .VnArialH …), whose lower-case
   * code points draw as capitals, so the whole text is upper-cased after mapping. false: an ordinary font, the
   * letters are as drawn. Absent (plain text, no font known): capitals are inferred word by word.
   */
  uppercaseFont?: boolean | undefined;
}

/** One legacy letter found in the text: where it is, what it becomes, and how telling it is. */
export interface LegacyUnit {
  index: number;
  length: number;
  unicode: string;
  /**
   * True when the legacy characters cannot be ordinary Unicode Vietnamese ("©" for â, "Ö" for ệ in TCVN3; a
   * tone byte after a vowel in VNI). Ordinary Vietnamese letters that an encoding reuses ("ã" is ó in TCVN3,
   * "oà" is ồ in VNI) decode too but prove nothing on their own.
   */
  strong: boolean;
}

/** The Unicode letters that Windows-1252 shares with Vietnamese: TCVN3/VNI reuse them, so they prove little. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

export function tcvn3Units(text: string): LegacyUnit[] {
  const units: LegacyUnit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const unicode = TCVN3_TO_UNICODE[ch];
    if (unicode !== undefined) units.push({ index: i, length: 1, unicode, strong: !VIETNAMESE_LATIN1.has(ch) });
  }
  return units;
}

/** VNI bytes that are never ordinary Vietnamese letters or only ever follow a vowel as a tone/shape mark. */
const VNI_STRONG_SINGLE = new Set('ñæîöÑÆÎÖ');
const VNI_WEAK_PAIR_ACCENT = new Set('âáàãÂÁÀÃ');

const flipCase = (ch: string) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase());

export function vniUnits(text: string): LegacyUnit[] {
  const units: LegacyUnit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (next !== undefined && VNI_BASES.has(ch)) {
      // The accent byte normally has the base letter's case; a mismatched one (typed with Caps Lock) still counts.
      const pair = VNI_TO_UNICODE.get(ch + next) ?? VNI_TO_UNICODE.get(ch + flipCase(next));
      if (pair !== undefined) {
        const unicode = ch === ch.toUpperCase() ? pair.toUpperCase() : pair.toLowerCase();
        units.push({
          index: i,
          length: 2,
          unicode,
          strong: !VNI_WEAK_PAIR_ACCENT.has(next) || VNI_STRONG_SINGLE.has(ch),
        });
        i++;
        continue;
      }
    }
    const single = VNI_TO_UNICODE.get(ch);
    if (single !== undefined) units.push({ index: i, length: 1, unicode: single, strong: VNI_STRONG_SINGLE.has(ch) });
  }
  return units;
}

export function legacyUnits(text: string, encoding: LegacyEncoding): LegacyUnit[] {
  return encoding === 'tcvn3' ? tcvn3Units(text) : vniUnits(text);
}

function applyUnits(text: string, units: readonly LegacyUnit[]): string {
  let out = '';
  let at = 0;
  for (const u of units) {
    out += text.slice(at, u.index) + u.unicode;
    at = u.index + u.length;
  }
  return out + text.slice(at);
}

const WORD = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;
const hasLower = (s: string) => /[a-z]/u.test(s);
const upperCount = (s: string) => s.match(/[A-Z]/gu)?.length ?? 0;

/**
 * Legacy encodings had no capitals with tone marks: capitals were typed in an upper-case font, as lower-case
 * codes next to capital ASCII letters ("HUYÖN" shows as HUYỆN in .VnTimeH). Without the font name, a decoded
 * word whose ASCII letters are all capitals (two or more, or a line with no small ASCII letter at all) is such
 * a word and is upper-cased; "Uû ban" (Uỷ ban) keeps its case.
 */
function restoreCapitals(original: string, decoded: string): string {
  return decoded
    .split('\n')
    .map((line, i) => {
      const originalLine = original.split('\n')[i] ?? '';
      const capsLine = !hasLower(originalLine) && upperCount(originalLine) >= 3;
      return line.replace(WORD, (word) => {
        if (word === word.toLocaleUpperCase('vi') || hasLower(word.replace(/[^A-Za-z]/gu, ''))) return word;
        return capsLine || upperCount(word) >= 2 ? word.toLocaleUpperCase('vi') : word;
      });
    })
    .join('\n');
}

function decode(text: string, encoding: LegacyEncoding, options: DecodeOptions): string {
  const units = legacyUnits(text, encoding);
  const mapped = applyUnits(text, units).normalize('NFC');
  if (options.uppercaseFont === true) return mapped.toLocaleUpperCase('vi');
  // VNI has capital codes of its own ("Ö" is Ư), so a small "ö" after capitals ("Kö AI") is a small ư: only
  // TCVN3's capitals-by-font need restoring.
  if (options.uppercaseFont === false || units.length === 0 || encoding === 'vni') return mapped;
  return restoreCapitals(text, mapped);
}

/** TCVN3 (ABC, the .Vn* fonts) or VNI-Windows (the VNI-* fonts) → Unicode NFC. */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  return decode(text, encoding, options);
}
