/**
 * The menu on an underlined word: the suggestions (the majority spelling for a tone-mark mix); for a word the
 * dictionary does not know, "Bỏ qua" (this occurrence only), "Bỏ qua trong báo cáo này" (every occurrence in
 * this report; both remembered with the draft) and "Thêm vào từ điển của đơn vị" (every report of the office,
 * and carried in its draft files). A suggestion replaces the word in place, keeping its bold/italic, as one
 * undoable step. Arrow keys move between the items (MUI's menu list).
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import type { SpellingMenuRequest } from './spell-check-extension';
import type { SpellingSession } from './spelling-session';

interface SpellingMenuProps {
  editor: Editor;
  session: SpellingSession;
  request: SpellingMenuRequest | null;
  onClose: () => void;
}

type Suggestions = { for: SpellingMenuRequest; list: string[] | null };

/** The word stays ignored in this window; only remembering it failed. */
export const IGNORE_NOT_STORED = (word: string) =>
  `Đã bỏ qua “${word}” nhưng chưa ghi nhớ được cùng báo cáo, nên lần mở sau từ này có thể lại bị đánh dấu. Hãy thử lại; nếu vẫn không được, hãy khởi động lại ứng dụng.`;

export function SpellingMenu({ editor, session, request, onClose }: SpellingMenuProps) {
  const [found, setFound] = useState<Suggestions | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!request || request.kind !== 'unknown') return;
    let live = true;
    session.suggest(request.word).then(
      (list) => live && setFound({ for: request, list }),
      () => live && setFound({ for: request, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [request, session]);

  const replace = (text: string) => {
    onClose();
    if (!request || editor.isDestroyed) return;
    // The word may have been edited since the menu opened: then nothing is replaced.
    if (editor.state.doc.textBetween(request.from, request.to) !== request.word) return;
    editor.view.dispatch(editor.state.tr.insertText(text, request.from, request.to));
    editor.commands.focus();
  };

  const addToOffice = () => {
    onClose();
    if (!request) return;
    session.addOfficeWord(request.word).catch((e: unknown) => {
      // The cause (a storage error) goes to the console; the clerk gets what happened and what to do.
      console.error(e);
      setError(
        `Chưa thêm được “${request.word}” vào từ điển của đơn vị. Hãy thử lại; nếu vẫn không được, hãy khởi động lại ứng dụng.`,
      );
    });
    editor.commands.focus();
  };

  const ignore = (everywhere: boolean) => {
    onClose();
    if (!request) return;
    const { word, occurrence } = request;
    const stored = everywhere || !occurrence ? session.ignoreInReport(word) : session.ignoreOnce(occurrence);
    stored.catch((e: unknown) => {
      console.error(e);
      setError(IGNORE_NOT_STORED(word));
    });
    editor.commands.focus();
  };

  const list = request?.kind === 'tone' ? [request.fix!] : found?.for === request ? found.list : null;
  const items =
    list === null
      ? [
          <MenuItem key="wait" dense disabled>
            Đang tìm gợi ý…
          </MenuItem>,
        ]
      : list.length === 0
        ? [
            <MenuItem key="none" dense disabled>
              Không có gợi ý
            </MenuItem>,
          ]
        : list.map((s) => (
            <MenuItem key={s} dense onClick={() => replace(s)} sx={{ fontWeight: 600 }}>
              {s}
            </MenuItem>
          ));
  return (
    <>
      <Menu
        open={request !== null}
        onClose={onClose}
        slotProps={{
          list: {
            'aria-label':
              request?.kind === 'tone' ? `Cách bỏ dấu của “${request.word}”` : `Chính tả của “${request?.word ?? ''}”`,
          },
        }}
        anchorReference="anchorPosition"
        anchorPosition={request?.anchor ?? { top: 0, left: 0 }}
      >
        {request?.kind === 'tone' && (
          <MenuItem dense disabled sx={{ whiteSpace: 'normal', maxWidth: 320 }}>
            Báo cáo này chủ yếu viết “{request.fix}”: nên viết thống nhất một kiểu bỏ dấu.
          </MenuItem>
        )}
        {items}
        {request?.kind === 'unknown' && <Divider />}
        {request?.kind === 'unknown' && request.occurrence && (
          <MenuItem dense onClick={() => ignore(false)}>
            Bỏ qua
          </MenuItem>
        )}
        {request?.kind === 'unknown' && (
          <MenuItem dense onClick={() => ignore(true)}>
            Bỏ qua trong báo cáo này
          </MenuItem>
        )}
        {request?.kind === 'unknown' && (
          <MenuItem dense onClick={addToOffice}>
            Thêm vào từ điển của đơn vị
          </MenuItem>
        )}
      </Menu>
      <Snackbar open={error !== null} onClose={() => setError(null)} autoHideDuration={8000}>
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      </Snackbar>
    </>
  );
}
