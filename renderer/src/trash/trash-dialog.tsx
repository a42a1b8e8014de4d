/** "Thùng rác": deleted drafts, kept 30 days; restore one, or delete it for good after a confirmation. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { draftTitle } from '../db/draft-record';
import { useRepository } from '../app/repository-context';
import { useDurability } from '../journal/durability-context';
import { JournalSaveError } from '../journal/journal-api';
import { formatTimestamp } from '../text/format-timestamp';
import { ConfirmDialog } from '../wizard/confirm-dialog';
import { deleteForever, listTrash, TRASH_KEEP_DAYS } from './trash-store';

export function TrashDialog({ onClose }: { onClose: () => void }) {
  const repo = useRepository();
  const { db, api } = useDurability();
  const items = useLiveQuery(() => listTrash(db, Date.now()), [db]);
  const [confirm, setConfirm] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = (fn: () => Promise<unknown>, failure: string) => () =>
    void fn().catch((e: unknown) => setError(e instanceof JournalSaveError ? e.userMessage : failure));

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="trash-title">
      <DialogTitle id="trash-title">Thùng rác</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Bản nháp đã xóa được giữ {TRASH_KEEP_DAYS} ngày rồi mới bị xóa hẳn.
        </Typography>
        {error && (
          <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {items === undefined ? null : items.length === 0 ? (
          <Typography sx={{ py: 2 }}>Thùng rác trống.</Typography>
        ) : (
          <List aria-label="Bản nháp trong thùng rác">
            {items.map(({ draft, daysLeft }) => {
              const title = draftTitle(draft.report);
              return (
                <ListItem key={draft.id} divider sx={{ gap: 1, flexWrap: 'wrap' }}>
                  <ListItemText
                    primary={title}
                    secondary={`Xóa lúc ${formatTimestamp(draft.deletedAt ?? 0)} · ${daysLeft === 0 ? 'sẽ bị xóa hẳn hôm nay' : `còn ${daysLeft} ngày`}`}
                  />
                  <Stack direction="row" spacing={1}>
                    <Button
                      size="small"
                      variant="outlined"
                      aria-label={`Khôi phục “${title}”`}
                      onClick={run(() => repo.restoreDraft(draft.id), 'Không khôi phục được bản nháp. Hãy thử lại.')}
                    >
                      Khôi phục
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      aria-label={`Xóa vĩnh viễn “${title}”`}
                      onClick={() => setConfirm({ id: draft.id, title })}
                    >
                      Xóa vĩnh viễn
                    </Button>
                  </Stack>
                </ListItem>
              );
            })}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
      {confirm && (
        <ConfirmDialog
          title="Xóa vĩnh viễn bản nháp?"
          message={`“${confirm.title}” và mọi phiên bản đã lưu của nó sẽ bị xóa hẳn khỏi máy này, không thể lấy lại.`}
          confirmLabel="Xóa vĩnh viễn"
          onConfirm={run(() => deleteForever(db, api, confirm.id), 'Không xóa được bản nháp. Hãy thử lại.')}
          onClose={() => setConfirm(null)}
        />
      )}
    </Dialog>
  );
}
