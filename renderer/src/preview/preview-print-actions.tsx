/**
 * "In" and "Xuất PDF" beside the page preview. Both print the print view (print-view.ts), i.e. the pages on screen.
 * The desktop app prints through main (system print dialog; printToPDF then a save dialog). A browser has no
 * printToPDF: both buttons open its print dialog, where "Lưu dưới dạng PDF" makes the PDF, and the clerk is told so.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { exportFileStem } from '../../../core/model/export-name';
import type { Report } from '../../../core/model/report-schema';
import { safeFileName } from '../../../core/text/safe-file-name';

type Outcome = { severity: 'success' | 'info' | 'error'; message: string } | null;

const BROWSER_PDF_HINT =
  'Trình duyệt không tự lưu được PDF: trong hộp thoại in, chọn máy in “Lưu dưới dạng PDF” (Save as PDF), khổ A4, lề “Không có”, rồi bấm Lưu. Ứng dụng trên máy tính lưu PDF trực tiếp.';
const FAILED = 'Không mở được hộp thoại in. Hãy đợi bản xem trước dựng xong rồi thử lại. Bản nháp không bị ảnh hưởng.';

export function PreviewPrintActions({ report, disabled }: { report: Report; disabled: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // Declared by electron/preload/api.d.ts; absent in a plain browser.
  const api = window.soanBaoCao;

  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch {
      setOutcome({ severity: 'error', message: FAILED });
    } finally {
      setBusy(false);
    }
  };

  const print = () =>
    run(async () => {
      if (!api) {
        window.print();
        return null;
      }
      const res = await api.printPreview();
      if (res.status === 'error') return { severity: 'error', message: res.message };
      return res.status === 'printed' ? { severity: 'success', message: 'Đã gửi bản in tới máy in.' } : null;
    });

  const exportPdf = () =>
    run(async () => {
      if (!api) {
        window.print();
        return { severity: 'info', message: BROWSER_PDF_HINT };
      }
      const res = await api.exportPreviewPdf({ suggestedName: safeFileName(exportFileStem(report), 'pdf') });
      if (res.status === 'error') return { severity: 'error', message: res.message };
      return res.status === 'saved' ? { severity: 'success', message: `Đã lưu tệp PDF tại ${res.filePath}` } : null;
    });

  return (
    <>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button size="small" startIcon={<PrintIcon />} disabled={disabled || busy} onClick={() => void print()}>
          In
        </Button>
        <Button
          size="small"
          startIcon={<PictureAsPdfIcon />}
          disabled={disabled || busy}
          onClick={() => void exportPdf()}
          title={api ? 'Lưu các trang này thành tệp PDF (A4)' : 'Mở hộp thoại in của trình duyệt để lưu PDF'}
        >
          Xuất PDF
        </Button>
      </Box>
      {outcome && (
        <Alert
          severity={outcome.severity}
          sx={{ width: '100%' }}
          onClose={() => setOutcome(null)}
          data-testid="preview-print-outcome"
        >
          {outcome.message}
        </Alert>
      )}
    </>
  );
}
