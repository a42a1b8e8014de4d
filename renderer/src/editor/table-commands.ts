/**
 * What the table toolbar, the right-click menu and the keyboard do to a table beyond TipTap's own commands:
 * alignment of the selected cells (a second press on the same alignment goes back to "by content"), header
 * rows counted from the top, the "Dòng tổng" flag, and columns added or deleted together with their stored
 * settings (alignment, total flag) so those stay with their column.
 */
import { Extension, type CommandProps } from '@tiptap/core';
import {
  CellSelection,
  TableMap,
  addColumn,
  removeColumn,
  selectedRect,
  selectionCell,
  isInTable,
  type TableRect,
} from '@tiptap/pm/tables';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { HorizontalAlign, VerticalAlign } from '../../../core/model/report-schema';
import { MAX_HEADER_ROWS, NODE } from './editor-json';
import { freezeWidthsOnResize } from './freeze-widths';
import { numberCells } from './number-cells';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportTable: {
      setCellAlign: (align: HorizontalAlign) => ReturnType;
      setCellVAlign: (vAlign: VerticalAlign) => ReturnType;
      /** Rows from the top down to the selection's last become header rows; pressed in a header row, it and those below stop being. */
      toggleHeaderRows: () => ReturnType;
      toggleTotalRow: () => ReturnType;
      insertColumn: (side: 'before' | 'after') => ReturnType;
      removeColumns: () => ReturnType;
    };
  }
}

/** Every cell of the selection (the cell with the cursor when it is not a cell selection), with its position. */
function selectedCells(state: CommandProps['state']): { node: PmNode; pos: number }[] {
  const sel = state.selection;
  if (sel instanceof CellSelection) {
    const out: { node: PmNode; pos: number }[] = [];
    sel.forEachCell((node, pos) => out.push({ node, pos }));
    return out;
  }
  const $cell = selectionCell(state);
  return $cell.nodeAfter ? [{ node: $cell.nodeAfter, pos: $cell.pos }] : [];
}

/** Sets `name` on the selected cells, or clears it when the cell with the cursor already has that value. */
function toggleCellAttr(name: string, value: string) {
  return ({ state, tr, dispatch }: CommandProps): boolean => {
    if (!isInTable(state)) return false;
    const cells = selectedCells(state);
    const next = cells[0]?.node.attrs[name] === value ? null : value;
    if (dispatch) for (const { node, pos } of cells) tr.setNodeMarkup(pos, null, { ...node.attrs, [name]: next });
    return true;
  };
}

/** The row indexes a rect covers. */
function rowsOf(rect: TableRect): number[] {
  return Array.from({ length: rect.bottom - rect.top }, (_, i) => rect.top + i);
}

function rowPos(rect: TableRect, row: number): number {
  let pos = rect.tableStart;
  for (let r = 0; r < row; r++) pos += rect.table.child(r).nodeSize;
  return pos;
}

/** True when every cell starting in `row` is a header cell (an empty row follows the row above). */
export function isHeaderRow(table: PmNode, row: number): boolean {
  const node = table.maybeChild(row);
  if (!node) return false;
  if (node.childCount === 0) return row > 0 && isHeaderRow(table, row - 1);
  let all = true;
  node.forEach((cell) => {
    if (cell.type.name !== NODE.tableHeader) all = false;
  });
  return all;
}

/** Stored per-column settings with `count` columns inserted or deleted at `index`. */
function spliceColumns(table: PmNode, index: number, deleteCount: number, insertCount: number): unknown[] | null {
  const columns: unknown = table.attrs['columns'];
  if (!Array.isArray(columns) || columns.length <= index) return Array.isArray(columns) ? columns : null;
  const copy = [...columns];
  copy.splice(index, deleteCount, ...Array.from({ length: insertCount }, () => ({})));
  return copy;
}

export const TableCommands = Extension.create({
  name: 'reportTableCommands',
  // Before the table extension, so the freeze-widths press handler runs before column resizing takes the press.
  priority: 110,

  addCommands() {
    return {
      setCellAlign: (align) => (props) => toggleCellAttr('align', align)(props),
      setCellVAlign: (vAlign) => (props) => toggleCellAttr('vAlign', vAlign)(props),
      toggleHeaderRows:
        () =>
        ({ state, tr, dispatch }) => {
          if (!isInTable(state)) return false;
          const rect = selectedRect(state);
          const turnOn = !isHeaderRow(rect.table, rect.top);
          // The model keeps at most MAX_HEADER_ROWS header rows; more would turn back into body rows on reload.
          const [from, to] = turnOn ? [0, Math.min(rect.bottom, MAX_HEADER_ROWS)] : [rect.top, rect.map.height];
          if (!dispatch) return true;
          const { schema } = state;
          const type = turnOn ? schema.nodes[NODE.tableHeader]! : schema.nodes[NODE.tableCell]!;
          for (let row = from; row < to; row++) {
            let pos = rowPos(rect, row) + 1;
            rect.table.child(row).forEach((cell) => {
              if (cell.type !== type) tr.setNodeMarkup(pos, type, cell.attrs);
              pos += cell.nodeSize;
            });
          }
          return true;
        },
      toggleTotalRow:
        () =>
        ({ state, tr, dispatch }) => {
          if (!isInTable(state)) return false;
          const rect = selectedRect(state);
          const on = rect.table.child(rect.top).attrs['total'] !== true;
          if (dispatch) for (const row of rowsOf(rect)) tr.setNodeAttribute(rowPos(rect, row), 'total', on);
          return true;
        },
      insertColumn:
        (side) =>
        ({ state, tr, dispatch }) => {
          if (!isInTable(state)) return false;
          if (!dispatch) return true;
          const rect = selectedRect(state);
          const at = side === 'before' ? rect.left : rect.right;
          addColumn(tr, rect, at);
          const columns = spliceColumns(rect.table, at, 0, 1);
          if (columns) tr.setNodeAttribute(rect.tableStart - 1, 'columns', columns);
          return true;
        },
      removeColumns:
        () =>
        ({ state, tr, dispatch }) => {
          if (!isInTable(state)) return false;
          const rect = selectedRect(state);
          if (rect.left === 0 && rect.right === rect.map.width) return false;
          if (!dispatch) return true;
          const columns = spliceColumns(rect.table, rect.left, rect.right - rect.left, 0);
          for (let col = rect.right - 1; col >= rect.left; col--) {
            removeColumn(tr, rect, col);
            const table = tr.doc.nodeAt(rect.tableStart - 1)!;
            rect.table = table;
            rect.map = TableMap.get(table);
          }
          if (columns) tr.setNodeAttribute(rect.tableStart - 1, 'columns', columns);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const c = () => this.editor.commands;
    return {
      'Mod-Alt-ArrowUp': () => c().addRowBefore(),
      'Mod-Alt-ArrowDown': () => c().addRowAfter(),
      'Mod-Alt-ArrowLeft': () => c().insertColumn('before'),
      'Mod-Alt-ArrowRight': () => c().insertColumn('after'),
      'Mod-Alt-Backspace': () => c().deleteRow(),
      'Mod-Alt-Shift-Backspace': () => c().removeColumns(),
      'Mod-Alt-m': () => c().mergeCells(),
      'Mod-Alt-Shift-m': () => c().splitCell(),
      // With Shift the key is "M"; on Windows, Ctrl+Alt keys are not looked up by key code, so bind it as typed too.
      'Mod-Alt-Shift-M': () => c().splitCell(),
      'Mod-Alt-l': () => c().setCellAlign('left'),
      'Mod-Alt-e': () => c().setCellAlign('center'),
      'Mod-Alt-r': () => c().setCellAlign('right'),
      'Mod-Alt-1': () => c().setCellVAlign('top'),
      'Mod-Alt-2': () => c().setCellVAlign('center'),
      'Mod-Alt-3': () => c().setCellVAlign('bottom'),
      'Mod-Alt-h': () => c().toggleHeaderRows(),
      'Mod-Alt-t': () => c().toggleTotalRow(),
    };
  },

  addProseMirrorPlugins() {
    return [freezeWidthsOnResize(), numberCells()];
  },
});

/** Shortcut text for tooltips, in the same order as the keymap above. */
export const TABLE_SHORTCUTS = {
  rowBefore: 'Ctrl+Alt+↑',
  rowAfter: 'Ctrl+Alt+↓',
  columnBefore: 'Ctrl+Alt+←',
  columnAfter: 'Ctrl+Alt+→',
  deleteRow: 'Ctrl+Alt+Backspace',
  deleteColumn: 'Ctrl+Alt+Shift+Backspace',
  merge: 'Ctrl+Alt+M',
  split: 'Ctrl+Alt+Shift+M',
  left: 'Ctrl+Alt+L',
  center: 'Ctrl+Alt+E',
  right: 'Ctrl+Alt+R',
  top: 'Ctrl+Alt+1',
  middle: 'Ctrl+Alt+2',
  bottom: 'Ctrl+Alt+3',
  header: 'Ctrl+Alt+H',
  total: 'Ctrl+Alt+T',
} as const;
