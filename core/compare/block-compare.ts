/**
 * Differences between two lists of body blocks (a section's paragraphs, "- " lines, numbered items and tables).
 * Unchanged blocks are matched first (jsdiff over block fingerprints), then, inside each run that changed,
 * removed and added blocks of the same family are paired in order and compared word by word; what is left over
 * is wholly added or removed. Footnotes are compared at the paragraph that holds them; tables cell by cell on
 * their grid (core/model/table-grid.ts), so a merge does not shift every cell after it.
 */
import { diffArrays } from 'diff';
import type { Block, CellParagraph, Inline, Table } from '../model/report-schema';
import { inlineText } from '../model/report-text';
import { tableGrid, type PlacedCell } from '../model/table-grid';
import { diffWords, MAX_EDITS, type TextDiff } from './word-diff';

export type ChangeStatus = 'same' | 'changed' | 'added' | 'removed';

export interface CellChange {
  text: TextDiff;
  footnotes: TextDiff[];
  colSpan: number;
  rowSpan: number;
  header: boolean;
  /** A cell only the revision has (its row or column is gone now). */
  removed: boolean;
}

export type BlockChange =
  | {
      type: 'text';
      kind: 'paragraph' | 'dash' | 'numbered';
      status: ChangeStatus;
      text: TextDiff;
      footnotes: TextDiff[];
      changes: number;
    }
  | {
      type: 'table';
      status: ChangeStatus;
      caption: TextDiff;
      unit: TextDiff;
      rows: CellChange[][];
      /** "3 hàng × 4 cột → 4 hàng × 4 cột" when the grid changed size; null otherwise. */
      shape: string | null;
      changes: number;
    };

type TextBlock = Exclude<Block, Table>;

const footnoteText = (f: Extract<Inline, { type: 'footnote' }>) =>
  f.paragraphs.map((p) => inlineText(p.content)).join('\n');

function footnotesOf(content: readonly Inline[]): string[] {
  return content.flatMap((i) => (i.type === 'footnote' ? [footnoteText(i)] : []));
}

function cellParagraphsText(paragraphs: readonly CellParagraph[]): string {
  return paragraphs.map((p) => inlineText(p.content)).join('\n');
}

function cellFootnotes(paragraphs: readonly CellParagraph[]): string[] {
  return paragraphs.flatMap((p) => footnotesOf(p.content));
}

/** Pairs two lists of footnote texts in order; extra ones are wholly added or removed. */
function diffList(before: readonly string[], after: readonly string[]): TextDiff[] {
  return Array.from({ length: Math.max(before.length, after.length) }, (_, i) =>
    diffWords(before[i] ?? '', after[i] ?? ''),
  );
}

const total = (diffs: readonly TextDiff[]) => diffs.reduce((n, d) => n + d.changes, 0);

function textChange(before: TextBlock | null, after: TextBlock | null): BlockChange {
  const text = diffWords(before ? inlineText(before.content) : '', after ? inlineText(after.content) : '');
  const footnotes = diffList(before ? footnotesOf(before.content) : [], after ? footnotesOf(after.content) : []);
  const changes = text.changes + total(footnotes) + (before && after && before.type !== after.type ? 1 : 0);
  const status: ChangeStatus = !before ? 'added' : !after ? 'removed' : changes > 0 ? 'changed' : 'same';
  // Called with at least one side (blockChange pairs a block with a block or with nothing).
  return { type: 'text', kind: (after ?? before)!.type, status, text, footnotes, changes };
}

function cellChange(before: PlacedCell | null, after: PlacedCell | null, header: boolean): CellChange {
  const paragraphsBefore = before?.cell.paragraphs ?? [];
  const paragraphsAfter = after?.cell.paragraphs ?? [];
  const shape = (after ?? before)!;
  return {
    text: diffWords(cellParagraphsText(paragraphsBefore), cellParagraphsText(paragraphsAfter)),
    footnotes: diffList(cellFootnotes(paragraphsBefore), cellFootnotes(paragraphsAfter)),
    colSpan: shape.colSpan,
    rowSpan: shape.rowSpan,
    header,
    removed: after === null,
  };
}

function tableChange(before: Table | null, after: Table | null): BlockChange {
  const oldGrid = before ? tableGrid(before) : null;
  const newGrid = after ? tableGrid(after) : null;
  const headerRows = (after ?? before)!.headerRows;
  const rows: CellChange[][] = [];
  const matched = new Set<PlacedCell>();
  // Each cell of today's grid against the revision's cell that starts at the same grid position.
  for (const placed of newGrid?.cells ?? []) {
    const owner = oldGrid?.owners[placed.row]?.[placed.column];
    const counterpart = owner && owner.row === placed.row && owner.column === placed.column ? owner : null;
    if (counterpart) matched.add(counterpart);
    (rows[placed.row] ??= []).push(cellChange(counterpart, placed, placed.row < headerRows));
  }
  // Cells of the revision that no longer start anywhere: shown struck through at the end of their row.
  for (const placed of oldGrid?.cells ?? []) {
    if (matched.has(placed) || placed.filler) continue;
    (rows[placed.row] ??= []).push(cellChange(placed, null, placed.row < headerRows));
  }
  const dense = Array.from({ length: rows.length }, (_, r) => rows[r] ?? []);
  const caption = diffWords(before?.caption ?? '', after?.caption ?? '');
  const unit = diffWords(before?.unit ?? '', after?.unit ?? '');
  const sizeOf = (g: NonNullable<typeof oldGrid>) => `${g.rowCount} hàng × ${g.columnCount} cột`;
  const shape =
    oldGrid && newGrid && (oldGrid.rowCount !== newGrid.rowCount || oldGrid.columnCount !== newGrid.columnCount)
      ? `${sizeOf(oldGrid)} → ${sizeOf(newGrid)}`
      : null;
  const cells = dense.flat();
  const changes =
    caption.changes +
    unit.changes +
    total(cells.map((c) => c.text)) +
    total(cells.flatMap((c) => c.footnotes)) +
    (shape ? 1 : 0);
  const status: ChangeStatus = !before ? 'added' : !after ? 'removed' : changes > 0 ? 'changed' : 'same';
  return { type: 'table', status, caption, unit, rows: dense, shape, changes };
}

function blockChange(before: Block | null, after: Block | null): BlockChange {
  const tableBefore = before?.type === 'table' ? before : null;
  const tableAfter = after?.type === 'table' ? after : null;
  if (tableBefore || tableAfter) return tableChange(tableBefore, tableAfter);
  return textChange(before?.type === 'table' ? null : before, after?.type === 'table' ? null : after);
}

/** A block's content and kind as one string: equal fingerprints mean nothing a reader sees has changed. */
function fingerprint(block: Block): string {
  if (block.type !== 'table')
    return `${block.type}\u0001${inlineText(block.content)}\u0001${footnotesOf(block.content).join('\u0002')}`;
  const grid = tableGrid(block);
  const cells = grid.cells.map(
    (c) =>
      `${c.row},${c.column},${c.colSpan},${c.rowSpan}:${cellParagraphsText(c.cell.paragraphs)}\u0002${cellFootnotes(c.cell.paragraphs).join('\u0002')}`,
  );
  return `table\u0001${block.caption ?? ''}\u0001${block.unit ?? ''}\u0001${cells.join('\u0003')}`;
}

/** Pairs a changed run: removed and added blocks of the same family in order, the rest unpaired. */
function pairRun(removed: readonly Block[], added: readonly Block[]): BlockChange[] {
  const out: BlockChange[] = [];
  const isTable = (b: Block) => b.type === 'table';
  const left = [...removed];
  for (const after of added) {
    const i = left.findIndex((b) => isTable(b) === isTable(after));
    if (i < 0) {
      out.push(blockChange(null, after));
      continue;
    }
    // Blocks of the revision skipped over are shown removed where they stood.
    for (const gone of left.splice(0, i)) out.push(blockChange(gone, null));
    out.push(blockChange(left.shift()!, after));
  }
  for (const gone of left) out.push(blockChange(gone, null));
  return out;
}

export function compareBlocks(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const old = before.map(fingerprint);
  const now = after.map(fingerprint);
  const runs = diffArrays(old, now, { maxEditLength: MAX_EDITS }) ?? [
    { value: old, removed: true, added: false, count: old.length },
    { value: now, removed: false, added: true, count: now.length },
  ];
  const out: BlockChange[] = [];
  let i = 0;
  let j = 0;
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = () => {
    out.push(...pairRun(removed, added));
    removed = [];
    added = [];
  };
  for (const run of runs) {
    if (run.removed) {
      removed.push(...before.slice(i, i + run.count));
      i += run.count;
    } else if (run.added) {
      added.push(...after.slice(j, j + run.count));
      j += run.count;
    } else {
      flush();
      for (let k = 0; k < run.count; k++) out.push(blockChange(before[i + k]!, after[j + k]!));
      i += run.count;
      j += run.count;
    }
  }
  flush();
  return out;
}

export function blocksChanges(changes: readonly BlockChange[]): number {
  return changes.reduce((n, c) => n + c.changes, 0);
}
