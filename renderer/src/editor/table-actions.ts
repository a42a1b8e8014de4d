/**
 * Everything the clerk can do to a table, once: the table toolbar, its drop-down menus and the right-click menu
 * all list these, with the same Vietnamese names and the shortcuts the keymap in table-commands.ts binds.
 */
import type { Editor } from '@tiptap/core';
import { TABLE_SHORTCUTS as K } from './table-commands';

export interface TableAction {
  id: string;
  label: string;
  shortcut?: string;
  run: (editor: Editor) => boolean;
  /** Whether it can be done where the cursor is (merging needs several cells selected, …). */
  can?: (editor: Editor) => boolean;
}

const act = (
  id: string,
  label: string,
  shortcut: string | undefined,
  run: TableAction['run'],
  can?: TableAction['can'],
): TableAction =>
  shortcut === undefined
    ? { id, label, run, ...(can ? { can } : {}) }
    : { id, label, shortcut, run, ...(can ? { can } : {}) };

export const ROW_ACTIONS: TableAction[] = [
  act('row-before', 'Thêm hàng phía trên', K.rowBefore, (e) => e.chain().focus().addRowBefore().run()),
  act('row-after', 'Thêm hàng phía dưới', K.rowAfter, (e) => e.chain().focus().addRowAfter().run()),
  act('row-delete', 'Xóa hàng', K.deleteRow, (e) => e.chain().focus().deleteRow().run()),
];

export const COLUMN_ACTIONS: TableAction[] = [
  act('column-before', 'Thêm cột bên trái', K.columnBefore, (e) => e.chain().focus().insertColumn('before').run()),
  act('column-after', 'Thêm cột bên phải', K.columnAfter, (e) => e.chain().focus().insertColumn('after').run()),
  act(
    'column-delete',
    'Xóa cột',
    K.deleteColumn,
    (e) => e.chain().focus().removeColumns().run(),
    (e) => e.can().removeColumns(),
  ),
];

export const CELL_ACTIONS: TableAction[] = [
  act(
    'merge',
    'Gộp ô',
    K.merge,
    (e) => e.chain().focus().mergeCells().run(),
    (e) => e.can().mergeCells(),
  ),
  act(
    'split',
    'Tách ô',
    K.split,
    (e) => e.chain().focus().splitCell().run(),
    (e) => e.can().splitCell(),
  ),
];

export const ROW_KIND_ACTIONS: TableAction[] = [
  act('header', 'Hàng tiêu đề', K.header, (e) => e.chain().focus().toggleHeaderRows().run()),
  act('total', 'Dòng tổng', K.total, (e) => e.chain().focus().toggleTotalRow().run()),
];

export const ALIGN_ACTIONS: TableAction[] = [
  act('left', 'Căn trái', K.left, (e) => e.chain().focus().setCellAlign('left').run()),
  act('center', 'Căn giữa', K.center, (e) => e.chain().focus().setCellAlign('center').run()),
  act('right', 'Căn phải', K.right, (e) => e.chain().focus().setCellAlign('right').run()),
];

export const VALIGN_ACTIONS: TableAction[] = [
  act('top', 'Căn lên trên', K.top, (e) => e.chain().focus().setCellVAlign('top').run()),
  act('middle', 'Căn giữa theo chiều dọc', K.middle, (e) => e.chain().focus().setCellVAlign('center').run()),
  act('bottom', 'Căn xuống dưới', K.bottom, (e) => e.chain().focus().setCellVAlign('bottom').run()),
];

export const DELETE_TABLE: TableAction = act('table-delete', 'Xóa bảng', undefined, (e) =>
  e.chain().focus().deleteTable().run(),
);

/** The right-click menu: groups separated by a divider. */
export const MENU_GROUPS: TableAction[][] = [
  ROW_ACTIONS,
  COLUMN_ACTIONS,
  CELL_ACTIONS,
  ALIGN_ACTIONS,
  VALIGN_ACTIONS,
  ROW_KIND_ACTIONS,
  [DELETE_TABLE],
];
