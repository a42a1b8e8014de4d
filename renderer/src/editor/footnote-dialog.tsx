/** Edit, add or delete one footnote in a small editor of its own (several paragraphs, bold/italic/underline). */
import { EditorContent, useEditor } from '@tiptap/react';
import { useLayoutEffect, useMemo, useState } from 'react';
import { Selection } from '@tiptap/pm/state';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { PlainParagraph } from '../../../core/model/report-schema';
import { plainParagraphsToDoc } from './blocks-to-doc';
import { docToPlainParagraphs } from './doc-to-blocks';
import { footnoteExtensions } from './editor-extensions';
import { EditorToolbar } from './editor-toolbar';
import { cleanPastedHtml, cleanPastedText } from './paste-cleanup';
import { legacyPasteController, type LegacyNotice } from './legacy-paste-controller';
import { LegacyNoticeBar } from './legacy-notice';
import { useLegacySelectionCommand } from './use-legacy-selection-command';
import { SpellCheck, spellingStyles, type SpellingMenuRequest } from '../spelling/spell-check-extension';
import { SpellingMenu } from '../spelling/spelling-menu';
import { spellingSession } from '../spelling/spelling-session-instance';

export interface FootnoteDialogProps {
  /** Footnote number as shown in the text, or null for a new footnote. */
  number: number | null;
  initial: PlainParagraph[];
  onSave: (paragraphs: PlainParagraph[]) => void;
  onDelete?: (() => void) | undefined;
  onClose: () => void;
}

export function FootnoteDialog(props: FootnoteDialogProps) {
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="footnote-dialog-title">
      <FootnoteDialogBody {...props} />
    </Dialog>
  );
}

function FootnoteDialogBody({ number, initial, onSave, onDelete, onClose }: FootnoteDialogProps) {
  const [empty, setEmpty] = useState(initial.length === 0);
  const [legacyNotice, setLegacyNotice] = useState<LegacyNotice | null>(null);
  const [legacy] = useState(() => legacyPasteController(setLegacyNotice));
  // The note is checked like the body: same underlines, same menu, same office words.
  const [spellingMenu, setSpellingMenu] = useState<SpellingMenuRequest | null>(null);
  const extensions = useMemo(
    () => [...footnoteExtensions(), SpellCheck.configure({ session: spellingSession(), onMenu: setSpellingMenu })],
    [],
  );
  const editor = useEditor({
    extensions,
    content: plainParagraphsToDoc(initial),
    editorProps: {
      attributes: {
        class: 'doc-editor footnote-editor',
        'aria-label': 'Nội dung chú thích',
        role: 'textbox',
        'aria-multiline': 'true',
      },
      // Legacy fonts first: Word names them in its <style> block too, which the table clean-up does not keep.
      transformPastedHTML: (html, view) => cleanPastedHtml(legacy.transformHtml(html, view)),
      transformPastedText: (text, _plain, view) => cleanPastedText(legacy.transformText(text, view)),
    },
    onTransaction: ({ editor: e, transaction }) => legacy.onTransaction(e, transaction),
    onUpdate: ({ editor: e }) => setEmpty(docToPlainParagraphs(e.getJSON()).length === 0),
  });
  const convertLegacy = useLegacySelectionCommand(editor, legacy);
  // The caret is in the note, at its end, as the dialog appears. tiptap's autofocus waits a timer and a frame:
  // what the clerk typed meanwhile was lost, or landed in the report body behind the dialog.
  useLayoutEffect(() => {
    if (!editor) return;
    const { state, view } = editor;
    view.dispatch(state.tr.setSelection(Selection.atEnd(state.doc)));
    view.focus();
  }, [editor]);

  return (
    <>
      <DialogTitle id="footnote-dialog-title">
        {number === null ? 'Thêm chú thích cuối trang' : `Chú thích cuối trang số ${number}`}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Chú thích được in ở cuối trang, cỡ chữ 12. Số thứ tự được đánh tự động theo vị trí trong báo cáo.
        </Typography>
        <Box
          sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', ...spellingStyles }}
        >
          {editor && <EditorToolbar editor={editor} marksOnly onConvertLegacy={convertLegacy} />}
          <EditorContent editor={editor} />
        </Box>
        {editor && (
          <SpellingMenu
            editor={editor}
            session={spellingSession()}
            request={spellingMenu}
            onClose={() => setSpellingMenu(null)}
          />
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {onDelete && (
          <Button color="error" onClick={onDelete} sx={{ mr: 'auto' }}>
            Xóa chú thích
          </Button>
        )}
        <Button onClick={onClose}>Hủy</Button>
        <LegacyNoticeBar notice={legacyNotice} onClose={() => setLegacyNotice(null)} />
        <Button
          variant="contained"
          disabled={empty}
          onClick={() => editor && onSave(docToPlainParagraphs(editor.getJSON()))}
        >
          Lưu chú thích
        </Button>
      </DialogActions>
    </>
  );
}
