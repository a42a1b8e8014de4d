/**
 * "Khôi phục bản nháp": shown at start-up instead of the home screen when the journal on disk holds drafts
 * IndexedDB lacks or has older (D-07). The clerk picks what to restore; restoring can be undone ("Hoàn tác").
 */
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Restore from '@mui/icons-material/Restore';
import type { RecoverableDraft } from '../../../electron/ipc/channels';
import { UNTITLED } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { JournalSaveError, type JournalApi } from '../journal/journal-api';
import { formatTimestamp } from '../text/format-timestamp';
import { recreateDatabase, restoreFromJournal, undoRestore, type RestoreOutcome } from './restore-from-journal';
import { BackupPickerDialog } from './backup-picker-dialog';
import { restoreFromBackup, undoBackupRestore, type BackupRestoreOutcome } from './restore-from-backup';

interface RecoveryScreenProps {
  db: DraftsDb;
  api: JournalApi;
  recoverable: RecoverableDraft[];
  dbFailed: boolean;
  onDone: () => void;
}

type Phase =
  | { step: 'choose' }
  | { step: 'working' }
  | { step: 'restored'; outcome: RestoreOutcome }
  | { step: 'backup-restored'; outcome: BackupRestoreOutcome }
  | { step: 'undone' };

function why(d: RecoverableDraft): string {
  const trash = d.deletedAt !== undefined ? ' · nằm trong thùng rác' : '';
  return (
    (d.why === 'missing' ? 'Không còn trong bộ nhớ của ứng dụng' : 'Bản lưu trên đĩa mới hơn bản trong bộ nhớ') + trash
  );
}

function errorText(error: unknown): string {
  return error instanceof JournalSaveError
    ? error.userMessage
    : 'Không khôi phục được. Các bản lưu trên đĩa vẫn còn nguyên; hãy đóng rồi mở lại ứng dụng.';
}

export function RecoveryScreen({ db, api, recoverable, dbFailed, onDone }: RecoveryScreenProps) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(recoverable.map((d) => d.id)));
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState<RecoverableDraft | null>(null);
  // A broken database is recreated once, before the first restore of either kind (a second time would erase it).
  const dbReady = useRef(!dbFailed);
  const prepareDb = async () => {
    if (dbReady.current) return;
    await recreateDatabase(db);
    dbReady.current = true;
  };

  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const restore = async () => {
    setPhase({ step: 'working' });
    setError(null);
    try {
      await prepareDb();
      const ids = recoverable.filter((d) => chosen.has(d.id)).map((d) => d.id);
      setPhase({ step: 'restored', outcome: await restoreFromJournal(db, api, ids) });
    } catch (e) {
      setError(errorText(e));
      setPhase({ step: 'choose' });
    }
  };

  const restoreBackup = async (draft: RecoverableDraft, at: number) => {
    setPicking(null);
    setPhase({ step: 'working' });
    setError(null);
    try {
      await prepareDb();
      setPhase({ step: 'backup-restored', outcome: await restoreFromBackup(db, api, draft.id, at) });
    } catch (e) {
      setError(errorText(e));
      setPhase({ step: 'choose' });
    }
  };

  const undoBackup = async (outcome: BackupRestoreOutcome) => {
    setPhase({ step: 'working' });
    try {
      await undoBackupRestore(db, api, outcome.undo);
      setPhase({ step: 'undone' });
    } catch (e) {
      setError(errorText(e));
      setPhase({ step: 'backup-restored', outcome });
    }
  };

  const undo = async (outcome: RestoreOutcome) => {
    setPhase({ step: 'working' });
    try {
      await undoRestore(db, api, outcome.undo);
      setPhase({ step: 'undone' });
    } catch (e) {
      setError(errorText(e));
      setPhase({ step: 'restored', outcome });
    }
  };

  const intro = dbFailed
    ? 'Bộ nhớ bản nháp của ứng dụng không mở được (có thể do mất điện hoặc ổ đĩa đầy). Các bản nháp dưới đây vẫn còn nguyên trong bản lưu trên đĩa: bấm “Khôi phục” để tạo lại bộ nhớ và đưa chúng trở lại.'
    : 'Bộ nhớ bản nháp của ứng dụng đang thiếu hoặc cũ hơn bản lưu trên đĩa (có thể do mất điện hoặc ổ đĩa đầy). Chọn các bản nháp cần đưa trở lại rồi bấm “Khôi phục”.';

  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar sx={{ gap: 1.5 }}>
          <Restore />
          <Typography variant="h6" component="div">
            Soạn Báo Cáo
          </Typography>
        </Toolbar>
      </AppBar>
      <Box className="page-container">
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          Khôi phục bản nháp
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}

        {phase.step === 'working' && (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
            <CircularProgress aria-label="Đang khôi phục" />
          </Box>
        )}

        {phase.step === 'choose' && (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {intro}
            </Alert>
            {recoverable.length === 0 ? (
              <Typography sx={{ mb: 2 }}>Không có bản nháp nào trong bản lưu trên đĩa.</Typography>
            ) : (
              <Paper variant="outlined" sx={{ mb: 2 }}>
                <List aria-label="Bản nháp có thể khôi phục">
                  {recoverable.map((d) => (
                    <ListItem
                      key={d.id}
                      onClick={() => toggle(d.id)}
                      sx={{ cursor: 'pointer', pr: 28 }}
                      secondaryAction={
                        <Button
                          size="small"
                          aria-label={`Khôi phục “${d.title || UNTITLED}” từ bản sao lưu`}
                          onClick={(event) => {
                            event.stopPropagation();
                            setPicking(d);
                          }}
                        >
                          Khôi phục từ bản sao lưu
                        </Button>
                      }
                    >
                      <ListItemIcon>
                        <Checkbox
                          edge="start"
                          checked={chosen.has(d.id)}
                          tabIndex={-1}
                          slotProps={{ input: { 'aria-label': `Chọn “${d.title || UNTITLED}”` } }}
                        />
                      </ListItemIcon>
                      <ListItemText
                        primary={d.title || UNTITLED}
                        secondary={`Lưu lần cuối ${formatTimestamp(d.updatedAt)} · ${why(d)}`}
                      />
                    </ListItem>
                  ))}
                </List>
              </Paper>
            )}
            <Stack direction="row" spacing={2}>
              <Button
                variant="contained"
                startIcon={<Restore />}
                disabled={chosen.size === 0 && !dbFailed}
                onClick={() => void restore()}
              >
                {dbFailed && chosen.size === 0 ? 'Tạo lại bộ nhớ' : `Khôi phục ${chosen.size} bản nháp`}
              </Button>
              {!dbFailed && <Button onClick={onDone}>Bỏ qua lần này</Button>}
            </Stack>
            {!dbFailed && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                Nếu bỏ qua, bản lưu trên đĩa vẫn được giữ và màn hình này sẽ hiện lại ở lần mở sau.
              </Typography>
            )}
          </>
        )}

        {phase.step === 'restored' && (
          <>
            <Alert
              severity="success"
              sx={{ mb: 2 }}
              action={
                <Button color="inherit" size="small" onClick={() => void undo(phase.outcome)}>
                  Hoàn tác
                </Button>
              }
            >
              Đã khôi phục {phase.outcome.restored.length} bản nháp. Bản trong bộ nhớ trước đó (nếu có) được giữ lại
              thành phiên bản “Bản trong bộ nhớ trước khi khôi phục”.
            </Alert>
            {phase.outcome.failed.map((f) => (
              <Alert key={f.id} severity="error" sx={{ mb: 1 }}>
                {f.message}
              </Alert>
            ))}
            <Button variant="contained" onClick={onDone}>
              Mở danh sách bản nháp
            </Button>
          </>
        )}

        {phase.step === 'backup-restored' && (
          <>
            <Alert
              severity="success"
              sx={{ mb: 2 }}
              action={
                <Button color="inherit" size="small" onClick={() => void undoBackup(phase.outcome)}>
                  Hoàn tác
                </Button>
              }
            >
              Đã khôi phục “{phase.outcome.restored.title || UNTITLED}” từ bản sao lưu lúc{' '}
              {formatTimestamp(phase.outcome.backupAt)}.
              {phase.outcome.undo.undoRevisionId !== null &&
                ' Bản lưu trên đĩa trước đó được giữ thành phiên bản “Trước khi khôi phục từ bản sao lưu” trong lịch sử phiên bản.'}
            </Alert>
            <Button variant="contained" onClick={onDone}>
              Mở danh sách bản nháp
            </Button>
          </>
        )}

        {picking && (
          <BackupPickerDialog
            api={api}
            draft={picking}
            onPick={(at) => void restoreBackup(picking, at)}
            onClose={() => setPicking(null)}
          />
        )}

        {phase.step === 'undone' && (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              Đã hoàn tác: bộ nhớ trở lại như trước khi khôi phục. Bản lưu trên đĩa vẫn được giữ.
            </Alert>
            <Button variant="contained" onClick={onDone}>
              Mở danh sách bản nháp
            </Button>
          </>
        )}
      </Box>
    </Box>
  );
}
