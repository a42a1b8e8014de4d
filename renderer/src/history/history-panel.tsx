/**
 * "Lịch sử phiên bản" of one draft (desktop app): automatic checkpoints made by main (on step change and every
 * few minutes of editing), named versions ("Bản gửi xin ý kiến"), a read-only view of any of them, and restore —
 * which keeps the current state as a checkpoint first and can be undone at once.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { OutlinedField } from '../app/outlined-field';
import { parseReport, type Report } from '../../../core/model/report-schema';
import type { RevisionSummary } from '../../../electron/ipc/channels';
import { callJournal, JournalSaveError, type JournalApi } from '../journal/journal-api';
import { formatTimestamp } from '../text/format-timestamp';
import { ReportPreview } from '../wizard/report-preview';

const CompareDialog = lazy(() => import('./compare-dialog'));

/** Longest part label put into a version name ("Trước khi khôi phục mục “…”"), within the journal's 200. */
const NAME_LABEL_MAX = 150;

interface HistoryPanelProps {
  api: JournalApi;
  draftId: string;
  /** Saves pending edits, so the journal's current state is what is on screen. */
  flush: () => Promise<unknown>;
  /** The restored report; `undoRevisionId` holds the state just before (for "Hoàn tác"). */
  onRestored: (report: Report, undo: { undoRevisionId: string; label: string }) => void;
  /** The report on screen, which "So sánh với hiện tại" compares a revision with. */
  current: Report;
  /** One part brought back from a revision; `previous` is the report just before (for "Hoàn tác"). */
  onPartRestored: (report: Report, undo: { previous: Report; label: string }) => void;
  onClose: () => void;
}

export function revisionLabel(r: RevisionSummary): string {
  if (r.kind === 'named') return r.name;
  if (r.kind === 'restore') return r.name || 'Trước khi khôi phục';
  return 'Tự động lưu';
}

function messageOf(error: unknown): string {
  return error instanceof JournalSaveError ? error.userMessage : 'Không thực hiện được. Hãy thử lại.';
}

async function expectOk<T extends { status: string }>(
  call: () => Promise<T | { status: 'error'; message: string; reason?: undefined }>,
): Promise<Exclude<T, { status: 'error' }>> {
  const res = await callJournal(call);
  if (res.status === 'error') throw new JournalSaveError(res as { status: 'error'; message: string });
  return res as Exclude<T, { status: 'error' }>;
}

/** Makes a revision current in the journal (the state before is kept as a checkpoint) and returns it. */
export async function restoreRevision(
  api: JournalApi,
  draftId: string,
  revisionId: string,
  flush: () => Promise<unknown>,
): Promise<{ report: Report; undoRevisionId: string }> {
  await flush();
  const res = await expectOk(() => api.revisionRestore({ id: draftId, revisionId }));
  const report = parseReport(res.draft.report);
  if (!report.ok)
    throw new JournalSaveError({ message: 'Phiên bản này bị hỏng nên không khôi phục được.', reason: 'invalid-draft' });
  return { report: report.value, undoRevisionId: res.undoRevisionId };
}

export function HistoryPanel({ api, draftId, flush, onRestored, current, onPartRestored, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [viewing, setViewing] = useState<{ revision: RevisionSummary; report: Report } | null>(null);
  const [comparing, setComparing] = useState<{ revision: RevisionSummary; report: Report } | null>(null);

  const [listed, setListed] = useState(0);
  const reload = () => setListed((n) => n + 1);
  useEffect(() => {
    let alive = true;
    flush()
      .then(() => expectOk(() => api.revisionList({ id: draftId })))
      .then((res) => alive && setRevisions(res.revisions))
      .catch((e: unknown) => {
        if (!alive) return;
        setError(messageOf(e));
        setRevisions([]);
      });
    return () => {
      alive = false;
    };
  }, [api, draftId, flush, listed]);

  const run = (fn: () => Promise<void>) => () => void fn().catch((e: unknown) => setError(messageOf(e)));

  const createVersion = run(async () => {
    const trimmed = name.trim().normalize('NFC');
    if (!trimmed) return;
    await flush();
    await expectOk(() => api.revisionCreate({ id: draftId, name: trimmed }));
    setNaming(false);
    setName('');
    reload();
  });

  const read = async (revision: RevisionSummary) => {
    const res = await expectOk(() => api.revisionRead({ id: draftId, revisionId: revision.revisionId }));
    const report = parseReport(res.draft.report);
    if (!report.ok)
      throw new JournalSaveError({ message: 'Phiên bản này bị hỏng nên không xem được.', reason: 'invalid-draft' });
    return { revision, report: report.value };
  };
  const view = (revision: RevisionSummary) => run(async () => setViewing(await read(revision)));
  const compare = (revision: RevisionSummary) =>
    run(async () => {
      // The comparison is with what is on screen; saving first keeps the journal's "now" the same.
      await flush();
      setComparing(await read(revision));
    });

  // The state before is kept as a named version, so it stays in the history after the snackbar's undo is gone.
  const restoreOnePart = async (report: Report, partLabel: string) => {
    await flush();
    const label = partLabel.length > NAME_LABEL_MAX ? `${partLabel.slice(0, NAME_LABEL_MAX)}…` : partLabel;
    await expectOk(() => api.revisionCreate({ id: draftId, name: `Trước khi khôi phục mục “${label}”` }));
    onPartRestored(report, { previous: current, label });
    reload();
  };

  const restore = (revisionId: string, label: string) =>
    run(async () => {
      const { report, undoRevisionId } = await restoreRevision(api, draftId, revisionId, flush);
      setViewing(null);
      onRestored(report, { undoRevisionId, label });
    });

  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 440 }, p: 2 } } }}
    >
      <Box role="region" aria-label="Lịch sử phiên bản">
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            Lịch sử phiên bản
          </Typography>
          <Button onClick={onClose}>Đóng</Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Ứng dụng tự lưu một phiên bản khi bạn chuyển bước và sau mỗi vài phút soạn thảo. Khôi phục một phiên bản vẫn
          giữ lại nội dung hiện tại.
        </Typography>
        <Button variant="contained" onClick={() => setNaming(true)} sx={{ mb: 1.5 }}>
          Lưu phiên bản…
        </Button>
        {error && (
          <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {revisions === null ? (
          <CircularProgress aria-label="Đang tải lịch sử" />
        ) : revisions.length === 0 ? (
          <Typography>Chưa có phiên bản nào. Phiên bản đầu tiên được lưu khi bạn chuyển sang bước khác.</Typography>
        ) : (
          <List aria-label="Các phiên bản">
            {revisions.map((r) => (
              <ListItem key={r.revisionId} divider sx={{ flexWrap: 'wrap', gap: 1 }}>
                <ListItemText
                  primary={revisionLabel(r)}
                  secondary={`${formatTimestamp(r.at)}${r.title ? ` · ${r.title}` : ''}`}
                />
                <Stack direction="row" spacing={1}>
                  <Button
                    size="small"
                    onClick={compare(r)}
                    aria-label={`So sánh phiên bản ${revisionLabel(r)} lúc ${formatTimestamp(r.at)} với hiện tại`}
                  >
                    So sánh với hiện tại
                  </Button>
                  <Button
                    size="small"
                    onClick={view(r)}
                    aria-label={`Xem phiên bản ${revisionLabel(r)} lúc ${formatTimestamp(r.at)}`}
                  >
                    Xem
                  </Button>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={restore(r.revisionId, revisionLabel(r))}
                    aria-label={`Khôi phục phiên bản ${revisionLabel(r)} lúc ${formatTimestamp(r.at)}`}
                  >
                    Khôi phục
                  </Button>
                </Stack>
              </ListItem>
            ))}
          </List>
        )}
      </Box>

      {naming && (
        <Dialog open onClose={() => setNaming(false)} aria-labelledby="name-version-title" maxWidth="xs" fullWidth>
          <DialogTitle id="name-version-title">Lưu phiên bản</DialogTitle>
          <DialogContent>
            <OutlinedField
              autoFocus
              fullWidth
              label="Tên phiên bản"
              placeholder="Ví dụ: Bản gửi xin ý kiến"
              value={name}
              onChange={(e) => setName(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 200 } }}
              sx={{ mt: 1 }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setNaming(false)}>Hủy</Button>
            <Button variant="contained" disabled={!name.trim()} onClick={createVersion}>
              Lưu
            </Button>
          </DialogActions>
        </Dialog>
      )}

      {viewing && (
        <Dialog open onClose={() => setViewing(null)} maxWidth="md" fullWidth aria-labelledby="view-version-title">
          <DialogTitle id="view-version-title">
            {revisionLabel(viewing.revision)} · {formatTimestamp(viewing.revision.at)} (chỉ xem)
          </DialogTitle>
          <DialogContent dividers>
            <ReportPreview report={viewing.report} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setViewing(null)}>Đóng</Button>
            <Button
              onClick={() => {
                setComparing(viewing);
                setViewing(null);
              }}
            >
              So sánh với hiện tại
            </Button>
            <Button variant="contained" onClick={restore(viewing.revision.revisionId, revisionLabel(viewing.revision))}>
              Khôi phục phiên bản này
            </Button>
          </DialogActions>
        </Dialog>
      )}

      {comparing && (
        <Suspense fallback={<CircularProgress aria-label="Đang mở phần so sánh" />}>
          <CompareDialog
            revisionName={`${revisionLabel(comparing.revision)} · ${formatTimestamp(comparing.revision.at)}`}
            revision={comparing.report}
            current={current}
            onRestore={restoreOnePart}
            onClose={() => setComparing(null)}
          />
        </Suspense>
      )}
    </Drawer>
  );
}
