/**
 * A Word table → the model's table: gridSpan → colSpan, vMerge restart/continue → rowSpan (a continued cell
 * is absent from its row, as in HTML), tblGrid widths → relative column widths, paragraph alignment → column
 * alignment when the whole column agrees (else per cell), tblHeader rows → headerRows.
 */
import {
  LIMITS,
  type CellParagraph,
  type HorizontalAlign,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '../model/report-schema';
import { foldText } from '../text/fold-text';
import type { DocParagraph, DocTable } from './docx-document';
import { plainText, tidyInlines } from './inline-tools';

function cellAlign(paragraphs: readonly DocParagraph[]): HorizontalAlign | undefined {
  const p = paragraphs.find((x) => plainText(x.inlines).trim() !== '') ?? paragraphs[0];
  const a = p?.align;
  return a === 'center' || a === 'right' || a === 'left' ? a : a === 'both' ? 'left' : undefined;
}

function cellParagraphs(paragraphs: readonly DocParagraph[]): CellParagraph[] {
  const out: CellParagraph[] = paragraphs.map((p) => ({ type: 'paragraph', content: tidyInlines(p.inlines) }));
  // Word always has at least one paragraph per cell; extra paragraphs beyond the cap join the last one.
  if (out.length > LIMITS.cellParagraphs) {
    const rest = out.splice(LIMITS.cellParagraphs - 1);
    out.push({
      type: 'paragraph',
      content: rest.flatMap((p, i) => (i === 0 ? p.content : [{ type: 'break' as const }, ...p.content])),
    });
  }
  return out.length > 0 ? out : [{ type: 'paragraph', content: [] }];
}

function unbold<T extends CellParagraph['content'][number]>(inline: T): T {
  if (inline.type !== 'text' || !inline.bold) return inline;
  const { bold: _bold, ...rest } = inline;
  return rest as T;
}

const TOTAL_LABELS = new Set(['cong', 'tong cong', 'tong so', 'tong', 'cong:', 'tong cong:', 'tong so:']);

/**
 * A "Cộng" / "Tổng số" row printed bold throughout is a total row: the writer prints such rows bold itself,
 * so the bold is dropped from the text and the row flagged instead.
 */
function isTotalRow(cells: readonly TableCell[]): boolean {
  const texts = cells.flatMap((c) =>
    c.paragraphs.flatMap((p) => p.content.filter((i) => i.type === 'text' && i.text.trim() !== '')),
  );
  const firstLabel = cells
    .map((c) => foldText(c.paragraphs.map((p) => plainText(p.content)).join(' ')))
    .find((t) => t !== '');
  return (
    firstLabel !== undefined &&
    TOTAL_LABELS.has(firstLabel) &&
    texts.length > 0 &&
    texts.every((t) => t.type === 'text' && t.bold)
  );
}

/** Whether the table fits the model's limits; one that does not is kept as text by the caller. */
export function tableFits(t: DocTable): boolean {
  const columns = Math.max(
    t.grid.length,
    ...t.rows.map((r) => r.gridBefore + r.cells.reduce((n, c) => n + c.gridSpan, 0)),
  );
  return t.rows.length >= 1 && t.rows.length <= LIMITS.tableRows && columns <= LIMITS.tableColumns;
}

interface Placed {
  cell: TableCell;
  align: HorizontalAlign | undefined;
  row: number;
  col: number;
}

export function convertTable(
  t: DocTable,
  extra: { caption?: string | undefined; unit?: string | undefined } = {},
): Table {
  const rows: TableRow[] = [];
  const placed: Placed[] = [];
  // Column → the cell that a vMerge "continue" below it extends.
  const above = new Map<number, TableCell>();
  let headerRows = 0;
  let counting = true;
  for (const [r, row] of t.rows.entries()) {
    if (counting && row.header && headerRows < 5) headerRows++;
    else counting = false;
    const cells: TableCell[] = [];
    let col = row.gridBefore;
    for (const c of row.cells) {
      if (c.vMerge === 'continue') {
        const origin = above.get(col);
        if (origin) {
          origin.rowSpan = (origin.rowSpan ?? 1) + 1;
          col += c.gridSpan;
          continue;
        }
      }
      const cell: TableCell = { paragraphs: cellParagraphs(c.paragraphs) };
      if (c.gridSpan > 1) cell.colSpan = c.gridSpan;
      if (c.vAlign) cell.vAlign = c.vAlign;
      for (let k = col; k < col + c.gridSpan; k++) above.set(k, cell);
      placed.push({ cell, align: cellAlign(c.paragraphs), row: r, col });
      cells.push(cell);
      col += c.gridSpan;
    }
    rows.push(
      isTotalRow(cells)
        ? {
            cells: cells.map((c) => ({
              ...c,
              paragraphs: c.paragraphs.map((p) => ({ ...p, content: p.content.map(unbold) })),
            })),
            total: true,
          }
        : { cells },
    );
  }
  // Header rows print bold whatever the text says: bold typed there is the writer's (or Word's), not the clerk's.
  for (const row of rows.slice(0, headerRows))
    for (const cell of row.cells) for (const p of cell.paragraphs) p.content = p.content.map(unbold);
  if (headerRows === 0 && rows.length > 1) {
    // No "repeat as header row" flag: a first row that is all bold and centred is the header all the same.
    const first = t.rows[0];
    if (
      first &&
      first.cells.length > 0 &&
      first.cells.every((c) =>
        c.paragraphs.every((p) => plainText(p.inlines).trim() === '' || (p.allBold && p.align === 'center')),
      )
    ) {
      headerRows = first.cells.some((c) => c.paragraphs.some((p) => p.allBold)) ? 1 : 0;
    }
  }
  const width = Math.max(
    t.grid.length,
    ...t.rows.map((r) => r.gridBefore + r.cells.reduce((n, c) => n + c.gridSpan, 0)),
  );
  const columns: TableColumn[] = Array.from({ length: width }, (_, i) => {
    const w = t.grid[i];
    return w && w > 0 ? { width: Math.min(100_000, w) } : {};
  });
  // Column alignment where every body cell starting in the column (one column wide) agrees.
  for (let c = 0; c < width; c++) {
    const body = placed.filter((p) => p.row >= headerRows && p.col === c && (p.cell.colSpan ?? 1) === 1);
    const first = body[0]?.align;
    const column = columns[c];
    if (first && column && body.every((p) => p.align === first)) column.align = first;
  }
  // What the writer would print without a cell alignment: the column's (for a merged cell, its first
  // column's), else centred in the header; a cell printed otherwise keeps its own.
  for (const p of placed) {
    const columnAlign = columns[p.col]?.align;
    const fallback = p.row < headerRows ? (columnAlign ?? 'center') : columnAlign;
    if (p.align !== undefined && p.align !== fallback) p.cell.align = p.align;
  }
  const table: Table = { type: 'table', headerRows, columns, rows };
  if (extra.caption) table.caption = extra.caption;
  if (extra.unit) table.unit = extra.unit;
  return table;
}

/** A table that cannot be a model table (too many columns or rows): its text, one paragraph per row. */
export function tableAsText(t: DocTable): string[] {
  return t.rows.map((row) =>
    row.cells
      .map((c) =>
        c.paragraphs
          .map((p) => plainText(p.inlines).replace(/\n/g, ' ').trim())
          .filter(Boolean)
          .join(' '),
      )
      .join(' | '),
  );
}
