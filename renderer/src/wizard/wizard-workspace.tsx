/**
 * The wizard around one open draft: app bar (back, title, save status, export), the non-linear stepper, the
 * current step's form and the outline guidance beside it. The report lives in React state; autosave writes it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, AppBar, Box, Button, Chip, CircularProgress, IconButton, LinearProgress, Paper, Snackbar, Step, StepButton, StepLabel, Stepper, Toolbar, Tooltip, Typography } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import FileDownload from '@mui/icons-material/FileDownload';
import { findOutlineNode } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import { isStepComplete, reportProgress, wizardSteps, type WizardStep } from '../../../core/model/wizard-steps';
import { findTemplate } from '../../../core/templates/templates';
import { useRepository } from '../app/repository-context';
import { useAutosave } from '../autosave/use-autosave';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import { CLOSING_SLOT, OPENING_SLOT, footnoteOffsets } from '../editor/footnote-offsets';
import { useExport } from '../export/use-export';
import type { Route } from '../routing/hash-route';
import { ChapterStep } from './chapter-step';
import { ClosingStep } from './closing-step';
import { GeneralStep } from './general-step';
import { GuidancePanel, type GuidanceItem } from './guidance-panel';
import { ReviewStep } from './review-step';
import { SaveStatusIndicator } from './save-status';
import type { UpdateReport } from './wizard-types';

interface WizardWorkspaceProps {
  draft: DraftRecord;
  routeStepKey: string | undefined;
  navigate: (route: Route, replace?: boolean) => void;
}

function guidanceFor(step: WizardStep, report: Report, templateId: string): GuidanceItem[] {
  const template = findTemplate(templateId);
  if (!template) return [];
  switch (step.kind) {
    case 'general':
      return [
        { heading: 'Thông tin chung', text: template.header.guidance },
        { heading: 'Phần mở đầu', text: template.opening.guidance },
      ];
    case 'chapter': {
      const section = report.sections.find((s) => s.id === step.sectionId);
      const node = findOutlineNode(template.chapters, section?.outlineKey);
      return node ? [{ heading: node.heading, text: node.guidance }] : [{ heading: '', text: 'Chương do bạn thêm: đặt tên chương viết in hoa, chia thành các mục 1., 2., … nếu cần.' }];
    }
    case 'closing':
      return [{ heading: 'Nơi nhận và người ký', text: template.closing.guidance }];
    case 'review':
      return [{ heading: 'Trước khi xuất', text: 'Đọc lại toàn bộ bản xem trước: số liệu, tên văn bản được trích dẫn, chú thích. Tệp DOCX được trình bày theo Hướng dẫn 36-HD/VPTW.' }];
  }
}

export function WizardWorkspace({ draft, routeStepKey, navigate }: WizardWorkspaceProps) {
  const repo = useRepository();
  const [report, setReport] = useState<Report>(draft.report);
  const update = useCallback<UpdateReport>((change) => setReport((r) => change(r)), []);
  const template = findTemplate(draft.templateId);

  const steps = useMemo(() => wizardSteps(report), [report]);
  const wanted = routeStepKey ?? draft.lastStepKey;
  const current = steps.find((s) => s.key === wanted) ?? steps[0]!;
  const index = steps.indexOf(current);

  const goTo = useCallback((key: string, replace = false) => navigate({ name: 'draft', draftId: draft.id, stepKey: key }, replace), [navigate, draft.id]);
  // Keep the URL on the step actually shown (after a reload without a step, or when a chapter was deleted).
  useEffect(() => {
    if (routeStepKey !== current.key) goTo(current.key, true);
  }, [routeStepKey, current.key, goTo]);
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [current.key]);

  const { status, retry, flush } = useAutosave(repo, draft.id, report, current.key);
  const { exporting, outcome, run: runExport, clear } = useExport(flush, draft.id);
  const offsets = useMemo(() => footnoteOffsets(report), [report]);
  const title = draftTitle(report);
  const progress = Math.round(reportProgress(report) * 100);

  let body;
  switch (current.kind) {
    case 'general':
      body = <GeneralStep report={report} template={template} update={update} footnoteOffset={offsets.get(OPENING_SLOT) ?? 0} onOpenChapter={(id) => goTo(`chapter:${id}`)} />;
      break;
    case 'chapter':
      body = (
        <ChapterStep
          key={current.sectionId}
          report={report}
          sectionId={current.sectionId}
          template={template}
          update={update}
          offsets={offsets}
          onChapterRemoved={() => goTo(steps[Math.max(0, index - 1)]!.key)}
          onChapterAdded={(id) => goTo(`chapter:${id}`)}
        />
      );
      break;
    case 'closing':
      body = <ClosingStep report={report} update={update} footnoteOffset={offsets.get(CLOSING_SLOT) ?? 0} />;
      break;
    case 'review':
      body = <ReviewStep report={report} onGoToStep={(k) => goTo(k)} onExport={() => void runExport(report)} exporting={exporting} />;
      break;
  }

  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="sticky">
        <Toolbar sx={{ gap: 1.5 }}>
          <Tooltip title="Về danh sách bản nháp">
            <IconButton edge="start" color="inherit" aria-label="Về danh sách bản nháp" onClick={() => navigate({ name: 'home' })}>
              <ArrowBack />
            </IconButton>
          </Tooltip>
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>
            <Typography variant="caption" sx={{ opacity: 0.8, display: 'block', lineHeight: 1.2 }}>Soạn Báo Cáo · {template?.name ?? 'Báo cáo'}</Typography>
            <Typography variant="subtitle1" noWrap sx={{ fontWeight: 600 }} data-testid="draft-title">{title}</Typography>
          </Box>
          <SaveStatusIndicator status={status} onRetry={retry} />
          <Button
            variant="contained"
            color="inherit"
            startIcon={exporting ? <CircularProgress size={16} /> : <FileDownload />}
            disabled={exporting}
            onClick={() => void runExport(report)}
            sx={{ color: 'primary.dark', bgcolor: '#fff', '&:hover': { bgcolor: '#e8f1f8' }, ml: 1 }}
          >
            Xuất DOCX
          </Button>
        </Toolbar>
        {exporting && <LinearProgress color="secondary" aria-label="Đang xuất tệp DOCX" />}
      </AppBar>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '250px minmax(0, 1fr)', lg: '260px minmax(0, 1fr) 290px' }, gap: 2.5, p: 2.5, alignItems: 'start' }}>
        <Paper variant="outlined" component="nav" aria-label="Các bước" sx={{ p: 1.5, position: { md: 'sticky' }, top: { md: 88 } }}>
          <Box sx={{ px: 1, pb: 1.5 }}>
            <Typography variant="caption" color="text.secondary">Đã hoàn thành {progress}%</Typography>
            <LinearProgress variant="determinate" value={progress} sx={{ mt: 0.5, height: 6, borderRadius: 3 }} aria-label={`Đã hoàn thành ${progress}%`} />
          </Box>
          <Stepper nonLinear activeStep={index} orientation="vertical">
            {steps.map((s) => (
              <Step key={s.key} completed={s.kind !== 'review' && isStepComplete(report, s)}>
                <StepButton
                  onClick={() => goTo(s.key)}
                  aria-label={s.label}
                  aria-current={s.key === current.key ? 'step' : undefined}
                  sx={{ borderRadius: 1, mx: -1, px: 1, py: 0.5, ...(s.key === current.key ? { bgcolor: 'primary.light', '& .MuiStepLabel-label': { fontWeight: 700, color: 'primary.dark' } } : {}) }}
                >
                  <StepLabel sx={{ '& .MuiStepLabel-label': { fontSize: 13.5, lineHeight: 1.3 } }}>{s.label}</StepLabel>
                </StepButton>
              </Step>
            ))}
          </Stepper>
        </Paper>

        <Paper variant="outlined" component="main" sx={{ p: { xs: 2, md: 3 }, minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2.5 }}>
            <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{current.label}</Typography>
            {current.kind !== 'review' && (
              isStepComplete(report, current) ? <Chip size="small" color="success" label="Đã đủ thông tin" /> : <Chip size="small" variant="outlined" color="warning" label="Chưa xong" />
            )}
          </Box>
          {body}
          <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 4 }}>
            <Button startIcon={<ChevronLeft />} disabled={index === 0} onClick={() => goTo(steps[index - 1]!.key)}>Quay lại</Button>
            {index < steps.length - 1 && (
              <Button variant="contained" endIcon={<ChevronRight />} onClick={() => goTo(steps[index + 1]!.key)}>Tiếp theo</Button>
            )}
          </Box>
        </Paper>

        <Box sx={{ display: { xs: 'none', lg: 'block' }, position: 'sticky', top: 88 }}>
          <GuidancePanel items={guidanceFor(current, report, draft.templateId)} />
        </Box>
      </Box>

      {outcome && outcome.status !== 'canceled' && (
        <Snackbar open onClose={clear} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} autoHideDuration={outcome.status === 'error' ? null : 8000}>
          <Alert severity={outcome.status === 'saved' ? 'success' : 'error'} onClose={clear} variant="filled" sx={{ maxWidth: 720 }}>
            {outcome.message}
          </Alert>
        </Snackbar>
      )}
    </Box>
  );
}
