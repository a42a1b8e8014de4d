/**
 * File names that every target accepts: NTFS, FAT32/exFAT USB sticks (what offices carry reports on)
 * and Linux. Used by the renderer to propose a name and again by main on whatever the user typed,
 * because the dialog does not enforce Windows' rules (reliability-security M-06, I-09).
 *
 * Linear time: each step is one regex pass with no nested quantifiers (I-07).
 */
import { cutOnWord, sliceCodePoints } from './truncate';

/** Stems longer than this are cut so "E:\<folder>\<stem>.docx" stays well under MAX_PATH (260). */
export const MAX_STEM_UNITS = 120;
export const FALLBACK_STEM = 'bao-cao';
/**
 * Longer input is cut before any work, so a 5 MB paste costs microseconds (I-07). Report titles are
 * at most 2 000 characters (LIMITS.line), so real names are never affected.
 */
const MAX_INPUT_UNITS = 10_000;

// Path separators become "-" so "9/2025" stays readable as "9-2025".
const SEPARATORS = /[/\\|]/g;
// The rest of Windows' forbidden characters carry no meaning in a title: drop them.
const FORBIDDEN = /[<>:"?*]/g;
// Controls (incl. tab/newline) become a space; format chars (bidi overrides such as U+202E, ZWJ,
// soft hyphen) and lone surrogates are dropped so a name cannot masquerade as another extension.
const CONTROLS = /\p{Cc}/gu;
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;
const SPACES = /\s+/gu;
// Windows reserves these device names whatever the extension ("CON.tar.docx" too).
const RESERVED_BASE = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Returns "stem.ext", safe on Windows, FAT and Linux; never empty, always NFC. */
export function safeFileName(stem: string, ext: string): string {
  const safeStem = safeStemOf(stem);
  const safeExt = ext
    .normalize('NFC')
    .replace(/^\.+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
  return safeExt === '' ? safeStem : `${safeStem}.${safeExt}`;
}

function safeStemOf(stem: string): string {
  let s = sliceCodePoints(stem, MAX_INPUT_UNITS)
    .normalize('NFC')
    .replace(CONTROLS, ' ')
    .replace(INVISIBLE, '')
    .replace(SEPARATORS, '-')
    .replace(FORBIDDEN, '')
    // Removing a character can leave a base letter next to a combining mark: compose again.
    .normalize('NFC')
    .replace(SPACES, ' ');
  s = trimDotsAndSpaces(s);
  s = avoidReservedName(s);
  s = trimDotsAndSpaces(capLength(s, MAX_STEM_UNITS));
  return s === '' ? FALLBACK_STEM : s;
}

/**
 * Windows drops trailing dots and spaces (so "báo cáo." and "báo cáo" collide) and a leading dot
 * hides the file on Linux. A loop rather than /[.\s]+$/, which is quadratic on ". . . x".
 */
function trimDotsAndSpaces(text: string): string {
  const isEdge = (ch: string) => ch === '.' || ch === ' ';
  let start = 0;
  let end = text.length;
  while (start < end && isEdge(text.charAt(start))) start++;
  while (end > start && isEdge(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

function avoidReservedName(stem: string): string {
  const dot = stem.indexOf('.');
  const base = (dot === -1 ? stem : stem.slice(0, dot)).trimEnd();
  if (!RESERVED_BASE.test(base)) return stem;
  return `${base}_${stem.slice(base.length)}`;
}

/**
 * Cuts on a word boundary when the room holds one ("…nông nghiệp" rather than "…nông nghiệp h"), else at a
 * grapheme boundary so neither a surrogate pair nor a letter+mark is split.
 */
function capLength(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  if (text.lastIndexOf(' ', maxUnits) > 0) return cutOnWord(text, maxUnits);
  let end = 0;
  // Segment only a window past the cap: Intl.Segmenter prepares the whole string it is given.
  for (const { segment, index } of graphemes.segment(text.slice(0, maxUnits + 64))) {
    if (index + segment.length > maxUnits) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
