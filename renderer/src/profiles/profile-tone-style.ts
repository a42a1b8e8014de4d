/**
 * The tone-mark style of a profile: how it is stored, and the labels the app shows for each style.
 */
import type { ToneStyle } from '../../../core/text/tone-style';

/**
 * The tone-mark style as profiles store it. The names were given the wrong way round: 'old' is the mark on the
 * second vowel ("hoà, uỷ"), which common usage calls kiểu mới. They stay as stored so that saved profiles keep
 * their meaning (and older versions still read new ones); code works with `ToneStyle` through `toneStyleOf`.
 */
export type StoredToneStyle = 'old' | 'new';
const TONE_STYLE_OF: Record<StoredToneStyle, ToneStyle> = { old: 'second-vowel', new: 'first-vowel' };

export function toneStyleOf(stored: StoredToneStyle): ToneStyle {
  return TONE_STYLE_OF[stored];
}

export function storedToneStyle(style: ToneStyle): StoredToneStyle {
  return style === 'second-vowel' ? 'old' : 'new';
}

/** As UniKey and common usage name them: "Đặt dấu oà, uý" is the new style. */
export const TONE_KINDS: Record<ToneStyle, string> = { 'second-vowel': 'kiểu mới', 'first-vowel': 'kiểu cũ' };
export const TONE_LABELS: Record<ToneStyle, string> = {
  'second-vowel': `hoà, uỷ (${TONE_KINDS['second-vowel']})`,
  'first-vowel': `hòa, ủy (${TONE_KINDS['first-vowel']})`,
};
/** The order the choices are offered in. */
export const TONE_STYLES: readonly ToneStyle[] = ['second-vowel', 'first-vowel'];
