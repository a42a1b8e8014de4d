/**
 * TipTap JSON → model blocks. Everything the clerk typed or pasted passes through `cleanText` here (NFC, no
 * XML-invalid characters) before it reaches the model. Pure: runs in node for tests.
 *
 * Blank paragraphs are dropped: the rule-set provides spacing between paragraphs, and an empty paragraph in
 * an official document is a formatting fault (SPEC), not content.
 */
import type { JSONContent } from '@tiptap/core';
import {
  plainParagraphSchema,
  type Block,
  type CellParagraph,
  type Footnote,
  type HorizontalAlign,
  type Inline,
  type PlainParagraph,
  type Table,
  type TableCell,
  type TableRow,
  type TextRun,
  type VerticalAlign,
} from '../../../core/model/report-schema';
import { tableGrid } from '../../../core/model/table-grid';
import { cleanLine, cleanText } from '../../../core/text/clean-text';
import { columnsFromPixels, storedColumns } from './column-widths';
import { MARKS, MAX_HEADER_ROWS, NODE } from './editor-json';

function textRun(node: JSONContent): TextRun | null {
  const text = cleanText(node.text ?? '');
  if (!text) return null;
  const run: TextRun = { type: 'text', text };
  for (const m of MARKS) if (node.marks?.some((mark) => mark.type === m)) run[m] = true;
  return run;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return MARKS.every((m) => Boolean(a[m]) === Boolean(b[m]));
}

/** Adjacent runs with the same marks become one run, so the model stays small and comparisons stable. */
function pushRun(out: Inline[], run: TextRun): void {
  const last = out[out.length - 1];
  if (last && last.type === 'text' && sameMarks(last, run)) {
    out[out.length - 1] = { ...last, text: last.text + run.text };
  } else {
    out.push(run);
  }
}

/** Footnote paragraphs kept in a node attribute are re-validated: an attribute can come from pasted HTML. */
export function footnoteParagraphs(value: unknown): PlainParagraph[] {
  if (!Array.isArray(value)) return [];
  const out: PlainParagraph[] = [];
  for (const item of value) {
    const parsed = plainParagraphSchema.safeParse(item);
    if (parsed.success && parsed.data.content.some((r) => r.type === 'text' && r.text.trim())) out.push(parsed.data);
  }
  return out;
}

export function contentToInlines(content: readonly JSONContent[] | undefined, allowFootnotes = true): Inline[] {
  const out: Inline[] = [];
  for (const node of content ?? []) {
    if (node.type === NODE.text) {
      const run = textRun(node);
      if (run) pushRun(out, run);
    } else if (node.type === NODE.hardBreak) {
      out.push({ type: 'break' });
    } else if (node.type === NODE.footnote && allowFootnotes) {
      const paragraphs = footnoteParagraphs(node.attrs?.['paragraphs']);
      if (paragraphs.length) out.push({ type: 'footnote', paragraphs } satisfies Footnote);
    }
  }
  return out;
}

function isBlank(content: readonly Inline[]): boolean {
  return !content.some((i) => i.type === 'footnote' || (i.type === 'text' && i.text.trim()));
}

function paragraphsOf(nodes: readonly JSONContent[] | undefined, allowFootnotes: boolean): CellParagraph[] {
  const out: CellParagraph[] = [];
  for (const node of nodes ?? []) {
    if (node.type !== NODE.paragraph) continue;
    const content = contentToInlines(node.content, allowFootnotes);
    if (!isBlank(content)) out.push({ type: 'paragraph', content });
  }
  return out;
}

function plainParagraphsOf(nodes: readonly JSONContent[] | undefined): PlainParagraph[] {
  return paragraphsOf(nodes, false) as PlainParagraph[];
}

const H_ALIGN: readonly unknown[] = ['left', 'center', 'right'] satisfies HorizontalAlign[];
const V_ALIGN: readonly unknown[] = ['top', 'center', 'bottom'] satisfies VerticalAlign[];
const span = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;

function tableCell(node: JSONContent): TableCell {
  const paragraphs = paragraphsOf(node.content, true);
  // The model needs at least one paragraph per cell; an empty cell is an empty paragraph.
  const cell: TableCell = { paragraphs: paragraphs.length ? paragraphs : [{ type: 'paragraph', content: [] }] };
  const attrs = node.attrs ?? {};
  if (span(attrs['colspan']) > 1) cell.colSpan = span(attrs['colspan']);
  if (span(attrs['rowspan']) > 1) cell.rowSpan = span(attrs['rowspan']);
  if (H_ALIGN.includes(attrs['align'])) cell.align = attrs['align'] as HorizontalAlign;
  if (V_ALIGN.includes(attrs['vAlign'])) cell.vAlign = attrs['vAlign'] as VerticalAlign;
  return cell;
}

/** A caption or unit line: one line, NFC; blank is none. */
function lineAttr(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = cleanLine(value);
  return line.trim() ? line : undefined;
}

/** Pixel width of each grid column from the cells' `colwidth` (the first cell that has one). */
function gridPixels(table: Table, rows: readonly JSONContent[]): (number | null)[] {
  const grid = tableGrid(table);
  const pixels: (number | null)[] = Array.from({ length: grid.columnCount }, () => null);
  for (const placed of grid.cells) {
    if (placed.filler) continue;
    const colwidth: unknown = rows[placed.row]?.content?.[placed.index]?.attrs?.['colwidth'];
    if (!Array.isArray(colwidth)) continue;
    for (let k = 0; k < placed.colSpan; k++) {
      const w: unknown = colwidth[k];
      if (pixels[placed.column + k] === null && typeof w === 'number' && w > 0)
        pixels[placed.column + k] = Math.round(w);
    }
  }
  return pixels;
}

function tableBlock(node: JSONContent): Table | null {
  const rowNodes = (node.content ?? []).filter((r) => r.type === NODE.tableRow);
  if (!rowNodes.length) return null;
  let headerRows = 0;
  while (
    headerRows < Math.min(rowNodes.length, MAX_HEADER_ROWS) &&
    (rowNodes[headerRows]?.content ?? []).length > 0 &&
    (rowNodes[headerRows]?.content ?? []).every((c) => c.type === NODE.tableHeader)
  ) {
    headerRows++;
  }
  const rows = rowNodes.map((row): TableRow => {
    const out: TableRow = { cells: (row.content ?? []).map(tableCell) };
    if (row.attrs?.['total'] === true) out.total = true;
    return out;
  });
  const table: Table = { type: 'table', headerRows, rows };
  const columns = columnsFromPixels(storedColumns(node.attrs?.['columns']), gridPixels(table, rowNodes));
  if (columns) table.columns = columns;
  const caption = lineAttr(node.attrs?.['caption']);
  if (caption !== undefined) table.caption = caption;
  const unit = lineAttr(node.attrs?.['unit']);
  if (unit !== undefined) table.unit = unit;
  return table;
}

export function docToBlocks(doc: JSONContent): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === NODE.paragraph) {
      const content = contentToInlines(node.content);
      if (isBlank(content)) continue;
      const kind = node.attrs?.['kind'];
      if (kind === 'dash') {
        blocks.push(node.attrs?.['level'] === 2 ? { type: 'dash', level: 2, content } : { type: 'dash', content });
      } else if (kind === 'numbered') {
        blocks.push({ type: 'numbered', content });
      } else {
        blocks.push({ type: 'paragraph', content });
      }
    } else if (node.type === NODE.table) {
      const table = tableBlock(node);
      if (table) blocks.push(table);
    }
  }
  return blocks;
}

/** The footnote editor's document → footnote paragraphs (no nested footnotes, no kinds). */
export function docToPlainParagraphs(doc: JSONContent): PlainParagraph[] {
  return plainParagraphsOf(doc.content);
}
