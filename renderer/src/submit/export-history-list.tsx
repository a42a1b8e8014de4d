/**
 * A draft's export history: each .docx export or USB submission with when, where and whether it was
 * verified; above it "Đã nộp ngày …" and a warning when the draft was edited after that submission.
 * Empty (with a note) in a plain browser, where there is no history.
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ExportHistoryItem } from '../../../electron/ipc/channels';
import { localDateTimeLabel, submissionState, type ExportHistoryEntry } from '../../../core/submission/export-history';

export interface ExportHistoryListProps {
  draftId: string;
  /** The draft's updatedAt (epoch ms), to warn about edits after the last submission. */
  draftUpdatedAt: number | null;
  /** Change it (e.g. a counter) to reload after a new export. */
  refreshKey?: number;
}

export function ExportHistoryList({ draftId, draftUpdatedAt, refreshKey }: ExportHistoryListProps) {
  const api = window.soanBaoCao;
  const [entries, setEntries] = useState<ExportHistoryItem[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!api) return;
    let live = true;
    api
      .exportHistory({ draftId })
      .then((answer) => {
        if (!live) return;
        if (answer.status === 'ok') {
          setEntries(answer.entries);
          setError(null);
        } else setError(answer.message);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [api, draftId, refreshKey]);

  if (!api) return <Typography variant="body2">Lịch sử xuất tệp chỉ có trong ứng dụng trên máy tính.</Typography>;
  const state = submissionState(
    entries.map((e): ExportHistoryEntry => ({
      v: 1,
      draftId,
      kind: e.kind,
      at: e.at,
      target: e.target,
      files: e.files,
      status: e.status,
    })),
    draftId,
    draftUpdatedAt,
  );
  return (
    <Stack spacing={1}>
      {state.kind === 'submitted' && <Typography sx={{ fontWeight: 'bold' }}>{state.label}</Typography>}
      {state.kind === 'submitted' && state.warning && <Alert severity="warning">{state.warning}</Alert>}
      {error && <Alert severity="error">{error}</Alert>}
      {entries.length === 0 ? (
        <Typography variant="body2">Chưa xuất hoặc nộp lần nào.</Typography>
      ) : (
        <List dense aria-label="Lịch sử xuất tệp">
          {entries.map((e) => (
            <ListItem key={`${e.at}-${e.target}`}>
              <ListItemText
                primary={`${e.kind === 'submission' ? 'Nộp qua USB' : 'Xuất tệp Word'} — ${localDateTimeLabel(e.at)} — ${
                  e.status === 'verified' ? 'đã kiểm tra' : 'không thành công'
                }`}
                secondary={e.status === 'verified' ? `${e.drive ? `${e.drive}: ` : ''}${e.target}` : e.message}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
