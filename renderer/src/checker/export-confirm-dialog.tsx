/** Asked before exporting a draft that still has format errors: export anyway, or go and fix them. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { Problem } from '../../../core/check/format-check';

interface ExportConfirmDialogProps {
  errors: Problem[];
  /** Warnings (figures that do not add up, a missing number…) are only counted here: they do not stop export. */
  warnings?: number;
  onExportAnyway: () => void;
  onFix: () => void;
}

export function ExportConfirmDialog({ errors, warnings = 0, onExportAnyway, onFix }: ExportConfirmDialogProps) {
  return (
    <Dialog open onClose={onFix} maxWidth="sm" fullWidth aria-labelledby="export-confirm-title">
      <DialogTitle id="export-confirm-title">Báo cáo còn {errors.length} lỗi thể thức</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Tệp xuất ra lúc này có thể bị cấp trên trả lại. Nên sửa các lỗi sau trước khi xuất:
        </DialogContentText>
        <List dense>
          {errors.slice(0, 8).map((p) => (
            <ListItem key={p.id} disableGutters>
              <ListItemText primary={`• ${p.message}`} />
            </ListItem>
          ))}
        </List>
        {errors.length > 8 && (
          <DialogContentText>… và {errors.length - 8} lỗi khác (xem ở bước “Xem lại và xuất”).</DialogContentText>
        )}
        {warnings > 0 && (
          <DialogContentText sx={{ mt: 1 }}>
            Ngoài ra còn {warnings} cảnh báo (như số liệu trong bảng chưa khớp); xem ở bước “Xem lại và xuất”.
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onExportAnyway}>Vẫn xuất</Button>
        <Button variant="contained" onClick={onFix} autoFocus>
          Sửa
        </Button>
      </DialogActions>
    </Dialog>
  );
}
