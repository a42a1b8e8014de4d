/**
 * docx-preview draws one sheet per explicit page break or DOCX section, each as tall as its content, with that
 * sheet's footnotes at its end. This turns those sheets into one flow for Paged.js: the blocks of every sheet in
 * order, each sheet's geometry (page size and margins, read from the sheet docx-preview drew from w:sectPr) as a
 * named @page, footnotes moved back to their call so they land at the foot of the call's page, and the DOCX's
 * keep-with-next, page-break-before and repeated header rows as the attributes Paged.js breaks by.
 */
import type { BodyBlockFlags, DocxLayoutFacts } from './docx-body-flags';

export interface FlowOptions {
  /** docx-preview's class name (its scoped styles are written against it). */
  className: string;
  pageNumberPt: number;
  /** Page 1 carries no number (the rule-set's "different first page"). */
  hideOnFirstPage: boolean;
  /** Distance of the header (the page number) from the top edge of the sheet. */
  headerDistanceMm: number;
}

export interface DocxFlow {
  content: DocumentFragment;
  /** The @page rules and break rules, for Paged.js. */
  css: string;
  /**
   * Rules Paged.js must not rewrite, put in the document as they are: the sheet size of each named page (Paged.js
   * sizes only the page box of a named page, so a landscape Phụ lục would be cut on a portrait sheet) and its
   * paper size when printed (important: Chromium lets a later unnamed @page, such as the one Paged.js writes,
   * override a named page's size), and the rule that leaves a page without its number.
   */
  sheetCss: string;
}

/** Marks the signature block (the last table holding "Nơi nhận") so the page it starts on can be found. */
export const SIGNATURE_ATTR = 'data-signature-block';

const PAGE_FONT = "'Times New Roman', 'Liberation Serif', serif";

function pageRule(name: string, sheet: CSSStyleDeclaration): string {
  const margin = [sheet.paddingTop, sheet.paddingRight, sheet.paddingBottom, sheet.paddingLeft].join(' ');
  return `@page ${name} { size: ${sheet.width} ${sheet.minHeight}; margin: ${margin}; }`;
}

function sheetRule(name: string, sheet: CSSStyleDeclaration): string {
  const [w, h] = [sheet.width, sheet.minHeight];
  const vars = ['', '-left', '-right'].map((side) => `--pagedjs-width${side}: ${w}; --pagedjs-height${side}: ${h};`);
  return `.pagedjs_${name}_page { ${vars.join(' ')} }
@media print { @page ${name} { size: ${w} ${h} !important; margin: 0; } .pagedjs_${name}_page { page: ${name}; } }`;
}

/** Marks a page that prints no number (page-numbers.ts decides which, as the DOCX does). */
export const NO_PAGE_NUMBER_CLASS = 'pv-no-page-number';
/** On each part of the flow: the DOCX section (0-based) its blocks are in. */
export const SECTION_ATTR = 'data-docx-section';

const NO_NUMBER_RULE = `.pagedjs_page.${NO_PAGE_NUMBER_CLASS} .pagedjs_margin-top-center > .pagedjs_margin-content::after {
  content: none;
}`;

function sharedRules(o: FlowOptions, defaultFontPt: number, first: CSSStyleDeclaration | undefined): string {
  const number = o.hideOnFirstPage ? '@page :first { @top-center { content: none; } }' : '';
  // The unnamed page gets the first sheet's geometry too: it is what printing (and printToPDF) takes as the
  // paper size, where Paged.js's own default is US Letter.
  const geometry = first
    ? `size: ${first.width} ${first.minHeight}; margin: ${first.paddingTop} ${first.paddingRight} ${first.paddingBottom} ${first.paddingLeft};`
    : '';
  return `
@page {
  ${geometry}
  @top-center {
    content: counter(page);
    vertical-align: top;
    padding-top: ${o.headerDistanceMm}mm;
    font-family: ${PAGE_FONT};
    font-size: ${o.pageNumberPt}pt;
  }
}
${number}
/* docx-preview styles the runs; the paragraphs themselves would inherit the app's font and 1.5 line height,
   whose strut makes every single-spaced line (table cells) taller than in Word. */
.${o.className} { font-family: ${PAGE_FONT}; font-size: ${defaultFontPt}pt; line-height: normal; }
.pv-note { float: footnote; }
/* Word's note reference: a raised number (Paged.js asks the font for superscript glyphs, which Times lacks). */
.pagedjs_area [data-footnote-call]::after {
  vertical-align: super; font-size: 65%; line-height: 0; font-variant-position: normal;
}
/* The note's own paragraphs keep their size and spacing; its number is raised before the first, as in Word. */
.pagedjs_area [data-note='footnote'] { display: block; font-size: 10pt; line-height: normal; }
.pagedjs_area [data-note='footnote'] > p:first-child::before {
  content: counter(footnote-marker); vertical-align: super; font-size: 65%; line-height: 0;
}
.pv-keep { break-inside: avoid; }
.${o.className} td { break-inside: avoid; }
.${o.className} .pagedjs_footnote_area p { text-align: justify; }
`;
}

/** Footnote calls (docx-preview's <sup>) get their note's content back, in a span Paged.js floats to the foot. */
function moveFootnotesInline(sheet: HTMLElement): void {
  const list = Array.from(sheet.children).find((c) => c.tagName === 'OL');
  if (!list) return;
  const notes = Array.from(list.children);
  const calls = Array.from(sheet.querySelectorAll(':scope > article sup'));
  calls.forEach((call, i) => {
    const note = notes[i];
    if (!note) return;
    const span = document.createElement('span');
    span.className = 'pv-note';
    span.append(...Array.from(note.childNodes));
    call.replaceWith(span);
  });
  list.remove();
}

/** The DOCX's flags can be trusted only when they line up block for block with what docx-preview drew. */
function alignedWith(blocks: readonly HTMLElement[], flags: readonly BodyBlockFlags[]): boolean {
  return (
    blocks.length === flags.length && blocks.every((b, i) => (flags[i]?.kind === 'table') === (b.tagName === 'TABLE'))
  );
}

/** Keep-with-next chains become one unbreakable group, and the block after them may not start a page. */
function applyKeeps(blocks: HTMLElement[], flags: readonly BodyBlockFlags[]): void {
  let i = 0;
  while (i < blocks.length) {
    const flag = flags[i]!; // i < blocks.length === flags.length
    const block = blocks[i]!;
    if (flag.pageBreakBefore) block.dataset.breakBefore = 'page';
    if (flag.kind === 'table' && flag.headerRows > 0) markHeaderRows(block, flag.headerRows);
    if (!flag.keepNext) {
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < blocks.length && flags[end + 1]?.keepNext) end += 1;
    const chain = blocks.slice(i, end + 1);
    if (chain.length > 1) {
      const group = document.createElement('div');
      group.className = 'pv-keep';
      chain[0]!.before(group);
      group.append(...chain);
    }
    const next = blocks[end + 1];
    if (next) {
      next.dataset.breakBefore = next.dataset.breakBefore ?? 'avoid';
      next.dataset.previousBreakAfter = 'avoid';
    }
    for (let k = i + 1; k <= end; k += 1) {
      const f = flags[k];
      if (f?.kind === 'table' && f.headerRows > 0) markHeaderRows(blocks[k]!, f.headerRows);
    }
    i = end + 1;
  }
}

/** Header rows go into a <thead>, which the paginator repeats on every page the table runs onto. */
function markHeaderRows(table: HTMLElement, count: number): void {
  const rows = Array.from(table.children).filter((c) => c.tagName === 'TR');
  if (rows.length <= count) return;
  const head = document.createElement('thead');
  rows[0]!.before(head);
  head.append(...rows.slice(0, count));
  const body = document.createElement('tbody');
  head.after(body);
  body.append(...rows.slice(count));
}

export function docxToFlow(rendered: HTMLElement, facts: DocxLayoutFacts, o: FlowOptions): DocxFlow {
  const sheets = Array.from(rendered.querySelectorAll<HTMLElement>(`section.${o.className}`));
  const content = document.createDocumentFragment();
  const pageNames = new Map<string, string>();
  const rules: string[] = [];
  const sheetRules: string[] = [];
  const blocks: HTMLElement[] = [];
  const parts: { part: HTMLElement; firstBlock: number }[] = [];
  sheets.forEach((sheet, i) => {
    const s = sheet.style;
    const key = [s.width, s.minHeight, s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].join(' ');
    let name = pageNames.get(key);
    if (!name) {
      name = `trang${pageNames.size}`;
      pageNames.set(key, name);
      rules.push(pageRule(name, s));
      sheetRules.push(sheetRule(name, s));
    }
    moveFootnotesInline(sheet);
    const part = document.createElement('div');
    part.className = 'pv-part';
    part.dataset.page = name;
    if (i > 0) part.dataset.breakBefore = 'page';
    parts.push({ part, firstBlock: blocks.length });
    for (const article of Array.from(sheet.querySelectorAll(':scope > article'))) {
      for (const el of Array.from(article.children)) {
        if (el instanceof HTMLElement) {
          blocks.push(el);
          part.append(el);
        }
      }
    }
    content.append(part);
  });
  const signature = blocks.filter((b) => b.tagName === 'TABLE' && /Nơi nhận/.test(b.textContent)).pop();
  signature?.setAttribute(SIGNATURE_ATTR, '');
  if (alignedWith(blocks, facts.blocks)) {
    applyKeeps(blocks, facts.blocks);
    // Each sheet docx-preview drew is in one DOCX section (it starts a new sheet at every section break).
    for (const { part, firstBlock } of parts) {
      const section = facts.blocks[firstBlock]?.section;
      if (section !== undefined) part.setAttribute(SECTION_ATTR, String(section));
    }
  }
  return {
    content,
    css: `${sharedRules(o, facts.defaultFontPt, sheets[0]?.style)}\n${rules.join('\n')}`,
    sheetCss: [...sheetRules, NO_NUMBER_RULE].join('\n'),
  };
}
