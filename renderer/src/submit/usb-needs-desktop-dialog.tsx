/** "Nộp qua USB" in a plain browser, which may not write to a USB stick: says to open the draft in the desktop app. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';

export function UsbNeedsDesktopDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="submit-usb-title">
      <DialogTitle id="submit-usb-title">Nộp qua USB</DialogTitle>
      <DialogContent>
        <Alert severity="info">
          Nộp qua USB cần ứng dụng Soạn Báo Cáo trên máy tính (bản cài đặt), vì trình duyệt không được ghi trực tiếp vào
          USB. Hãy mở bản nháp này trong ứng dụng để nộp.
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
