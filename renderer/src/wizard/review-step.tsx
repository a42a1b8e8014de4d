/** Step "Xem lại và xuất": what is still incomplete (click to go there), the preview, and the export button. */
import { Alert, Box, Button, CircularProgress, List, ListItemButton, ListItemIcon, ListItemText, Paper, Stack, Typography } from '@mui/material';
import FileDownload from '@mui/icons-material/FileDownload';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import type { Report } from '../../../core/model/report-schema';
import { isStepComplete, wizardSteps } from '../../../core/model/wizard-steps';
import { ReportPreview } from './report-preview';

interface ReviewStepProps {
  report: Report;
  onGoToStep: (key: string) => void;
  onExport: () => void;
  exporting: boolean;
}

export function ReviewStep({ report, onGoToStep, onExport, exporting }: ReviewStepProps) {
  const incomplete = wizardSteps(report).filter((s) => s.kind !== 'review' && !isStepComplete(report, s));
  return (
    <Stack spacing={3}>
      {incomplete.length === 0 ? (
        <Alert severity="success">Tất cả các bước đã đủ thông tin. Hãy đọc lại bản xem trước rồi xuất tệp DOCX.</Alert>
      ) : (
        <Box>
          <Alert severity="warning" sx={{ mb: 1 }}>
            Còn {incomplete.length} bước chưa xong (thiếu thông tin bắt buộc hoặc còn dấu “…”). Vẫn có thể xuất tệp để xem thử.
          </Alert>
          <List dense aria-label="Các bước chưa xong" sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
            {incomplete.map((s) => (
              <ListItemButton key={s.key} onClick={() => onGoToStep(s.key)}>
                <ListItemIcon sx={{ minWidth: 32 }}><RadioButtonUnchecked fontSize="small" color="warning" /></ListItemIcon>
                <ListItemText primary={s.label} secondary="Bấm để mở bước này" />
              </ListItemButton>
            ))}
          </List>
        </Box>
      )}
      <Box>
        <Button variant="contained" size="large" startIcon={exporting ? <CircularProgress size={18} color="inherit" /> : <FileDownload />} disabled={exporting} onClick={onExport}>
          {exporting ? 'Đang xuất…' : 'Xuất DOCX'}
        </Button>
      </Box>
      <Box>
        <Typography variant="h6" sx={{ mb: 1 }}>Bản xem trước</Typography>
        <Paper variant="outlined" sx={{ p: { xs: 2, md: 5 }, bgcolor: '#fff', maxWidth: 860 }}>
          <ReportPreview report={report} />
        </Paper>
      </Box>
    </Stack>
  );
}
