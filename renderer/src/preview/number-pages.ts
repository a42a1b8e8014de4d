/**
 * Writes the DOCX's page numbers onto the laid-out pages. Paged.js counts pages straight through; a Phụ lục
 * numbered from 1 again or not at all (a DOCX section of its own) must print as Word prints it. Each page
 * sets the page counter its header shows (counter-set) or is marked to show none, and carries the number it
 * prints for the page indicator. Left as Paged.js drew them when the sections could not be told apart.
 */
import type { DocxSectionFacts } from './docx-section-facts';
import { NO_PAGE_NUMBER_CLASS, SECTION_ATTR } from './docx-flow';
import { printedPageNumbers } from './page-numbering';

export const PRINTED_NUMBER_ATTR = 'data-printed-number';
export const PAGE_SECTION_ATTR = 'data-page-section';

export function numberPages(pages: readonly HTMLElement[], sections: readonly DocxSectionFacts[]): void {
  if (sections.length === 0) return;
  const pageSections: number[] = [];
  for (const page of pages) {
    const marked = page.querySelector(`[${SECTION_ATTR}]`)?.getAttribute(SECTION_ATTR);
    // A page with no marked part (cannot happen for a drawn page) stays in the section of the page before.
    const section = marked != null ? Number(marked) : pageSections[pageSections.length - 1];
    if (section === undefined || !Number.isInteger(section) || section >= sections.length) return;
    pageSections.push(section);
  }
  printedPageNumbers(pageSections, sections).forEach((number, i) => {
    const page = pages[i]!;
    page.setAttribute(PAGE_SECTION_ATTR, String(pageSections[i]));
    page.setAttribute(PRINTED_NUMBER_ATTR, number === null ? '' : String(number));
    page.classList.toggle(NO_PAGE_NUMBER_CLASS, number === null);
    if (number !== null) page.style.setProperty('counter-set', `page ${number}`);
  });
}
