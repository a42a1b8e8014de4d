/**
 * "So sánh với hiện tại": a revision against the report on screen, part by part in reading order. Parts with
 * changes are open and say how many; unchanged ones are one collapsed line. Each part the revision has can be
 * brought back alone ("Khôi phục mục này") after a question that says what will be replaced. Loaded as its
 * own chunk: the comparison code is only fetched when a clerk asks for it.
 */
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { compareReports, type PartChange } from '../../../core/compare/report-compare';
import { restorePart } from '../../../core/compare/restore-part';
import type { Report } from '../../../core/model/report-schema';
import { JournalSaveError } from '../journal/journal-api';
import { CompareBlocks } from './compare-blocks';
import { ADDED_SX, DiffText, REMOVED_SX } from './diff-text';
import { restoreQuestion } from './restore-question';

export interface CompareDialogProps {
  /** "Bản gửi xin ý kiến · 06/12/2026 14:02" */
  revisionName: string;
  revision: Report;
  current: Report;
  /** Makes `report` the draft on screen (it is saved by the autosave like any edit). */
  onRestore: (report: Report, partLabel: string) => Promise<void>;
  onClose: () => void;
}

function statusChip(part: PartChange) {
  if (part.status === 'added') return <Chip size="small" color="success" label="Mục mới" />;
  if (part.status === 'removed') return <Chip size="small" color="error" label="Đã bị xóa" />;
  if (part.changes === 0) return <Chip size="small" variant="outlined" label="Không thay đổi" />;
  return (
    <>
      {part.moved && <Chip size="small" color="info" label="Đã chuyển chỗ" />}
      <Chip size="small" color="warning" label={`${part.changes} thay đổi`} />
    </>
  );
}

function PartView({
  part,
  open,
  onToggle,
  onRestore,
}: {
  part: PartChange;
  open: boolean;
  onToggle: () => void;
  onRestore: (() => void) | null;
}) {
  const label = part.label.trim() || '(chưa có tiêu đề)';
  const headingId = `compare-${part.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      data-changes={part.changes}
      sx={{ ml: part.depth * 3, borderBottom: '1px solid', borderColor: 'divider', py: 0.5 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <IconButton
          size="small"
          aria-expanded={open}
          aria-label={open ? `Thu gọn ${label}` : `Mở ${label}`}
          onClick={onToggle}
        >
          {open ? <ExpandMore /> : <ChevronRight />}
        </IconButton>
        <Typography id={headingId} component="h3" sx={{ fontWeight: part.depth === 0 ? 700 : 500, flexGrow: 1 }}>
          {label}
        </Typography>
        {statusChip(part)}
        {onRestore && (
          <Button size="small" variant="outlined" onClick={onRestore}>
            Khôi phục mục này
          </Button>
        )}
      </Stack>
      {open && (
        <Box sx={{ pl: 5, pr: 1, pb: 1 }}>
          {part.heading && part.heading.changes > 0 && (
            <Typography sx={{ fontWeight: 700, mb: 0.5 }}>
              Tiêu đề: <DiffText diff={part.heading} />
            </Typography>
          )}
          {part.fields
            .filter((f) => f.diff.changes > 0)
            .map((f) => (
              <Typography key={f.label} sx={{ mb: 0.5 }}>
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {f.label}:{' '}
                </Box>
                <DiffText diff={f.diff} empty="(trống)" />
              </Typography>
            ))}
          <CompareBlocks blocks={part.blocks} />
        </Box>
      )}
    </Box>
  );
}

export default function CompareDialog({ revisionName, revision, current, onRestore, onClose }: CompareDialogProps) {
  const parts = useMemo(() => compareReports(revision, current), [revision, current]);
  // Open by default where something changed; the clerk's own clicks override that.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<PartChange | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changedParts = parts.filter((p) => p.changes > 0);
  const total = changedParts.reduce((n, p) => n + p.changes, 0);

  const toggle = (key: string) =>
    setToggled((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const restore = async (part: PartChange) => {
    setAsking(null);
    const result = restorePart(current, revision, part.key);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setBusy(true);
    try {
      await onRestore(result.report, part.label.trim() || part.key);
    } catch (e) {
      setError(e instanceof JournalSaveError ? e.userMessage : 'Không khôi phục được mục này. Hãy thử lại.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullScreen aria-labelledby="compare-title">
      <DialogTitle id="compare-title">So sánh “{revisionName}” với bản hiện tại</DialogTitle>
      <DialogContent dividers>
        <Stack direction="row" spacing={2} sx={{ mb: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography role="status">
            {total === 0
              ? 'Phiên bản này giống hệt bản hiện tại.'
              : `${changedParts.length} mục có thay đổi, tổng cộng ${total} chỗ thay đổi.`}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <Box component="ins" sx={ADDED_SX}>
              chữ thêm vào
            </Box>{' '}
            so với phiên bản,{' '}
            <Box component="del" sx={REMOVED_SX}>
              chữ đã bỏ
            </Box>
            .
          </Typography>
        </Stack>
        {error && (
          <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {parts.map((part) => (
          <PartView
            key={part.key}
            part={part}
            open={part.changes > 0 !== toggled.has(part.key)}
            onToggle={() => toggle(part.key)}
            onRestore={part.inRevision && part.changes > 0 && !busy ? () => setAsking(part) : null}
          />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>

      {asking && (
        <Dialog open onClose={() => setAsking(null)} aria-labelledby="restore-part-title" maxWidth="sm" fullWidth>
          <DialogTitle id="restore-part-title">Khôi phục “{asking.label.trim() || 'mục này'}”?</DialogTitle>
          <DialogContent>
            <DialogContentText>{restoreQuestion(asking, revisionName)}</DialogContentText>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setAsking(null)}>Hủy</Button>
            <Button variant="contained" onClick={() => void restore(asking)}>
              Khôi phục mục này
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Dialog>
  );
}
