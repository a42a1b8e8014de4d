/**
 * The app-bar entry to the version history. After a restore the panel closes so the clerk sees the restored
 * text, and "Hoàn tác" (undo) stays offered for 15 s. In a plain browser there is no journal on disk: the
 * button still works and says that history needs the desktop app, never a dead control.
 */
import { useState, type ComponentProps } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import { Tooltip } from '../app/tooltip';
import History from '@mui/icons-material/History';
import type { Report } from '../../../core/model/report-schema';
import { useDurability } from '../journal/durability-context';
import { JournalSaveError } from '../journal/journal-api';
import { useReportOnScreen } from '../wizard/report-on-screen';
import { HistoryPanel, restoreRevision } from './history-panel';

/** The panel compares a revision with the report on screen (read here, so the closed button never re-renders). */
function HistoryPanelOnScreen(props: Omit<ComponentProps<typeof HistoryPanel>, 'current'>) {
  return <HistoryPanel {...props} current={useReportOnScreen()} />;
}

interface Props {
  draftId: string;
  flush: () => Promise<unknown>;
  /** Replaces the report on screen (the editors are re-created from it). */
  onRestored: (report: Report) => void;
}

export function HistoryButton({ draftId, flush, onRestored }: Props) {
  const { api } = useDurability();
  const [open, setOpen] = useState(false);
  const [undo, setUndo] = useState<{ undoRevisionId: string; label: string } | null>(null);
  // One part restored from the comparison: undone by putting back the report as it was just before.
  const [partUndo, setPartUndo] = useState<{ previous: Report; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const runUndo = async (undoRevisionId: string) => {
    if (!api) return;
    setUndo(null);
    try {
      onRestored((await restoreRevision(api, draftId, undoRevisionId, flush)).report);
    } catch (e) {
      setError(
        e instanceof JournalSaveError
          ? e.userMessage
          : 'Không hoàn tác được. Hãy mở “Lịch sử phiên bản” và khôi phục phiên bản “Trước khi khôi phục”.',
      );
    }
  };

  return (
    <>
      <Tooltip title="Lịch sử phiên bản">
        <IconButton color="inherit" aria-label="Lịch sử phiên bản" onClick={() => setOpen(true)}>
          <History />
        </IconButton>
      </Tooltip>
      {open && api && (
        <HistoryPanelOnScreen
          api={api}
          draftId={draftId}
          flush={flush}
          onRestored={(report, u) => {
            onRestored(report);
            setOpen(false);
            setUndo(u);
          }}
          onPartRestored={(restored, u) => {
            onRestored(restored);
            setPartUndo(u);
          }}
          onClose={() => setOpen(false)}
        />
      )}
      {open && !api && (
        <Dialog open onClose={() => setOpen(false)} aria-labelledby="history-browser-title">
          <DialogTitle id="history-browser-title">Lịch sử phiên bản</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Lịch sử phiên bản được lưu trên đĩa bởi ứng dụng Soạn Báo Cáo cài trên máy tính; trình duyệt không có chỗ
              lưu này. Trong trình duyệt, hãy dùng “Lưu bản nháp ra tệp” để giữ một bản của nội dung hiện tại.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Đã hiểu</Button>
          </DialogActions>
        </Dialog>
      )}
      <Snackbar
        open={undo !== null}
        autoHideDuration={15_000}
        onClose={(_, reason) => reason !== 'clickaway' && setUndo(null)}
        message={undo ? `Đã khôi phục “${undo.label}”. Nội dung trước đó được giữ thành một phiên bản.` : ''}
        action={
          undo && (
            <Button
              color="secondary"
              size="small"
              sx={{ color: '#ffd8a8' }}
              onClick={() => void runUndo(undo.undoRevisionId)}
            >
              Hoàn tác
            </Button>
          )
        }
      />
      <Snackbar
        open={partUndo !== null}
        autoHideDuration={15_000}
        onClose={(_, reason) => reason !== 'clickaway' && setPartUndo(null)}
        message={
          partUndo ? `Đã khôi phục mục “${partUndo.label}”. Nội dung trước đó được giữ thành một phiên bản.` : ''
        }
        action={
          partUndo && (
            <Button
              color="secondary"
              size="small"
              sx={{ color: '#ffd8a8' }}
              onClick={() => {
                onRestored(partUndo.previous);
                setPartUndo(null);
              }}
            >
              Hoàn tác
            </Button>
          )
        }
      />
      <Snackbar open={error !== null} onClose={() => setError(null)}>
        <Alert severity="error" variant="filled" onClose={() => setError(null)}>
          {error}
        </Alert>
      </Snackbar>
    </>
  );
}
