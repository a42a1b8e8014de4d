/** Model blocks → TipTap JSON, for loading a draft into an editor. Pure: runs in node for tests. */
import type { JSONContent } from '@tiptap/core';
import type { Block, CellParagraph, Inline, PlainParagraph, Table, TextRun } from '../../../core/model/report-schema';
import { tableGrid } from '../../../core/model/table-grid';
import { columnPixels } from './column-widths';
import { MARKS, NODE, type ParagraphKind } from './editor-json';

function textNode(run: TextRun): JSONContent | null {
  // ProseMirror forbids empty text nodes.
  if (!run.text) return null;
  const marks = MARKS.filter((m) => run[m]).map((m) => ({ type: m }));
  return marks.length ? { type: NODE.text, text: run.text, marks } : { type: NODE.text, text: run.text };
}

export function inlinesToContent(content: readonly Inline[]): JSONContent[] {
  const out: JSONContent[] = [];
  for (const inline of content) {
    if (inline.type === 'footnote') {
      out.push({ type: NODE.footnote, attrs: { paragraphs: inline.paragraphs } });
    } else if (inline.type === 'break') {
      out.push({ type: NODE.hardBreak });
    } else if (inline.type === 'text') {
      const node = textNode(inline);
      if (node) out.push(node);
    }
  }
  return out;
}

function paragraphNode(kind: ParagraphKind, content: readonly Inline[], level: 1 | 2 = 1): JSONContent {
  const inner = inlinesToContent(content);
  const node: JSONContent = { type: NODE.paragraph, attrs: { kind, level } };
  if (inner.length) node.content = inner;
  return node;
}

export function plainParagraphToNode(p: PlainParagraph | CellParagraph): JSONContent {
  return paragraphNode('paragraph', p.content);
}

/**
 * Cells are placed by `tableGrid`, so a ragged table from an old draft or a paste opens the way it prints
 * (spans clipped, short rows filled) and every cell carries its spans, widths and alignment.
 */
function tableToNode(table: Table): JSONContent {
  const grid = tableGrid(table);
  const pixels = columnPixels(table.columns, grid.columnCount);
  const rows: JSONContent[] = table.rows.map((row) => ({
    type: NODE.tableRow,
    attrs: { total: row.total === true },
    content: [],
  }));
  for (const placed of grid.cells) {
    const widths = pixels.slice(placed.column, placed.column + placed.colSpan);
    const { cell } = placed;
    rows[placed.row]!.content!.push({
      type: placed.row < table.headerRows ? NODE.tableHeader : NODE.tableCell,
      attrs: {
        colspan: placed.colSpan,
        rowspan: placed.rowSpan,
        // TipTap reads 0 as "no width" for one column of a merged cell.
        colwidth: widths.some((w) => w !== null) ? widths.map((w) => w ?? 0) : null,
        align: cell.align ?? null,
        vAlign: cell.vAlign ?? null,
      },
      content: cell.paragraphs.map(plainParagraphToNode),
    });
  }
  return {
    type: NODE.table,
    attrs: { caption: table.caption ?? null, unit: table.unit ?? null, columns: table.columns ?? null },
    content: rows,
  };
}

export function blockToNode(block: Block): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return paragraphNode('paragraph', block.content);
    case 'dash':
      return paragraphNode('dash', block.content, block.level ?? 1);
    case 'numbered':
      return paragraphNode('numbered', block.content);
    case 'table':
      return tableToNode(block);
  }
}

export function blocksToDoc(blocks: readonly Block[]): JSONContent {
  const content = blocks.map(blockToNode);
  // An empty document still needs one paragraph to put the cursor in.
  return { type: NODE.doc, content: content.length ? content : [paragraphNode('paragraph', [])] };
}

/** Footnote paragraphs → the small footnote editor's document. */
export function plainParagraphsToDoc(paragraphs: readonly PlainParagraph[]): JSONContent {
  return blocksToDoc(paragraphs.map((p) => ({ type: 'paragraph', content: p.content })));
}
