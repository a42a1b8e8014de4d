/**
 * A word an office added to its own dictionary ("Thêm vào từ điển của đơn vị"): local names of villages and
 * people written in lower case, loanwords, terms of its field. Kept per organisation profile; with no profile
 * yet, under NO_PROFILE until one exists.
 */
import { toToneStyle } from '../../../core/text/tone-style';

export interface OfficeWord {
  profileId: string;
  /** `officeWordKey` of the word: lower-case, NFC, mark on the first vowel ("hoà" and "hòa" are one entry). */
  word: string;
  addedAt: number;
}

export const NO_PROFILE = '';
/** No word of Vietnamese (or a loanword) is longer; a longer "word" is pasted junk, never stored. */
export const OFFICE_WORD_MAX_LENGTH = 40;

export function officeWordKey(word: string): string {
  return toToneStyle(word.normalize('NFC').toLowerCase(), 'first-vowel');
}
