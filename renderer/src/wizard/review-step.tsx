/**
 * Step "Xem lại và xuất": what is still incomplete and the format checker (click to go there), the tone-style
 * action, the export button, the counts per part, and the page preview drawn from the real DOCX (with the text view beside it).
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import FileDownload from '@mui/icons-material/FileDownload';
import Usb from '@mui/icons-material/Usb';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import type { Problem } from '../../../core/check/format-check';
import type { Report } from '../../../core/model/report-schema';
import type { ReportPages } from '../../../core/text/counts/page-counts';
import { isStepComplete, wizardSteps } from '../../../core/model/wizard-steps';
import { FormatCheckerPanel } from '../checker/format-checker-panel';
import { CountsTable } from '../counts/counts-table';
import { useReportCounts } from '../counts/use-report-counts';
import { ToneStyleAction } from '../checker/tone-style-action';
import { PagePreview } from '../preview/page-preview';
import { ExportHistoryList } from '../submit/export-history-list';
import { SubmitUsbDialog } from '../submit/submit-usb-dialog';
import { ReportPreview } from './report-preview';

interface ReviewStepProps {
  report: Report;
  problems: Problem[];
  onGoToStep: (key: string) => void;
  onOpenProblem: (problem: Problem) => void;
  onReplaceReport: (report: Report) => void;
  onExport: () => void;
  /** "Lưu bản nháp ra tệp", as in the app bar. */
  onSaveDraftFile: () => void;
  exporting: boolean;
  /** Pages per part, once the paginated preview has them (words, characters and footnotes are counted here). */
  pages: ReportPages | null;
  /** The stored draft, for USB submission and its export history. */
  draftId: string;
  templateId: string;
  draftUpdatedAt: number;
}

export function ReviewStep({
  report,
  problems,
  onGoToStep,
  onOpenProblem,
  onReplaceReport,
  onExport,
  onSaveDraftFile,
  exporting,
  pages,
  draftId,
  templateId,
  draftUpdatedAt,
}: ReviewStepProps) {
  const steps = wizardSteps(report);
  const incomplete = steps.filter((s) => s.kind !== 'review' && !isStepComplete(report, s));
  const [view, setView] = useState<'page' | 'text'>('page');
  const counts = useReportCounts(report);
  const [submitOpen, setSubmitOpen] = useState(false);
  // Bumped after a submission so the history list reloads.
  const [historyKey, setHistoryKey] = useState(0);
  const stepLabel = (key: string) => steps.find((s) => s.key === key)?.label ?? key;
  return (
    <Stack spacing={3}>
      {incomplete.length === 0 ? (
        <Alert severity="success">Tất cả các bước đã đủ thông tin. Hãy đọc lại bản xem trước rồi xuất tệp DOCX.</Alert>
      ) : (
        <Box>
          <Alert severity="warning" sx={{ mb: 1 }}>
            Còn {incomplete.length} bước chưa xong (thiếu thông tin bắt buộc hoặc còn dấu “…”). Vẫn có thể xuất tệp để
            xem thử.
          </Alert>
          <List dense aria-label="Các bước chưa xong" sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
            {incomplete.map((s) => (
              <ListItemButton key={s.key} onClick={() => onGoToStep(s.key)}>
                <ListItemIcon sx={{ minWidth: 32 }}>
                  <RadioButtonUnchecked fontSize="small" color="warning" />
                </ListItemIcon>
                <ListItemText primary={s.label} secondary="Bấm để mở bước này" />
              </ListItemButton>
            ))}
          </List>
        </Box>
      )}
      <FormatCheckerPanel problems={problems} stepLabel={stepLabel} onOpen={onOpenProblem} />
      <ToneStyleAction report={report} onReplace={onReplaceReport} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button
          variant="contained"
          size="large"
          startIcon={exporting ? <CircularProgress size={18} color="inherit" /> : <FileDownload />}
          disabled={exporting}
          onClick={onExport}
        >
          {exporting ? 'Đang xuất…' : 'Xuất DOCX'}
        </Button>
        <Button variant="outlined" size="large" startIcon={<Usb />} onClick={() => setSubmitOpen(true)}>
          Nộp qua USB
        </Button>
      </Stack>
      <Box>
        <Typography variant="h6" sx={{ mb: 1 }}>
          Thống kê số từ, ký tự, chú thích, trang
        </Typography>
        <Paper variant="outlined" sx={{ p: 1.5, overflowX: 'auto' }}>
          {counts && <CountsTable counts={counts} pages={pages} onGoToStep={onGoToStep} />}
        </Paper>
      </Box>
      <SubmitUsbDialog
        open={submitOpen}
        onClose={() => setSubmitOpen(false)}
        report={report}
        templateId={templateId}
        draftId={draftId}
        draftUpdatedAt={draftUpdatedAt}
        onSubmitted={() => setHistoryKey((k) => k + 1)}
        browserActions={{ onSaveDraftFile, onExport }}
      />
      <Box>
        <Typography variant="h6" sx={{ mb: 1 }}>
          Lịch sử xuất và nộp
        </Typography>
        {/* Reloads after a submission and whenever an export starts or ends. */}
        <ExportHistoryList
          draftId={draftId}
          draftUpdatedAt={draftUpdatedAt}
          refreshKey={historyKey * 2 + (exporting ? 1 : 0)}
        />
      </Box>
      <Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>
            Bản xem trước
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={view}
            onChange={(_, v: 'page' | 'text' | null) => v && setView(v)}
            aria-label="Kiểu xem trước"
          >
            <ToggleButton value="page">Trang in (A4)</ToggleButton>
            <ToggleButton value="text">Dạng văn bản</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        <Box sx={{ display: view === 'page' ? 'block' : 'none' }}>
          <PagePreview report={report} />
        </Box>
        <Paper
          variant="outlined"
          sx={{ p: { xs: 2, md: 5 }, bgcolor: '#fff', maxWidth: 860, display: view === 'text' ? 'block' : 'none' }}
        >
          <ReportPreview report={report} />
        </Paper>
      </Box>
    </Stack>
  );
}
