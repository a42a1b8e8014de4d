/**
 * "Nộp qua USB": pick a removable drive (refreshed while the dialog is open, so a stick inserted now
 * appears) or "Chọn thư mục khác…", then main writes and verifies the submission folder. The end
 * screen only appears after main's verification. In a plain browser there is no `window.soanBaoCao`:
 * the dialog explains that USB submission needs the desktop app and offers saving the draft or the DOCX instead.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { Report } from '../../../core/model/report-schema';
import type { UsbSubmitVerified } from '../../../electron/ipc/channels';
import { UsbNeedsDesktopDialog, type BrowserNextSteps } from './usb-needs-desktop-dialog';
import { UsbSubmitDone } from './usb-submit-done';
import { UsbSubmitProgress } from './usb-submit-progress';
import { UsbTargetChoice } from './usb-target-choice';
import { useUsbSubmission } from './use-usb-submission';
import { useUsbTargets } from './use-usb-targets';

export interface SubmitUsbDialogProps {
  open: boolean;
  onClose: () => void;
  report: Report;
  templateId: string;
  draftId: string;
  /** The draft's updatedAt (epoch ms). */
  draftUpdatedAt: number | null;
  /** Called after a verified submission (e.g. to refresh the history list). */
  onSubmitted?: (result: UsbSubmitVerified) => void;
  /** What the browser build offers instead: the wizard's own "Lưu bản nháp ra tệp" and "Xuất DOCX". */
  browserActions: BrowserNextSteps;
}

export function SubmitUsbDialog(props: SubmitUsbDialogProps) {
  const api = window.soanBaoCao;
  const [error, setError] = useState<string | null>(null);
  const choice = useUsbTargets(api, props.open, setError);
  const { stage, submit, reset } = useUsbSubmission(api, props, setError, props.onSubmitted);

  if (!api) return <UsbNeedsDesktopDialog open={props.open} onClose={props.onClose} actions={props.browserActions} />;

  // Not while writing: the clerk might pull the stick out before main has checked what it wrote.
  const close = () => {
    if (stage.kind === 'writing') return;
    reset();
    setError(null);
    props.onClose();
  };
  const { selected } = choice;
  return (
    <Dialog open={props.open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="submit-usb-title">
      <DialogTitle id="submit-usb-title">Nộp qua USB</DialogTitle>
      <DialogContent>
        {stage.kind === 'done' ? (
          <UsbSubmitDone result={stage.result} />
        ) : stage.kind === 'writing' ? (
          <UsbSubmitProgress progress={stage.progress} />
        ) : (
          <UsbTargetChoice {...choice} />
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {stage.kind === 'choose' && (
          <Button
            variant="contained"
            disabled={!selected}
            onClick={() => {
              if (selected) void submit(selected);
            }}
          >
            Nộp
          </Button>
        )}
        <Button onClick={close} disabled={stage.kind === 'writing'}>
          {stage.kind === 'done' ? 'Xong' : 'Hủy'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
