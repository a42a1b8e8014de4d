/** While "Tổng hợp" runs (in a worker, a few seconds for 200 reports): what is being done, and no second click. */
import Backdrop from '@mui/material/Backdrop';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatInteger } from '../../../core/text/vi-number';

export function CompileProgress({ reports }: { reports: number | null }) {
  return (
    <Backdrop open={reports !== null} sx={{ zIndex: (theme) => theme.zIndex.modal + 1 }}>
      <Paper sx={{ px: 3, py: 2 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <CircularProgress size={24} />
          <Typography role="status">
            Đang tổng hợp {formatInteger(reports ?? 0)} báo cáo… Có thể mất vài giây với nhiều đơn vị.
          </Typography>
        </Stack>
      </Paper>
    </Backdrop>
  );
}
