/** The "writing" stage of "Nộp qua USB": what main is doing (checking, writing, reading back) and how far. */
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UsbSubmitProgress as Progress } from '../../../electron/ipc/channels';
import { progressLabel } from './submit-labels';

export function UsbSubmitProgress({ progress }: { progress: Progress | null }) {
  return (
    <Stack spacing={2} aria-live="polite">
      <Typography>{progressLabel(progress)}</Typography>
      <LinearProgress
        variant={progress ? 'determinate' : 'indeterminate'}
        value={progress ? (100 * progress.done) / progress.total : 0}
      />
      <Typography variant="body2">Đừng rút USB cho đến khi ứng dụng báo đã kiểm tra xong.</Typography>
    </Stack>
  );
}
