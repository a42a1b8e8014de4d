/**
 * "Nộp qua USB": pick a removable drive (refreshed while the dialog is open, so a stick inserted now
 * appears) or "Chọn thư mục khác…", then main writes and verifies the submission folder. The end
 * screen only appears after main's verification. In a plain browser there is no `window.soanBaoCao`:
 * the dialog explains that USB submission needs the desktop app.
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Report } from '../../../core/model/report-schema';
import type { UsbSubmitProgress, UsbSubmitVerified, UsbTarget } from '../../../electron/ipc/channels';
import { formatBytes, progressLabel } from './submit-labels';

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
}

type Stage = { kind: 'choose' } | { kind: 'writing'; progress: UsbSubmitProgress | null } | { kind: 'done'; result: UsbSubmitVerified };

export function SubmitUsbDialog(props: SubmitUsbDialogProps) {
  const api = window.soanBaoCao;
  const [drives, setDrives] = useState<UsbTarget[]>([]);
  const [folder, setFolder] = useState<UsbTarget | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!props.open || !api) return;
    const off = api.onUsbDrivesChanged(setDrives);
    api.usbWatchDrives({ watch: true }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      off();
      void api.usbWatchDrives({ watch: false }).catch(() => undefined);
    };
  }, [props.open, api]);

  const close = () => {
    if (stage.kind === 'writing') return;
    setStage({ kind: 'choose' });
    setError(null);
    props.onClose();
  };

  if (!api) {
    return (
      <Dialog open={props.open} onClose={props.onClose} aria-labelledby="submit-usb-title">
        <DialogTitle id="submit-usb-title">Nộp qua USB</DialogTitle>
        <DialogContent>
          <Alert severity="info">
            Nộp qua USB cần ứng dụng Soạn Báo Cáo trên máy tính (bản cài đặt), vì trình duyệt không được ghi trực tiếp vào USB.
            Hãy mở bản nháp này trong ứng dụng để nộp.
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Đóng</Button>
        </DialogActions>
      </Dialog>
    );
  }

  const refresh = async () => {
    setError(null);
    try {
      setDrives((await api.usbListDrives()).drives);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const pickFolder = async () => {
    setError(null);
    const answer = await api.usbPickFolder();
    if (answer.status === 'picked') {
      setFolder(answer.target);
      setSelected(answer.target.id);
    } else if (answer.status === 'error') setError(answer.message);
  };
  const submit = async () => {
    if (!selected) return;
    setError(null);
    setStage({ kind: 'writing', progress: null });
    const off = api.onUsbSubmitProgress((progress) => setStage({ kind: 'writing', progress }));
    try {
      const result = await api.usbSubmit({
        report: props.report,
        templateId: props.templateId,
        draftId: props.draftId,
        draftUpdatedAt: props.draftUpdatedAt,
        targetId: selected,
      });
      if (result.status === 'verified') {
        setStage({ kind: 'done', result });
        props.onSubmitted?.(result);
      } else {
        setStage({ kind: 'choose' });
        setError(result.message);
      }
    } finally {
      off();
    }
  };

  const targets = folder ? [...drives, folder] : drives;
  return (
    <Dialog open={props.open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="submit-usb-title">
      <DialogTitle id="submit-usb-title">Nộp qua USB</DialogTitle>
      <DialogContent>
        {stage.kind === 'done' ? (
          <Stack spacing={2}>
            <Alert severity="success">{stage.result.headline}</Alert>
            <Typography>
              Đã ghi thư mục “{stage.result.folderName}” vào {stage.result.location} ({stage.result.files.length} tệp, đã đọc lại và so khớp mã SHA-256).
            </Typography>
            <Typography variant="body2">{stage.result.removalHint}</Typography>
          </Stack>
        ) : stage.kind === 'writing' ? (
          <Stack spacing={2} aria-live="polite">
            <Typography>{progressLabel(stage.progress)}</Typography>
            <LinearProgress
              variant={stage.progress ? 'determinate' : 'indeterminate'}
              value={stage.progress ? (100 * stage.progress.done) / stage.progress.total : 0}
            />
            <Typography variant="body2">Đừng rút USB cho đến khi ứng dụng báo đã kiểm tra xong.</Typography>
          </Stack>
        ) : (
          <Stack spacing={2}>
            <Typography>Chọn USB để ghi báo cáo (tệp Word, tệp bản nháp và tệp kiểm tra manifest.json):</Typography>
            {targets.length === 0 ? (
              <Alert severity="info">Chưa thấy USB nào. Hãy cắm USB vào máy (danh sách tự cập nhật) hoặc chọn thư mục khác.</Alert>
            ) : (
              <List dense aria-label="Nơi nộp">
                {targets.map((t) => (
                  <ListItemButton key={t.id} selected={selected === t.id} onClick={() => setSelected(t.id)} disabled={t.readOnly}>
                    <ListItemText
                      primary={t.label}
                      secondary={
                        t.readOnly
                          ? 'USB đang chống ghi (chỉ đọc)'
                          : [t.kind === 'folder' ? t.location : t.fileSystem, t.freeBytes === null ? '' : `còn trống ${formatBytes(t.freeBytes)}`]
                              .filter(Boolean)
                              .join(' · ')
                      }
                    />
                  </ListItemButton>
                ))}
              </List>
            )}
            <Stack direction="row" spacing={1}>
              <Button onClick={() => void refresh()}>Làm mới</Button>
              <Button onClick={() => void pickFolder()}>Chọn thư mục khác…</Button>
            </Stack>
          </Stack>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {stage.kind === 'choose' && (
          <Button variant="contained" disabled={!selected} onClick={() => void submit()}>
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
