/**
 * Toolbar of a body editor: emphasis, "- " lines, numbered items, footnotes, tables (with table tools in a table),
 * the spell check on/off and TCVN3/VNI conversion.
 */
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import FormatBold from '@mui/icons-material/FormatBold';
import FormatItalic from '@mui/icons-material/FormatItalic';
import FormatUnderlined from '@mui/icons-material/FormatUnderlined';
import HorizontalRule from '@mui/icons-material/HorizontalRule';
import FormatListNumbered from '@mui/icons-material/FormatListNumbered';
import Superscript from '@mui/icons-material/Superscript';
import GridOn from '@mui/icons-material/GridOn';
import { FormatButton } from './format-button';
import { TableContextMenu, type MenuAnchor } from './table-menu';
import { TableToolbar } from './table-toolbar';
import { LegacyConvertButton } from './legacy-convert-button';
import type { LegacyChoice } from './legacy-selection';
import { SpellingToggleButton } from '../spelling/spelling-toggle-button';
import { LEAVE_EDITOR_HINT } from './tab-keys';
import { RovingToolbar } from './roving-toolbar';

interface EditorToolbarProps {
  editor: Editor;
  /** Only marks (the footnote editor). */
  marksOnly?: boolean;
  onAddFootnote?: () => void;
  /** Converts the selection from TCVN3/VNI; absent: no such button. */
  onConvertLegacy?: (choice: LegacyChoice) => void;
}

export function EditorToolbar({ editor, marksOnly = false, onAddFootnote, onConvertLegacy }: EditorToolbarProps) {
  const [tableMenu, setTableMenu] = useState<MenuAnchor | null>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      dash: e.isActive('paragraph', { kind: 'dash' }),
      numbered: e.isActive('paragraph', { kind: 'numbered' }),
      inTable: e.isActive('table'),
    }),
  });
  const run = (fn: () => boolean) => () => void fn();

  return (
    <RovingToolbar label="Định dạng">
      <FormatButton
        label="Đậm"
        shortcut="Ctrl+B"
        active={state.bold}
        onClick={run(() => editor.chain().focus().toggleBold().run())}
      >
        <FormatBold fontSize="small" />
      </FormatButton>
      <FormatButton
        label="Nghiêng"
        shortcut="Ctrl+I"
        active={state.italic}
        onClick={run(() => editor.chain().focus().toggleItalic().run())}
      >
        <FormatItalic fontSize="small" />
      </FormatButton>
      <FormatButton
        label="Gạch chân"
        shortcut="Ctrl+U"
        active={state.underline}
        onClick={run(() => editor.chain().focus().toggleUnderline().run())}
      >
        <FormatUnderlined fontSize="small" />
      </FormatButton>
      {!marksOnly && (
        <>
          <hr className="divider-vertical" aria-orientation="vertical" />
          <FormatButton
            label="Dòng gạch đầu dòng"
            shortcut="gõ “- ” đầu đoạn"
            active={state.dash}
            disabled={state.inTable}
            onClick={run(() => editor.chain().focus().toggleParagraphKind('dash').run())}
          >
            <HorizontalRule fontSize="small" />
          </FormatButton>
          <FormatButton
            label="Mục đánh số"
            active={state.numbered}
            disabled={state.inTable}
            onClick={run(() => editor.chain().focus().toggleParagraphKind('numbered').run())}
          >
            <FormatListNumbered fontSize="small" />
          </FormatButton>
          <hr className="divider-vertical" aria-orientation="vertical" />
          <FormatButton label="Chú thích cuối trang" disabled={!onAddFootnote} onClick={() => onAddFootnote?.()}>
            <Superscript fontSize="small" />
          </FormatButton>
          <FormatButton
            label={state.inTable ? 'Công cụ bảng' : 'Chèn bảng'}
            shortcut={state.inTable ? 'chuột phải trong bảng' : undefined}
            active={state.inTable}
            onClick={(e) => {
              if (state.inTable) setTableMenu({ el: e.currentTarget });
              else editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
            }}
          >
            <GridOn fontSize="small" />
          </FormatButton>
          <TableContextMenu editor={editor} anchor={tableMenu} onAnchor={setTableMenu} />
          <hr className="divider-vertical" aria-orientation="vertical" />
          <SpellingToggleButton />
        </>
      )}
      {onConvertLegacy && (
        <>
          <hr className="divider-vertical" aria-orientation="vertical" />
          <LegacyConvertButton onChoose={onConvertLegacy} />
        </>
      )}
      {!marksOnly && (
        // Shown while the editor has the focus (rich-text-editor.tsx); screen readers get it from aria-description.
        <Typography
          aria-hidden
          variant="caption"
          className="editor-leave-hint"
          sx={{ ml: 'auto', px: 1, color: 'text.secondary' }}
        >
          {LEAVE_EDITOR_HINT}
        </Typography>
      )}
      {!marksOnly && state.inTable && (
        <Box sx={{ flexBasis: '100%', mx: -0.5, mb: -0.25 }}>
          <TableToolbar editor={editor} />
        </Box>
      )}
    </RovingToolbar>
  );
}
