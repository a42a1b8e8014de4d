/**
 * Puts the caret in one cell of one table of an editor, scrolled to the middle of the screen and briefly
 * highlighted: where the checker sends the clerk to fix a figure. The table is counted among the editor's
 * tables in document order and the cell is found by its grid position, merged cells placed as HTML and
 * ProseMirror place them (a row lists only the cells that start in it), the same grid the check reads.
 * Only the editor's own commands are used, so this file adds nothing to the bundle it is loaded in.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

/** The position of the cell covering (row, column) of the table at `tablePos`, or null when there is none. */
export function tableCellPosition(table: PMNode, tablePos: number, row: number, column: number): number | null {
  const taken: boolean[][] = [];
  let found: number | null = null;
  table.forEach((rowNode, rowOffset, r) => {
    let c = 0;
    rowNode.forEach((cell, cellOffset) => {
      while (taken[r]?.[c]) c++;
      const colSpan = Math.max(1, Number(cell.attrs.colspan ?? 1));
      const rowSpan = Math.max(1, Number(cell.attrs.rowspan ?? 1));
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
      if (found === null && r <= row && row < r + rowSpan && c <= column && column < c + colSpan)
        found = tablePos + 1 + rowOffset + 1 + cellOffset;
      c += colSpan;
    });
  });
  return found;
}

/** The N-th top-level table of the document (0-based) and its position. */
function nthTable(doc: PMNode, tableIndex: number): { node: PMNode; pos: number } | null {
  let seen = 0;
  let found: { node: PMNode; pos: number } | null = null;
  doc.forEach((node, offset) => {
    if (node.type.name !== 'table') return;
    if (seen === tableIndex) found = { node, pos: offset };
    seen++;
  });
  return found;
}

const HIGHLIGHT: Keyframe[] = [
  { backgroundColor: 'rgba(237, 108, 2, 0.35)' },
  { backgroundColor: 'rgba(237, 108, 2, 0)' },
];

/** True when the caret was put in the cell; false when the editor has no such table or cell. */
export function selectTableCell(editor: Editor, tableIndex: number, row: number, column: number): boolean {
  if (editor.isDestroyed) return false;
  const table = nthTable(editor.state.doc, tableIndex);
  const cellPos = table ? tableCellPosition(table.node, table.pos, row, column) : null;
  const cell = cellPos === null ? null : editor.state.doc.nodeAt(cellPos);
  if (cellPos === null || !cell) return false;
  // End of the cell's last paragraph: the caret right after the figure to correct.
  editor.commands.focus(cellPos + cell.nodeSize - 2, { scrollIntoView: false });
  editor.view.focus();
  const dom = editor.view.nodeDOM(cellPos);
  if (dom instanceof HTMLElement) {
    dom.scrollIntoView({ block: 'center' });
    dom.animate?.(HIGHLIGHT, { duration: 2000, easing: 'ease-out' });
  }
  return true;
}
