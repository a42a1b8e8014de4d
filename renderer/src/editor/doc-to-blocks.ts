/**
 * TipTap JSON → model blocks. Everything the clerk typed or pasted passes through `cleanText` here (NFC, no
 * XML-invalid characters) before it reaches the model. Pure: runs in node for tests.
 *
 * Blank paragraphs are dropped: the rule-set provides spacing between paragraphs, and an empty paragraph in
 * an official document is a formatting fault (SPEC), not content.
 */
import type { JSONContent } from '@tiptap/core';
import { plainParagraphSchema, type Block, type Footnote, type Inline, type PlainParagraph, type TextRun } from '../../../core/model/report-schema';
import { cleanText } from '../../../core/text/clean-text';
import { MARKS, NODE } from './editor-json';

const MAX_HEADER_ROWS = 5;

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

function plainParagraphsOf(nodes: readonly JSONContent[] | undefined): PlainParagraph[] {
  const out: PlainParagraph[] = [];
  for (const node of nodes ?? []) {
    if (node.type !== NODE.paragraph) continue;
    const content = contentToInlines(node.content, false) as TextRun[];
    if (!isBlank(content)) out.push({ type: 'paragraph', content });
  }
  return out;
}

function tableBlock(node: JSONContent): Block | null {
  const rows = (node.content ?? []).filter((r) => r.type === NODE.tableRow);
  if (!rows.length) return null;
  let headerRows = 0;
  while (
    headerRows < Math.min(rows.length, MAX_HEADER_ROWS) &&
    (rows[headerRows]?.content ?? []).length > 0 &&
    (rows[headerRows]?.content ?? []).every((c) => c.type === NODE.tableHeader)
  ) {
    headerRows++;
  }
  return {
    type: 'table',
    headerRows,
    rows: rows.map((row) => ({
      cells: (row.content ?? []).map((cell) => {
        const paragraphs = plainParagraphsOf(cell.content);
        // The model needs at least one paragraph per cell; an empty cell is an empty paragraph.
        return { paragraphs: paragraphs.length ? paragraphs : [{ type: 'paragraph' as const, content: [] }] };
      }),
    })),
  };
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
