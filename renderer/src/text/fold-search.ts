/**
 * Search that forgives missing diacritics and case: clerks often type "bao cao so ket" for "Báo cáo sơ kết".
 * NFD splits a letter from its marks so the marks can be dropped; "đ" is a separate letter, not a mark,
 * so it is mapped by hand.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears somewhere in the text, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(text);
  return words.every((w) => folded.includes(w));
}
