/** How far main has got verifying the bundles of a stick: a stick of 200 takes seconds, never a frozen button. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { InboxProgress } from '../../../electron/ipc/channels';
import { formatInteger } from '../../../core/text/vi-number';

export function InboxReadProgress({ progress }: { progress: InboxProgress | null }) {
  if (!progress || progress.total === 0) return null;
  const label = `Đã kiểm tra ${formatInteger(progress.done)} / ${formatInteger(progress.total)} bộ hồ sơ…`;
  return (
    <Box sx={{ maxWidth: 480 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, (100 * progress.done) / progress.total)}
        aria-label="Tiến độ kiểm tra bộ hồ sơ"
      />
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mt: 0.5 }}>
        {label}
      </Typography>
    </Box>
  );
}
