/**
 * "Mở tệp bản nháp" on the home screen (its button is there): pick a .baocao.json, validate it, and — when a draft with the same id
 * is already on this machine — ask "Mở thành bản sao" or "Thay thế" before anything is written. The same
 * opener serves a draft file dropped on the home screen (`openFile`).
 */
import { useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Snackbar from '@mui/material/Snackbar';
import { UNTITLED } from '../db/draft-record';
import { useDurability } from '../journal/durability-context';
import { JournalSaveError } from '../journal/journal-api';
import {
  importOpenedDraft,
  mergedWordsNotice,
  mergeOpenedOfficeWords,
  openPickedFile,
  openWithDialog,
  type OpenedDraft,
  type OpenOutcome,
} from './draft-file-io';
import { showAppNotice } from '../app/app-notice';
import { HiddenFileInput } from '../app/hidden-file-input';

interface Props {
  onOpened: (draft: { id: string; lastStepKey: string }) => void;
}

export interface DraftFileOpener {
  /** The dialog (desktop) or the file input (browser). */
  start(): void;
  /** A file the clerk already chose, e.g. dropped (browser build: the desktop reads draft files in main). */
  openFile(file: File): void;
  /** The hidden input, the collision question and the error message: render once. */
  ui: ReactNode;
}

export function useDraftFileOpener(onOpened: Props['onOpened']): DraftFileOpener {
  const { db, api } = useDurability();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [ask, setAsk] = useState<{ opened: OpenedDraft; existingTitle: string } | null>(null);

  const store = async (opened: OpenedDraft, mode: 'copy' | 'replace') => {
    try {
      const record = await importOpenedDraft(db, api, opened, mode, Date.now());
      // The draft is stored: a failure to merge the words must not keep it from opening.
      const added = await mergeOpenedOfficeWords(db, opened, Date.now()).catch((e: unknown) => {
        console.error(e);
        return 0;
      });
      const notice = mergedWordsNotice(added);
      if (notice) showAppNotice(notice);
      onOpened({ id: record.id, lastStepKey: record.lastStepKey });
    } catch (e) {
      setError(
        e instanceof JournalSaveError ? e.userMessage : 'Không lưu được bản nháp mở từ tệp vào bộ nhớ. Hãy thử lại.',
      );
    }
  };

  const handle = async (outcome: OpenOutcome) => {
    if (outcome.status === 'canceled') return;
    if (outcome.status === 'error') return setError(outcome.message);
    if (outcome.existing) return setAsk({ opened: outcome.opened, existingTitle: outcome.existing.title || UNTITLED });
    await store(outcome.opened, 'copy');
  };

  const start = () => {
    setError(null);
    // openWithDialog turns a failed dialog into a message, but the local lookup after it can still fail.
    if (api)
      void openWithDialog(db, api)
        .then(handle)
        .catch(() => setError('Không mở được tệp bản nháp. Hãy thử lại.'));
    else input.current?.click();
  };

  const openFile = (file: File) => {
    setError(null);
    void openPickedFile(db, file)
      .then(handle)
      .catch(() => setError('Không đọc được tệp đã chọn. Hãy kiểm tra tệp rồi thử lại.'));
  };

  const ui = (
    <>
      <HiddenFileInput
        inputRef={input}
        accept=".json,.baocao.json,application/json"
        testId="draft-file-input"
        onFile={openFile}
      />
      {ask && (
        <Dialog open onClose={() => setAsk(null)} aria-labelledby="draft-file-collision">
          <DialogTitle id="draft-file-collision">Bản nháp này đã có trên máy</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Tệp “{ask.opened.fileName}” là bản nháp “{ask.existingTitle}” đã có trên máy này. Mở thành bản sao để giữ
              cả hai, hoặc thay thế bản trên máy bằng nội dung của tệp.
            </DialogContentText>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setAsk(null)}>Hủy</Button>
            <Button
              color="warning"
              onClick={() => {
                const a = ask;
                setAsk(null);
                void store(a.opened, 'replace');
              }}
            >
              Thay thế
            </Button>
            <Button
              variant="contained"
              onClick={() => {
                const a = ask;
                setAsk(null);
                void store(a.opened, 'copy');
              }}
            >
              Mở thành bản sao
            </Button>
          </DialogActions>
        </Dialog>
      )}
      <Snackbar
        open={error !== null}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        onClose={(_, r) => r !== 'clickaway' && setError(null)}
      >
        <Alert severity="error" variant="filled" onClose={() => setError(null)} sx={{ maxWidth: 720 }}>
          {error}
        </Alert>
      </Snackbar>
    </>
  );
  return { start, openFile, ui };
}
