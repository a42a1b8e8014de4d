/**
 * Lays a docx-preview drawing out on A4 pages with Paged.js (MIT, maintained by the Coko Foundation): the
 * paged-media engine breaks lines, rows and blocks by the rendered heights, floats footnotes to the foot of their
 * page and writes the page numbers into the header box. Imported on demand: Paged.js is about 100 KB gzip and
 * only the page preview needs it. It measures as it lays out, so the stage must be in the document (hidden).
 */
import { Handler, Previewer, registerHandlers, type Chunker, type Polisher } from 'pagedjs';
import { docxToFlow, type FlowOptions } from './docx-flow';
import type { DocxLayoutFacts } from './docx-body-flags';
import { numberPages } from './number-pages';

/**
 * Word repeats a table's header rows (w:tblHeader) at the top of every page the table runs onto; Paged.js does
 * not. When a table continues on a new page (its copy carries data-split-from), the source's <thead> is put in
 * front of the first row as that row is laid out, so the page's height check already counts it.
 */
class RepeatTableHeader extends Handler {
  constructor(chunker: Chunker, polisher: Polisher, caller: unknown) {
    super(chunker, polisher, caller);
  }
  renderNode(clone: Node, node: Node): void {
    if (!(clone instanceof HTMLTableRowElement) || !(node instanceof HTMLTableRowElement)) return;
    const table = clone.closest('table');
    const sourceHead = node.closest('table')?.tHead;
    if (!table?.dataset.splitFrom || !sourceHead || table.tHead || clone.parentElement?.tagName !== 'TBODY') return;
    const head = sourceHead.cloneNode(true) as HTMLTableSectionElement;
    for (const el of [head, ...Array.from(head.querySelectorAll('*'))]) el.removeAttribute('data-ref');
    table.insertBefore(head, clone.parentElement);
  }
}

let handlersRegistered = false;

export interface PaginatedDrawing {
  /** The `.pagedjs_pages` element with one `.pagedjs_page` per page. */
  pages: HTMLElement;
  /** Removes the styles Paged.js put into the document head for this drawing. */
  dispose: () => void;
}

/**
 * @param rendered docx-preview's output (its sheets; consumed).
 * @param stage an element in the document, laid out but invisible, into which the pages are drawn.
 */
export async function paginateFlow(
  rendered: HTMLElement,
  facts: DocxLayoutFacts,
  options: FlowOptions,
  stage: HTMLElement,
): Promise<PaginatedDrawing> {
  if (!handlersRegistered) {
    registerHandlers(RepeatTableHeader);
    handlersRegistered = true;
  }
  const flow = docxToFlow(rendered, facts, options);
  const sheets = document.createElement('style');
  sheets.textContent = flow.sheetCss;
  document.head.append(sheets);
  const previewer = new Previewer();
  const dispose = () => {
    previewer.polisher.destroy();
    sheets.remove();
  };
  try {
    await previewer.preview(flow.content, [{ 'trang-in.css': flow.css }], stage);
  } catch (error) {
    dispose();
    throw error;
  }
  const pages = stage.querySelector<HTMLElement>('.pagedjs_pages');
  if (!pages) {
    dispose();
    throw new Error('Paged.js drew no pages');
  }
  numberPages(Array.from(pages.querySelectorAll<HTMLElement>('.pagedjs_page')), facts.sections);
  return { pages, dispose };
}
