/**
 * The snapshots in userData/backups that hold a copy of one draft, newest first, with the time each was taken;
 * the clerk picks one to restore ("Khôi phục từ bản sao lưu").
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { UNTITLED } from '../db/draft-record';
import { JournalSaveError, type JournalApi } from '../journal/journal-api';
import type { DraftBackupSummary } from '../../../electron/ipc/channels';
import { formatTimestamp } from '../text/format-timestamp';
import { listDraftBackups } from './restore-from-backup';

interface BackupPickerDialogProps {
  api: JournalApi;
  draft: { id: string; title: string };
  onPick: (at: number) => void;
  onClose: () => void;
}

export function BackupPickerDialog({ api, draft, onPick, onClose }: BackupPickerDialogProps) {
  const [backups, setBackups] = useState<DraftBackupSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = draft.title || UNTITLED;

  useEffect(() => {
    let alive = true;
    listDraftBackups(api, draft.id)
      .then((list) => alive && setBackups(list))
      .catch(
        (e: unknown) =>
          alive &&
          setError(
            e instanceof JournalSaveError
              ? e.userMessage
              : 'Không đọc được danh sách bản sao lưu. Hãy đóng cửa sổ này rồi thử lại.',
          ),
      );
    return () => {
      alive = false;
    };
  }, [api, draft.id]);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="backup-picker-title">
      <DialogTitle id="backup-picker-title">Bản sao lưu của “{title}”</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        {!error && backups === null && <CircularProgress aria-label="Đang đọc các bản sao lưu" />}
        {backups?.length === 0 && (
          <Typography>
            Chưa có bản sao lưu nào chứa bản nháp này. Ứng dụng tự sao lưu 15 phút một lần khi có thay đổi và trước mỗi
            lần nhập hay khôi phục.
          </Typography>
        )}
        {backups && backups.length > 0 && (
          <List aria-label="Các bản sao lưu">
            {backups.map((b) => (
              <ListItem
                key={b.at}
                secondaryAction={
                  <Button
                    size="small"
                    aria-label={`Khôi phục bản sao lưu lúc ${formatTimestamp(b.at)}`}
                    onClick={() => onPick(b.at)}
                  >
                    Khôi phục bản này
                  </Button>
                }
              >
                <ListItemText
                  primary={`Sao lưu lúc ${formatTimestamp(b.at)}`}
                  secondary={`“${b.title || UNTITLED}” · lưu lần cuối ${formatTimestamp(b.updatedAt)}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
