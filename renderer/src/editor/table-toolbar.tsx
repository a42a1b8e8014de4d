/**
 * The table tools, shown under the formatting toolbar while the cursor is in a table: rows and columns,
 * merging and splitting cells, horizontal and vertical alignment of the selected cells, header rows and the
 * "Dòng tổng" row. Every button says its shortcut in its tooltip; the same actions are in the right-click menu.
 */
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { isInTable, selectedRect, selectionCell } from '@tiptap/pm/tables';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import FormatAlignLeft from '@mui/icons-material/FormatAlignLeft';
import FormatAlignCenter from '@mui/icons-material/FormatAlignCenter';
import FormatAlignRight from '@mui/icons-material/FormatAlignRight';
import VerticalAlignTop from '@mui/icons-material/VerticalAlignTop';
import VerticalAlignCenter from '@mui/icons-material/VerticalAlignCenter';
import VerticalAlignBottom from '@mui/icons-material/VerticalAlignBottom';
import { Tooltip } from '../app/tooltip';
import { FormatButton } from './format-button';
import { isHeaderRow } from './table-commands';
import {
  ALIGN_ACTIONS,
  CELL_ACTIONS,
  COLUMN_ACTIONS,
  DELETE_TABLE,
  ROW_ACTIONS,
  ROW_KIND_ACTIONS,
  VALIGN_ACTIONS,
  type TableAction,
} from './table-actions';
import { actionItems } from './table-menu';
import { RovingToolbar } from './roving-toolbar';

export interface TableState {
  align: string | null;
  vAlign: string | null;
  header: boolean;
  total: boolean;
  merge: boolean;
  split: boolean;
}

/** What the toolbar shows for the cell with the cursor; null outside a table. */
export function tableState(editor: Editor): TableState | null {
  const { state } = editor;
  if (!isInTable(state)) return null;
  const cell = selectionCell(state).nodeAfter;
  const rect = selectedRect(state);
  return {
    align: (cell?.attrs['align'] as string | null) ?? null,
    vAlign: (cell?.attrs['vAlign'] as string | null) ?? null,
    header: isHeaderRow(rect.table, rect.top),
    total: rect.table.child(rect.top).attrs['total'] === true,
    merge: editor.can().mergeCells(),
    split: editor.can().splitCell(),
  };
}

const tip = (a: TableAction) => (a.shortcut ? `${a.label} (${a.shortcut})` : a.label);

function DropDown({ editor, label, actions }: { editor: Editor; label: string; actions: TableAction[] }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        color="inherit"
        endIcon={<ArrowDropDown />}
        aria-haspopup="menu"
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ color: 'text.secondary', minWidth: 0, px: 0.75, '& .MuiButton-endIcon': { ml: 0 } }}
      >
        {label}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {actionItems(editor, actions, () => setAnchor(null))}
      </Menu>
    </>
  );
}

function TextToggle({
  editor,
  action,
  active,
  disabled = false,
}: {
  editor: Editor;
  action: TableAction;
  active?: boolean;
  disabled?: boolean;
}) {
  return (
    <Tooltip title={tip(action)}>
      <span>
        <Button
          size="small"
          color="inherit"
          aria-pressed={active}
          disabled={disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => action.run(editor)}
          sx={{
            color: active ? 'primary.main' : 'text.secondary',
            bgcolor: active ? 'primary.light' : 'transparent',
            minWidth: 0,
            px: 0.75,
          }}
        >
          {action.label}
        </Button>
      </span>
    </Tooltip>
  );
}

const ALIGN_ICONS = [FormatAlignLeft, FormatAlignCenter, FormatAlignRight];
const VALIGN_ICONS = [VerticalAlignTop, VerticalAlignCenter, VerticalAlignBottom];
const ALIGN_VALUES = ['left', 'center', 'right'];
const VALIGN_VALUES = ['top', 'center', 'bottom'];

export function TableToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({ editor, selector: ({ editor: e }) => tableState(e) });
  if (!state) return null;
  const [merge, split] = CELL_ACTIONS as [TableAction, TableAction];
  const [header, total] = ROW_KIND_ACTIONS as [TableAction, TableAction];
  return (
    <RovingToolbar label="Công cụ bảng" shaded>
      <DropDown editor={editor} label="Hàng" actions={ROW_ACTIONS} />
      <DropDown editor={editor} label="Cột" actions={COLUMN_ACTIONS} />
      <TextToggle editor={editor} action={merge} disabled={!state.merge} />
      <TextToggle editor={editor} action={split} disabled={!state.split} />
      <hr className="divider-vertical" aria-orientation="vertical" />
      {ALIGN_ACTIONS.map((a, i) => {
        const Icon = ALIGN_ICONS[i]!;
        return (
          <FormatButton
            key={a.id}
            label={a.label}
            shortcut={a.shortcut}
            active={state.align === ALIGN_VALUES[i]}
            onClick={() => a.run(editor)}
          >
            <Icon fontSize="small" />
          </FormatButton>
        );
      })}
      <hr className="divider-vertical" aria-orientation="vertical" />
      {VALIGN_ACTIONS.map((a, i) => {
        const Icon = VALIGN_ICONS[i]!;
        return (
          <FormatButton
            key={a.id}
            label={a.label}
            shortcut={a.shortcut}
            active={state.vAlign === VALIGN_VALUES[i]}
            onClick={() => a.run(editor)}
          >
            <Icon fontSize="small" />
          </FormatButton>
        );
      })}
      <hr className="divider-vertical" aria-orientation="vertical" />
      <TextToggle editor={editor} action={header} active={state.header} />
      <TextToggle editor={editor} action={total} active={state.total} />
      <hr className="divider-vertical" aria-orientation="vertical" />
      <FormatButton
        label={DELETE_TABLE.label}
        shortcut="hoặc chọn cả bảng rồi nhấn Delete"
        onClick={() => DELETE_TABLE.run(editor)}
      >
        <DeleteOutlined fontSize="small" />
      </FormatButton>
    </RovingToolbar>
  );
}
