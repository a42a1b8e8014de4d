/**
 * The table's right-click menu (also opened by Shift+F10 or the context-menu key, and by the "Bảng" button
 * while the cursor is in a table): every table action, each with its shortcut.
 */
import { useEffect, type ReactElement } from 'react';
import type { Editor } from '@tiptap/core';
import { isInTable } from '@tiptap/pm/tables';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { MENU_GROUPS, type TableAction } from './table-actions';

/** Menu items (an array, not a fragment: MUI's menu moves the keyboard focus through its direct children). */
export function actionItems(editor: Editor, actions: readonly TableAction[], onDone: () => void): ReactElement[] {
  return actions.map((a) => (
    <MenuItem
      key={a.id}
      dense
      disabled={a.can ? !a.can(editor) : false}
      onClick={() => {
        onDone();
        a.run(editor);
      }}
    >
      <span style={{ flex: 1 }}>{a.label}</span>
      {a.shortcut && <span className="menu-shortcut">{a.shortcut}</span>}
    </MenuItem>
  ));
}

export type MenuAnchor = { el: HTMLElement } | { top: number; left: number };

interface TableContextMenuProps {
  editor: Editor;
  /** Set by the "Bảng" button; the menu also opens itself on a right-click in a table. */
  anchor: MenuAnchor | null;
  onAnchor: (anchor: MenuAnchor | null) => void;
}

export function TableContextMenu({ editor, anchor, onAnchor }: TableContextMenuProps) {
  useEffect(() => {
    const dom = editor.view.dom;
    const open = (e: MouseEvent) => {
      // Already answered (the spelling menu of an underlined word in a cell).
      if (e.defaultPrevented || !isInTable(editor.state)) return;
      const inCell = e.target instanceof Element && e.target.closest('td, th');
      // From the keyboard the event has no pointer position: open at the caret.
      const at = inCell && e.clientX + e.clientY > 0 ? { top: e.clientY, left: e.clientX } : caretPoint(editor);
      e.preventDefault();
      onAnchor(at);
    };
    dom.addEventListener('contextmenu', open);
    return () => dom.removeEventListener('contextmenu', open);
  }, [editor, onAnchor]);

  const close = () => onAnchor(null);
  const items = MENU_GROUPS.flatMap((group, i) => [
    ...(i ? [<Divider key={`d${i}`} />] : []),
    ...actionItems(editor, group, close),
  ]);
  return (
    <Menu
      open={anchor !== null}
      onClose={close}
      aria-label="Công cụ bảng"
      {...(anchor && 'el' in anchor
        ? { anchorEl: anchor.el }
        : {
            anchorReference: 'anchorPosition' as const,
            anchorPosition: anchor && 'top' in anchor ? anchor : { top: 0, left: 0 },
          })}
    >
      {items}
    </Menu>
  );
}

function caretPoint(editor: Editor): { top: number; left: number } {
  const c = editor.view.coordsAtPos(editor.state.selection.from);
  return { top: c.bottom, left: c.left };
}
