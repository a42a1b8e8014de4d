/**
 * Folds Vietnamese text for comparison: no diacritics, lower case, single spaces. NFD splits a letter from its
 * marks so the marks can be dropped; "đ" is a separate letter, not a mark, so it is mapped by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
