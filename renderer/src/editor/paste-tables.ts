/**
 * Tables pasted from Word or LibreOffice, made readable for the editor's parse rules before ProseMirror sees
 * them: merged cells stay (colspan/rowspan, clipped to the table), column widths from `<col width>`, `width=`
 * or `style="width:…"` in pt/px/in/cm/% become the cells' `colwidth` at the editor's scale, an alignment set
 * on the cell's paragraphs (`<p align=center>`, Word's and LibreOffice's way) moves to the cell, header rows
 * (`<thead>`, `<th>`, Word's first row `mso-yfti-firstrow`, extended down to the bottom of a header cell
 * merged over several rows) become header cells, and empty filler paragraphs inside cells go.
 *
 * Left and top alignment are the defaults and are not kept: LibreOffice's XHTML and Word write them on every
 * cell, which would otherwise stop numbers from showing right-aligned.
 *
 * Runs on a DOM (the renderer's DOMParser); bounded by the caller's size cap and LIMITS.
 */
import { LIMITS } from '../../../core/model/report-schema';
import { EDITOR_TABLE_PX } from './column-widths';
import { MAX_HEADER_ROWS } from './editor-json';

const PX_PER = { px: 1, pt: 96 / 72, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 } as const;

/** A length as pixels; percentages as a share of the editor's table width. Null when absent or unreadable. */
export function lengthToPx(value: string | null | undefined): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(px|pt|in|cm|mm|%)?\s*$/i.exec(value ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  const px = unit === '%' ? (n / 100) * EDITOR_TABLE_PX : n * PX_PER[unit as keyof typeof PX_PER];
  return px > 0 && Number.isFinite(px) ? px : null;
}

function elementWidth(el: HTMLElement): number | null {
  return lengthToPx(el.style.width) ?? lengthToPx(el.getAttribute('width'));
}

function alignOf(el: HTMLElement): string | null {
  const a = (el.style.textAlign || el.getAttribute('align') || '').trim().toLowerCase();
  return a === 'center' || a === 'right' ? a : a === 'middle' ? 'center' : null;
}

interface Placed {
  cell: HTMLTableCellElement;
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
}

function place(rows: readonly HTMLTableRowElement[]): { cells: Placed[]; width: number } {
  const taken: boolean[][] = rows.map(() => []);
  const cells: Placed[] = [];
  let width = 0;
  rows.forEach((tr, r) => {
    let column = 0;
    for (const cell of Array.from(tr.cells)) {
      while (taken[r]![column]) column++;
      const colSpan = Math.min(Math.max(1, cell.colSpan || 1), LIMITS.tableColumns);
      // rowspan="0" means "to the end of the section".
      const rowSpan = Math.min(cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan || 1), rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![column + dc] = true;
      cells.push({ cell, row: r, column, colSpan, rowSpan });
      column += colSpan;
      width = Math.max(width, column);
    }
  });
  return { cells, width };
}

/** Per grid column: `<col>` widths first, then single-column cells' widths; scaled to the editor's table width. */
function columnWidths(table: HTMLTableElement, cells: readonly Placed[], width: number): number[] | null {
  const widths: (number | null)[] = Array.from({ length: width }, () => null);
  let c = 0;
  for (const col of Array.from(table.querySelectorAll<HTMLTableColElement>(':scope > colgroup > col, :scope > col'))) {
    const w = elementWidth(col);
    for (let k = 0; k < Math.max(1, col.span || 1) && c < width; k++, c++) widths[c] = w;
  }
  for (const p of cells) if (p.colSpan === 1 && widths[p.column] === null) widths[p.column] = elementWidth(p.cell);
  // A column only merged cells cover: its share of a merged cell's width beyond the known columns.
  for (const p of cells) {
    const unknown = Array.from({ length: p.colSpan }, (_, k) => p.column + k).filter((i) => widths[i] === null);
    const total = elementWidth(p.cell);
    if (!unknown.length || total === null) continue;
    const known = Array.from({ length: p.colSpan }, (_, k) => widths[p.column + k] ?? 0).reduce((a, b) => a + b, 0);
    if (total > known) for (const i of unknown) widths[i] = (total - known) / unknown.length;
  }
  const known = widths.filter((w): w is number => w !== null);
  if (!known.length) return null;
  const fill = known.reduce((a, b) => a + b, 0) / known.length;
  const filled = widths.map((w) => w ?? fill);
  const sum = filled.reduce((a, b) => a + b, 0);
  return filled.map((w) => Math.max(1, Math.round((w / sum) * EDITOR_TABLE_PX)));
}

function isWordFirstRow(tr: HTMLTableRowElement): boolean {
  return /mso-yfti-firstrow\s*:\s*yes/i.test(tr.getAttribute('style') ?? '');
}

/** Leading header rows: <thead> rows, rows of <th> only, or Word's first row; down to the bottom of their merged cells. */
function headerRowCount(rows: readonly HTMLTableRowElement[], cells: readonly Placed[]): number {
  let n = 0;
  while (n < rows.length && rows[n]!.parentElement?.tagName === 'THEAD') n++;
  if (n === 0)
    while (n < rows.length && rows[n]!.cells.length > 0 && Array.from(rows[n]!.cells).every((c) => c.tagName === 'TH'))
      n++;
  if (n === 0 && rows[0] && isWordFirstRow(rows[0])) n = 1;
  for (let grown = true; grown;) {
    grown = false;
    for (const p of cells) {
      if (p.row < n && p.row + p.rowSpan > n) {
        n = p.row + p.rowSpan;
        grown = true;
      }
    }
  }
  return Math.min(n, MAX_HEADER_ROWS);
}

function toHeaderCell(cell: HTMLTableCellElement): void {
  if (cell.tagName === 'TH') return;
  const th = cell.ownerDocument.createElement('th');
  for (const attr of Array.from(cell.attributes)) th.setAttribute(attr.name, attr.value);
  while (cell.firstChild) th.appendChild(cell.firstChild);
  cell.replaceWith(th);
}

function isFiller(p: Element): boolean {
  return (p.textContent ?? '').replace(/[\s\u00a0]+/g, '') === '' && !p.querySelector('img, sup[data-footnote]');
}

function normaliseCell(p: Placed, colwidth: readonly number[] | null): void {
  const { cell } = p;
  cell.setAttribute('colspan', String(p.colSpan));
  cell.setAttribute('rowspan', String(p.rowSpan));
  if (colwidth) cell.setAttribute('colwidth', colwidth.slice(p.column, p.column + p.colSpan).join(','));
  else cell.removeAttribute('colwidth');
  // The cell's own alignment, else the one all its paragraphs share; left is the default and is dropped.
  const paragraphs = Array.from(cell.querySelectorAll<HTMLElement>('p, div, h1, h2, h3, h4, h5, h6'));
  const own = alignOf(cell);
  const [first] = paragraphs;
  const shared = first && paragraphs.every((el) => alignOf(el) === alignOf(first)) ? alignOf(first) : null;
  cell.style.textAlign = '';
  cell.removeAttribute('align');
  const align = own ?? shared;
  if (align) cell.setAttribute('align', align);
  const v = (cell.style.verticalAlign || cell.getAttribute('valign') || '').toLowerCase();
  cell.style.verticalAlign = '';
  cell.removeAttribute('valign');
  if (v === 'middle' || v === 'center' || v === 'bottom') cell.setAttribute('valign', v);
  // Empty filler paragraphs (Word's <o:p>&nbsp;</o:p>, LibreOffice's <p><br></p>) go, unless the cell is only that.
  const fillers = paragraphs.filter(isFiller);
  if (fillers.length < paragraphs.length) for (const el of fillers) el.remove();
  else if (isFiller(cell)) cell.replaceChildren();
}

export function normalisePastedTables(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.rows).slice(0, LIMITS.tableRows);
    const { cells, width } = place(rows);
    const widths = columnWidths(table, cells, width);
    const headerRows = headerRowCount(rows, cells);
    for (const p of cells) {
      normaliseCell(p, widths);
      if (p.row < headerRows) toHeaderCell(p.cell);
    }
  }
}
