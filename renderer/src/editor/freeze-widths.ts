/**
 * Dragging a column border, as in Word: before the drag starts, every column of a table whose columns have no
 * width yet gets the width it is drawn at, so widening one column keeps the others where the clerk sees them
 * (and the model gets the proportions of the whole table, not one stray width). When the drag ends, the column
 * right of the border gives up what the dragged one gained, so the table keeps its width and stays on the page.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { TableMap, columnResizingPluginKey } from '@tiptap/pm/tables';
import type { EditorView } from '@tiptap/pm/view';
import { CELL_MIN_WIDTH } from './column-widths';

/** The drag under way: the table's position, the column whose right border moves and the widths before. */
interface Drag {
  tablePos: number;
  column: number;
  widths: number[];
}

/** Each column's width from the cells' `colwidth` (0 when no cell gives one). */
function columnWidths(table: PmNode): number[] {
  const map = TableMap.get(table);
  const widths = Array.from({ length: map.width }, () => 0);
  for (const pos of new Set(map.map)) {
    const rect = map.findCell(pos);
    const colwidth = table.nodeAt(pos)!.attrs['colwidth'] as number[] | null;
    for (let c = rect.left; c < rect.right; c++) {
      const given = colwidth?.[c - rect.left];
      if (!widths[c] && given) widths[c] = given;
    }
  }
  return widths;
}

/** Sets every cell's `colwidth` from per-column widths. */
function setWidths(tr: Transaction, table: PmNode, tableStart: number, widths: readonly number[]): void {
  const map = TableMap.get(table);
  for (const pos of new Set(map.map)) {
    const node = table.nodeAt(pos)!;
    const rect = map.findCell(pos);
    const want = widths.slice(rect.left, rect.right);
    const old = node.attrs['colwidth'] as number[] | null;
    if (old && old.length === want.length && old.every((w, i) => w === want[i])) continue;
    tr.setNodeMarkup(tableStart + pos, null, { ...node.attrs, colwidth: want });
  }
}

/** After the drag: the neighbour column takes back the difference (never below the narrowest column). */
function keepTableWidth(drag: Drag, state: EditorState): Transaction | null {
  const table = state.doc.nodeAt(drag.tablePos);
  if (!table || table.type.name !== 'table') return null;
  const now = columnWidths(table);
  const { column, widths } = drag;
  if (now.length !== widths.length || column + 1 >= now.length || now[column] === widths[column]) return null;
  const pair = widths[column]! + widths[column + 1]!;
  const dragged = Math.min(Math.max(now[column]!, CELL_MIN_WIDTH), pair - CELL_MIN_WIDTH);
  const next = [...now];
  next[column] = dragged;
  next[column + 1] = pair - dragged;
  const tr = state.tr;
  setWidths(tr, table, drag.tablePos + 1, next);
  return tr.docChanged ? tr : null;
}

function freeze(view: EditorView): Drag | null {
  const handle = columnResizingPluginKey.getState(view.state)?.activeHandle ?? -1;
  if (handle < 0) return null;
  const $cell = view.state.doc.resolve(handle);
  const table = $cell.node(-1);
  const tableStart = $cell.start(-1);
  const map = TableMap.get(table);
  const widths: number[] = [];
  for (let col = 0; col < map.width; col++) {
    let width = 0;
    // A cell that spans only this column gives its width; else a share of a merged cell's.
    for (let row = 0; row < map.height && !width; row++) {
      const pos = map.map[row * map.width + col]!;
      const node = table.nodeAt(pos);
      const dom = view.nodeDOM(tableStart + pos);
      if (node && dom instanceof HTMLElement) {
        const colspan = Number(node.attrs['colspan']) || 1;
        if (colspan === 1 || row === map.height - 1) width = Math.round(dom.getBoundingClientRect().width / colspan);
      }
    }
    widths.push(Math.max(1, width));
  }
  // Widths already set stay as they are; only missing ones are taken from the screen.
  const set = columnWidths(table);
  const frozen = set.every((w) => w > 0) ? set : widths.map((w, i) => set[i] || w);
  const tr = view.state.tr;
  setWidths(tr, table, tableStart, frozen);
  if (tr.docChanged) view.dispatch(tr);
  const cell = table.nodeAt(handle - tableStart)!;
  const column = map.colCount(handle - tableStart) + (Number(cell.attrs['colspan']) || 1) - 1;
  return { tablePos: tableStart - 1, column, widths: frozen };
}

export function freezeWidthsOnResize(): Plugin {
  let drag: Drag | null = null;
  return new Plugin({
    props: {
      handleDOMEvents: {
        mousedown: (view, event) => {
          drag = event.button === 0 ? freeze(view) : null;
          return false;
        },
      },
    },
    appendTransaction: (trs, _old, state) => {
      if (!drag || !trs.some((tr) => tr.docChanged)) return null;
      const tr = keepTableWidth(drag, state);
      if (tr) drag = null;
      return tr;
    },
  });
}
