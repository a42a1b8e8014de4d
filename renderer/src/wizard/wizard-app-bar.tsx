/**
 * The wizard's app bar: back to the draft list, the outline's name and the draft's title, the autosave
 * state, the word count and find button (`tools`), history, "save as file", the page preview toggle (not on the review step, which shows the pages
 * itself) and "Xuất DOCX", with a progress bar under it while the file is written. Memoised: none of its props
 * changes with a keystroke (the word count and the history read the report from report-on-screen.ts).
 */
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import FileDownload from '@mui/icons-material/FileDownload';
import Preview from '@mui/icons-material/Preview';
import { memo, type ReactNode } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { Tooltip } from '../app/tooltip';
import type { useAutosave } from '../autosave/use-autosave';
import type { DraftRecord } from '../db/draft-record';
import { SaveDraftFileButton } from '../draft-file/save-draft-file-button';
import { HistoryButton } from '../history/history-button';
import { SaveStatusIndicator } from './save-status';
import './wizard-layout.css';

interface WizardAppBarProps {
  draft: DraftRecord;
  /** The outline's name, when this machine has the outline. */
  templateName: string | undefined;
  title: string;
  autosave: Pick<ReturnType<typeof useAutosave>, 'status' | 'retry' | 'flush'>;
  onBack: () => void;
  onRestored: (report: Report) => void;
  /** "Lưu bản nháp ra tệp" (use-save-draft-file.tsx), the same action the browser's USB dialog offers. */
  onSaveDraftFile: () => void;
  /** Null where the step shows the pages itself (no toggle then). */
  preview: { open: boolean; onToggle: () => void } | null;
  exporting: boolean;
  onExport: () => void;
  /** Beside the save state: the word count and the find button. */
  tools?: ReactNode;
}

export const WizardAppBar = memo(function WizardAppBar({
  draft,
  templateName,
  title,
  autosave,
  onBack,
  onRestored,
  onSaveDraftFile,
  preview,
  exporting,
  onExport,
  tools,
}: WizardAppBarProps) {
  return (
    <AppBar position="sticky">
      <Toolbar className="wz-toolbar">
        <Tooltip title="Về danh sách bản nháp">
          <IconButton edge="start" color="inherit" aria-label="Về danh sách bản nháp" onClick={onBack}>
            <ArrowBack />
          </IconButton>
        </Tooltip>
        <Box className="wz-title">
          <Typography variant="caption" className="wz-title-caption">
            Soạn Báo Cáo · {templateName ?? 'Báo cáo'}
          </Typography>
          <Typography variant="subtitle1" noWrap className="wz-title-text" data-testid="draft-title">
            {title}
          </Typography>
        </Box>
        <SaveStatusIndicator status={autosave.status} onRetry={autosave.retry} />
        {tools}
        <HistoryButton draftId={draft.id} flush={autosave.flush} onRestored={onRestored} />
        <SaveDraftFileButton onSave={onSaveDraftFile} />
        {preview && (
          <Tooltip title="Xem trước trang in">
            <IconButton
              color="inherit"
              aria-label="Xem trước trang in"
              aria-pressed={preview.open}
              onClick={preview.onToggle}
            >
              <Preview />
            </IconButton>
          </Tooltip>
        )}
        <Button
          variant="contained"
          color="inherit"
          startIcon={exporting ? <CircularProgress size={16} /> : <FileDownload />}
          disabled={exporting}
          onClick={onExport}
          className="wz-export"
        >
          Xuất DOCX
        </Button>
      </Toolbar>
      {exporting && <LinearProgress color="secondary" aria-label="Đang xuất tệp DOCX" />}
    </AppBar>
  );
});
