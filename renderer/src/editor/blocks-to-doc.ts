/** Model blocks → TipTap JSON, for loading a draft into an editor. Pure: runs in node for tests. */
import type { JSONContent } from '@tiptap/core';
import type { Block, CellParagraph, Inline, PlainParagraph, Table, TextRun } from '../../../core/model/report-schema';
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

function tableToNode(table: Table): JSONContent {
  return {
    type: NODE.table,
    content: table.rows.map((row, r) => ({
      type: NODE.tableRow,
      content: row.cells.map((cell) => ({
        type: r < table.headerRows ? NODE.tableHeader : NODE.tableCell,
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: cell.paragraphs.map(plainParagraphToNode),
      })),
    })),
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
