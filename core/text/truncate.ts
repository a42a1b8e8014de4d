/** Cutting text to a length in UTF-16 units (what file systems and MAX_PATH count) without splitting a character. */

const ELLIPSIS = '…';

/**
 * The longest start of `text` within `maxUnits` UTF-16 units that does not end inside a surrogate pair (an emoji
 * or a rare CJK letter). Constant time: only the unit at the cut is looked at.
 */
export function sliceCodePoints(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  if (maxUnits <= 0) return '';
  const last = text.charCodeAt(maxUnits - 1);
  const next = text.charCodeAt(maxUnits);
  const splitsPair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return text.slice(0, splitsPair ? maxUnits - 1 : maxUnits);
}

/**
 * `text` within `maxUnits`, cut before the first word that does not fit, trailing punctuation dropped, nothing
 * added: for file names, where a "…" is one more odd character on a USB stick. A single word longer than the
 * room (rare: a pasted URL) is cut on a code point instead.
 */
export function cutOnWord(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  // A space right at maxUnits still ends a whole word.
  const cut = text.lastIndexOf(' ', maxUnits);
  const head = cut > 0 ? text.slice(0, cut) : sliceCodePoints(text, maxUnits);
  return head.replace(/[\s,;:.-]+$/u, '');
}

/** `text` within `maxUnits` as `cutOnWord` cuts it, the cut marked with "…" (for text on screen). */
export function truncateOnWord(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  return cutOnWord(text, maxUnits - ELLIPSIS.length) + ELLIPSIS;
}
