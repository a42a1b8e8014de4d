import { describe, expect, it } from 'vitest';
import type { DocxSectionFacts } from './docx-section-facts';
import { printedPageNumbers } from './page-numbering';

const report: DocxSectionFacts = { restartAt: null, titlePage: true, defaultNumbered: true, firstNumbered: false };
const landscapeContinued: DocxSectionFacts = {
  restartAt: null,
  titlePage: false,
  defaultNumbered: true,
  firstNumbered: null,
};
const restarted: DocxSectionFacts = { restartAt: 1, titlePage: true, defaultNumbered: true, firstNumbered: false };
const unnumbered: DocxSectionFacts = { restartAt: null, titlePage: false, defaultNumbered: false, firstNumbered: null };

describe('printedPageNumbers', () => {
  it('numbers the report from page 2 and a continued Phụ lục on from it, its first page included', () => {
    expect(printedPageNumbers([0, 0, 0, 1, 1], [report, landscapeContinued])).toEqual([null, 2, 3, 4, 5]);
  });

  it('starts a restarted Phụ lục at 1 without a number on its first page, as the report', () => {
    expect(printedPageNumbers([0, 0, 1, 1, 1], [report, restarted])).toEqual([null, 2, null, 2, 3]);
  });

  it('prints nothing on an unnumbered Phụ lục but counts its pages, and the next one goes on from there', () => {
    expect(printedPageNumbers([0, 0, 1, 1, 2, 3], [report, restarted, unnumbered, landscapeContinued])).toEqual([
      null,
      2,
      null,
      2,
      null,
      4,
    ]);
  });

  it('a section without headers of its own takes those of the section before', () => {
    const bare: DocxSectionFacts = { restartAt: null, titlePage: false, defaultNumbered: null, firstNumbered: null };
    expect(printedPageNumbers([0, 0, 1], [report, bare])).toEqual([null, 2, 3]);
    expect(printedPageNumbers([0, 1], [unnumbered, bare])).toEqual([null, null]);
  });
});
