/**
 * What the clerk needs to know about the laid-out pages: how many, where each section's heading falls, and whether
 * the signature block starts a page with nothing of the report above it.
 */
import type { Report, Section } from '../../../core/model/report-schema';
import { SIGNATURE_ATTR } from './docx-flow';
import { headingPages } from './heading-pages';
import { PAGE_SECTION_ATTR, PRINTED_NUMBER_ATTR } from './number-pages';
import type { PaginationResult } from './pagination-result';

export const PAGE_SELECTOR = '.pagedjs_page';
const CONTENT_SELECTOR = '.pagedjs_page_content';

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** The page's body text, one paragraph a line (footnotes and the page number left out). */
export function pageBodyText(page: Element): string {
  const content = page.querySelector(CONTENT_SELECTOR);
  if (!content) return '';
  return Array.from(content.querySelectorAll('p'))
    .map((p) => p.textContent)
    .join('\n');
}

function startsPageAlone(block: Element): boolean {
  const content = block.closest(CONTENT_SELECTOR);
  if (!content) return false;
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (block.contains(node)) return true;
    if (node.textContent?.trim()) return false;
  }
  return true;
}

export function analysePagination(pagesRoot: HTMLElement, report: Report): PaginationResult {
  const pages = Array.from(pagesRoot.querySelectorAll(PAGE_SELECTOR));
  const sections = flatten(report.sections);
  const found = headingPages(
    pages.map(pageBodyText),
    sections.map((s) => s.heading),
  );
  const sectionPages = new Map<string, number>();
  sections.forEach((s, i) => {
    const page = found[i];
    if (page) sectionPages.set(s.id, page);
  });
  const signature = pagesRoot.querySelector(`[${SIGNATURE_ATTR}]`);
  const printedPages = pages.every((p) => p.hasAttribute(PRINTED_NUMBER_ATTR))
    ? pages.map((p) => {
        const printed = p.getAttribute(PRINTED_NUMBER_ATTR);
        return { number: printed ? Number(printed) : null, apart: p.getAttribute(PAGE_SECTION_ATTR) !== '0' };
      })
    : [];
  return {
    pageCount: pages.length,
    sectionPages,
    signatureAlone: signature ? startsPageAlone(signature) : false,
    printedPages,
  };
}

/** 1-based page the signature block starts on, or null when the report has none. */
export function signaturePage(pagesRoot: HTMLElement): number | null {
  const signature = pagesRoot.querySelector(`[${SIGNATURE_ATTR}]`);
  const page = signature?.closest(PAGE_SELECTOR);
  if (!page) return null;
  return Array.from(pagesRoot.querySelectorAll(PAGE_SELECTOR)).indexOf(page) + 1;
}
