/** Vietnamese number formatting (SPEC §13.1): "." groups thousands, "," marks decimals. */

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

export function formatDecimal(n: number): string {
  return decimalFormat.format(n);
}

/**
 * Groups the thousands of bare integers of five digits or more found in a table cell ("6000000" → "6.000.000").
 * Four-digit numbers are left alone because they are usually years; ratios ("4/4") and numbers already grouped
 * ("2.731") are untouched.
 */
export function groupThousandsInText(text: string): string {
  return text.replace(/(?<![\d.,/])\d{5,}(?![\d.,/])/g, (digits) => formatInteger(Number(digits)));
}

/** How a number was written, so a computed value can be written back the same way. */
export interface ViNumber {
  value: number;
  /** Digits after the decimal comma as written ("87,80" → 2). */
  decimals: number;
  /** Thousands were grouped with "." ("1.284"). */
  grouped: boolean;
  /** An explicit "+" ("+3,4"): a change column writes its increases signed. */
  plus: boolean;
  /** Ends with "%". */
  percent: boolean;
}

// Sign, then either dot-grouped thousands or plain digits, optional decimal comma, optional percent. Minus signs
// typed in Word arrive as "−" (U+2212) or "–" (U+2013). Bounded quantifiers: linear on any input.
const VI_NUMBER = /^([+\-−–])?\s?(\d{1,3}(?:\.\d{3})+|\d{1,15})(?:,(\d{1,6}))?\s?(%)?$/u;

/** Word and web pages put no-break (U+00A0), narrow no-break (U+202F), thin or figure spaces before "%". */
const SPACES = /[\u00a0\u2007\u2009\u202f]/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;
/** A table cell longer than this is prose, not a number; not even looked at. */
const MAX_NUMBER_TEXT = 64;

/**
 * Reads a number written the Vietnamese way (SPEC §13.1): "1.284", "87,8", "+3,4", "-4", "12,5%", "2.731.000".
 * Returns null for anything else (text, ratios like "4/4", "1.5" written with a decimal point, empty cells), so a
 * caller can tell "not a number" from zero. No-break spaces ("12,5 %") and decomposed (NFD) input are accepted.
 */
export function parseViNumber(text: string): ViNumber | null {
  if (text.length > MAX_NUMBER_TEXT) return null;
  // Plain ASCII (nearly every figure) needs no normalising.
  const plain = PRINTABLE_ASCII.test(text) ? text : text.normalize('NFC').replace(SPACES, ' ');
  const m = VI_NUMBER.exec(plain.trim());
  if (!m) return null;
  const [, sign, whole = '', fraction, percent] = m;
  const magnitude = Number(`${whole.replace(/\./g, '')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(magnitude)) return null;
  const negative = sign !== undefined && sign !== '+';
  return {
    value: negative ? -magnitude : magnitude,
    decimals: fraction?.length ?? 0,
    grouped: whole.includes('.'),
    plus: sign === '+',
    percent: percent !== undefined,
  };
}

/** True when a table cell holds only a number (or percentage): such cells are right-aligned by default. */
export function isViNumber(text: string): boolean {
  return parseViNumber(text) !== null;
}

/**
 * Writes `value` in the style of `like` (decimals, "+", "%"; thousands grouped when `like` was, or when the result
 * has five digits or more); without `like`, grouped, with at most 2 decimals and no trailing zeros. Used when a
 * total or a difference is recomputed.
 */
export function formatViNumber(value: number, like?: Omit<ViNumber, 'value'>): string {
  let fixed = Math.abs(value).toFixed(like ? like.decimals : 2);
  if (!like) fixed = fixed.replace(/\.?0+$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const group = !like || like.grouped || whole.length >= 5;
  const digits = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const negative = value < 0 && /[1-9]/.test(fixed);
  const sign = negative ? '-' : like?.plus && value > 0 ? '+' : '';
  return `${sign}${digits}${fraction ? `,${fraction}` : ''}${like?.percent ? '%' : ''}`;
}

/** The value of one unit in the last place written: 1 for "12", 0,1 for "87,8" (half of it is the rounding). */
export function lastPlaceUnit(n: Pick<ViNumber, 'decimals'>): number {
  return 10 ** -n.decimals;
}
