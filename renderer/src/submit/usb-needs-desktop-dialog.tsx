/**
 * "Nộp qua USB" in a plain browser, which may not write to a USB stick: says to open the draft in the desktop app,
 * and offers what the browser can do now, the wizard's own "Lưu bản nháp ra tệp" and "Xuất DOCX" (the clerk
 * then copies the file onto the stick). The dialog closes first, so the export's questions and messages show.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import FileDownload from '@mui/icons-material/FileDownload';
import SaveAlt from '@mui/icons-material/SaveAlt';

export interface BrowserNextSteps {
  onSaveDraftFile: () => void;
  onExport: () => void;
}

interface UsbNeedsDesktopDialogProps {
  open: boolean;
  onClose: () => void;
  actions: BrowserNextSteps;
}

export function UsbNeedsDesktopDialog({ open, onClose, actions }: UsbNeedsDesktopDialogProps) {
  const then = (action: () => void) => () => {
    onClose();
    action();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="submit-usb-title">
      <DialogTitle id="submit-usb-title">Nộp qua USB</DialogTitle>
      <DialogContent>
        <Alert severity="info">
          Nộp qua USB cần ứng dụng Soạn Báo Cáo trên máy tính (bản cài đặt), vì trình duyệt không được ghi trực tiếp vào
          USB. Hãy mở bản nháp này trong ứng dụng để nộp.
        </Alert>
        <Typography variant="body2" sx={{ mt: 2 }}>
          Ngay bây giờ, bạn có thể lưu bản nháp ra tệp (để mở trong ứng dụng) hoặc xuất tệp DOCX, rồi tự chép tệp vào
          USB.
        </Typography>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" startIcon={<SaveAlt />} onClick={then(actions.onSaveDraftFile)}>
          Lưu bản nháp ra tệp
        </Button>
        <Button variant="contained" startIcon={<FileDownload />} onClick={then(actions.onExport)}>
          Xuất DOCX
        </Button>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
