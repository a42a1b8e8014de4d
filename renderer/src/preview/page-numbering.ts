/**
 * The number Word prints on each laid-out page, from the DOCX's sections: the count runs on through every page
 * (also those that print no number) unless a section starts it again; a section's first page uses its
 * first-page header when it has "different first page", every other page the default header; a section without
 * a header of that kind inherits the one of the section before.
 */
import type { DocxSectionFacts } from './docx-section-facts';

/**
 * @param pageSections for each page in order, the index of the DOCX section it belongs to.
 * @returns for each page, the number printed in its header, or null when it prints none.
 */
export function printedPageNumbers(
  pageSections: readonly number[],
  sections: readonly DocxSectionFacts[],
): (number | null)[] {
  const inherited = sections.map(() => ({ default: false, first: false }));
  sections.forEach((s, i) => {
    const before = i > 0 ? inherited[i - 1]! : { default: false, first: false };
    inherited[i] = { default: s.defaultNumbered ?? before.default, first: s.firstNumbered ?? before.first };
  });
  let count = 0;
  return pageSections.map((section, i) => {
    const facts = sections[section];
    const firstOfSection = i === 0 || pageSections[i - 1] !== section;
    count = firstOfSection && facts?.restartAt != null ? facts.restartAt : count + 1;
    if (!facts) return count;
    const headers = inherited[section]!;
    const numbered = firstOfSection && facts.titlePage ? headers.first : headers.default;
    return numbered ? count : null;
  });
}
