/**
 * "Mở tệp bản nháp" on the home screen: pick a .baocao.json, validate it, and — when a draft with the same id
 * is already on this machine — ask "Mở thành bản sao" or "Thay thế" before anything is written.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Snackbar } from '@mui/material';
import FileOpen from '@mui/icons-material/FileOpen';
import { UNTITLED } from '../db/draft-record';
import { useDurability } from '../journal/durability-context';
import { JournalSaveError } from '../journal/journal-api';
import { importOpenedDraft, openPickedFile, openWithDialog, type OpenedDraft, type OpenOutcome } from './draft-file-io';

interface Props {
  onOpened: (draft: { id: string; lastStepKey: string }) => void;
}

export function OpenDraftFileButton({ onOpened }: Props) {
  const { db, api } = useDurability();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [ask, setAsk] = useState<{ opened: OpenedDraft; existingTitle: string } | null>(null);

  const store = async (opened: OpenedDraft, mode: 'copy' | 'replace') => {
    try {
      const record = await importOpenedDraft(db, api, opened, mode, Date.now());
      onOpened({ id: record.id, lastStepKey: record.lastStepKey });
    } catch (e) {
      setError(e instanceof JournalSaveError ? e.userMessage : 'Không lưu được bản nháp mở từ tệp vào bộ nhớ. Hãy thử lại.');
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
    if (api) void openWithDialog(db, api).then(handle);
    else input.current?.click();
  };

  return (
    <>
      <Button variant="outlined" startIcon={<FileOpen />} onClick={start}>Mở tệp bản nháp</Button>
      <input
        ref={input}
        type="file"
        accept=".json,.baocao.json,application/json"
        hidden
        data-testid="draft-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openPickedFile(db, file).then(handle).catch(() => setError('Không đọc được tệp đã chọn. Hãy kiểm tra tệp rồi thử lại.'));
        }}
      />
      {ask && (
        <Dialog open onClose={() => setAsk(null)} aria-labelledby="draft-file-collision">
          <DialogTitle id="draft-file-collision">Bản nháp này đã có trên máy</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Tệp “{ask.opened.fileName}” là bản nháp “{ask.existingTitle}” đã có trên máy này. Mở thành bản sao để giữ cả hai, hoặc thay thế bản trên máy bằng nội dung của tệp.
            </DialogContentText>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setAsk(null)}>Hủy</Button>
            <Button color="warning" onClick={() => { const a = ask; setAsk(null); void store(a.opened, 'replace'); }}>Thay thế</Button>
            <Button variant="contained" onClick={() => { const a = ask; setAsk(null); void store(a.opened, 'copy'); }}>Mở thành bản sao</Button>
          </DialogActions>
        </Dialog>
      )}
      <Snackbar open={error !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} onClose={(_, r) => r !== 'clickaway' && setError(null)}>
        <Alert severity="error" variant="filled" onClose={() => setError(null)} sx={{ maxWidth: 720 }}>{error}</Alert>
      </Snackbar>
    </>
  );
}
