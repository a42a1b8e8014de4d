/**
 * "Xem": a received report as it prints, read-only. The office never edits what a unit sent; it compiles
 * from it.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { PagePreview } from '../preview/page-preview';
import type { ReceivedReport } from './received-report';
import { viDate } from './incoming-bundles';

export function ReceivedReportView({ report, onClose }: { report: ReceivedReport | null; onClose: () => void }) {
  return (
    <Dialog open={report !== null} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="received-view-title">
      <DialogTitle id="received-view-title">{report ? `Báo cáo của ${report.unit}` : ''}</DialogTitle>
      <DialogContent>
        {report && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {[
                report.symbol || 'chưa có số',
                viDate(report.date),
                `nhận ngày ${viDate(isoDay(report.receivedAt))}`,
              ].join(' · ')}{' '}
              — chỉ xem, không sửa.
            </Typography>
            <PagePreview report={report.report} maxHeight="65vh" />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The local calendar day of an instant, as ISO (the date rules in core/text take ISO days). */
function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
