/** The autosave state in the app bar: "Đang lưu…", "Đã lưu lúc 14:02", or an error with "Thử lại". */
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { Tooltip } from '../app/tooltip';
import CloudDone from '@mui/icons-material/CloudDone';
import CloudOff from '@mui/icons-material/CloudOff';
import type { SaveStatus } from '../autosave/autosave-scheduler';
import { formatClock } from '../text/format-timestamp';

export function SaveStatusIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  if (status.state === 'error') {
    return (
      <Box role="alert" sx={{ display: 'flex', alignItems: 'center', gap: 1, bgcolor: '#fdecea', color: '#8a1c1c', px: 1.5, py: 0.5, borderRadius: 1, maxWidth: 520 }}>
        <CloudOff fontSize="small" />
        <Typography variant="body2" sx={{ lineHeight: 1.3 }}>{status.message}</Typography>
        <Button size="small" color="inherit" variant="outlined" onClick={onRetry} sx={{ flexShrink: 0 }}>
          Thử lại
        </Button>
      </Box>
    );
  }
  const text =
    status.state === 'saving' ? 'Đang lưu…' : status.state === 'saved' ? `Đã lưu lúc ${formatClock(status.at)}` : status.state === 'dirty' ? 'Có thay đổi chưa lưu' : 'Bản nháp được lưu tự động';
  return (
    <Tooltip title="Bản nháp được lưu tự động trên máy này sau mỗi lần sửa.">
      <Box role="status" aria-live="polite" data-testid="save-status" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, opacity: 0.95 }}>
        {status.state === 'saving' || status.state === 'dirty' ? <CircularProgress size={14} color="inherit" /> : <CloudDone fontSize="small" />}
        <Typography variant="body2">{text}</Typography>
      </Box>
    </Tooltip>
  );
}
