/**
 * "Xem": a received report as it prints, read-only. The office never edits what a unit sent; it compiles
 * from it. The one change allowed is the clerk's own: deleting the unit's report (every version) after a
 * confirmation, e.g. one received by mistake for the wrong period.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { PagePreview } from '../preview/page-preview';
import type { ReceivedReport } from './received-report';
import { viDate } from './incoming-bundles';

interface ReceivedReportViewProps {
  report: ReceivedReport | null;
  onClose: () => void;
  /** Deletes every version of this unit's report; answers the Vietnamese reason of a refusal, or null. */
  onDelete: (report: ReceivedReport) => Promise<string | null>;
}

export function ReceivedReportView({ report, onClose, onDelete }: ReceivedReportViewProps) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const close = () => {
    setConfirming(false);
    setRefusal(null);
    onClose();
  };
  const remove = async (r: ReceivedReport) => {
    setDeleting(true);
    const reason = await onDelete(r).catch(
      () => 'Chưa xóa được báo cáo này. Hãy thử lại; nếu lỗi kéo dài, hãy khởi động lại ứng dụng.',
    );
    setDeleting(false);
    if (reason) setRefusal(reason);
    else close();
  };
  return (
    <Dialog open={report !== null} onClose={close} fullWidth maxWidth="md" aria-labelledby="received-view-title">
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
      {report && confirming && (
        <Alert severity="warning" sx={{ mx: 3 }} role="alert">
          Xóa mọi phiên bản báo cáo của {report.unit} khỏi máy này? Bản tổng hợp đã tạo không bị ảnh hưởng; muốn có lại
          báo cáo thì phải nhận lại từ USB hoặc thư mục.
        </Alert>
      )}
      {refusal && (
        <Alert severity="error" sx={{ mx: 3, mt: 1 }}>
          {refusal}
        </Alert>
      )}
      <DialogActions>
        {report && !confirming && (
          <Button color="error" sx={{ mr: 'auto' }} onClick={() => setConfirming(true)}>
            Xóa báo cáo này…
          </Button>
        )}
        {report && confirming && (
          <>
            <Button color="error" variant="contained" disabled={deleting} onClick={() => void remove(report)}>
              Xóa hẳn
            </Button>
            <Button onClick={() => setConfirming(false)} disabled={deleting}>
              Không xóa
            </Button>
          </>
        )}
        {!confirming && <Button onClick={close}>Đóng</Button>}
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
