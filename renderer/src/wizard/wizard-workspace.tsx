/**
 * The wizard around one open draft: app bar (back, title, save status, export), the non-linear stepper, the
 * current step's form and the outline guidance beside it. The report lives in React state; autosave writes it.
 */
import { Fragment, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, AppBar, Box, Button, Chip, CircularProgress, Drawer, IconButton, LinearProgress, Paper, Snackbar, Step, StepButton, StepLabel, Stepper, Toolbar, Typography } from '@mui/material';
import { Tooltip } from '../app/tooltip';
import Close from '@mui/icons-material/Close';
import Preview from '@mui/icons-material/Preview';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import FileDownload from '@mui/icons-material/FileDownload';
import { checkReport, type Problem } from '../../../core/check/format-check';
import { findOutlineNode } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import { isStepComplete, reportProgress, wizardSteps, type WizardStep } from '../../../core/model/wizard-steps';
import { ruleSetForDisplay } from '../../../core/rules/rule-set-registry';
import { useFindTemplate, useRuleSetRegistry } from '../template-packs/template-registry';
import type { Template } from '../../../core/templates/template-schema';
import { ExportConfirmDialog } from '../checker/export-confirm-dialog';
import { focusProblemTarget, problemFocusSelector } from '../checker/problem-focus';
import { PagePreview } from '../preview/page-preview';
import { useRepository } from '../app/repository-context';
import { SaveDraftFileButton } from '../draft-file/save-draft-file-button';
import { HistoryButton } from '../history/history-button';
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

/** Side drawer of the page preview: an A4 page (794 px) at 62 % plus the grey margin around it. */
const DRAWER_WIDTH = 540;

interface WizardWorkspaceProps {
  draft: DraftRecord;
  routeStepKey: string | undefined;
  navigate: (route: Route, replace?: boolean) => void;
}

function guidanceFor(step: WizardStep, report: Report, template: Template | undefined): GuidanceItem[] {
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
  // A version restored from the history replaces the report; the editors are seeded once, so they are re-created.
  const [restoredCount, setRestoredCount] = useState(0);
  const onRestored = useCallback((restored: Report) => {
    setReport(restored);
    setRestoredCount((n) => n + 1);
  }, []);
  const template = useFindTemplate(draft.templateId);

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
  // The whole-report format check (~40 ms on 100 pages) is shown only on the review step, so only there is it
  // kept up to date, in a deferred render; while the clerk types in the other steps it never runs, and a key
  // never waits behind it. Export checks the report as it is now when this one is not (see requestExport).
  const onReview = current.kind === 'review';
  const deferredReport = useDeferredValue<Report | null>(onReview ? report : null, onReview ? report : null);
  // Arriving on the review step, the check runs at once (a click, not a keystroke) rather than show "no problems".
  const checkedReport = deferredReport ?? (onReview ? report : null);
  // Built-in plus installed rule-sets; a rule-set missing here is said in the general step and refused by export.
  const ruleSets = useRuleSetRegistry();
  const problems = useMemo(() => (checkedReport ? checkReport(checkedReport, ruleSetForDisplay(ruleSets, checkedReport).ruleSet) : []), [checkedReport, ruleSets]);
  const [confirmErrors, setConfirmErrors] = useState<Problem[] | null>(null);
  const [pagePreviewOpen, setPagePreviewOpen] = useState(false);
  const [focusSelector, setFocusSelector] = useState<string | null>(null);
  const drawerShown = pagePreviewOpen && current.kind !== 'review';

  // Export with a last look at the format check: errors ask "Vẫn xuất" / "Sửa" first.
  const requestExport = () => {
    const now = checkedReport === report ? problems : checkReport(report, ruleSetForDisplay(ruleSets, report).ruleSet);
    const errors = now.filter((p) => p.severity === 'error');
    if (errors.length > 0) setConfirmErrors(errors);
    else void runExport(report);
  };
  const openProblem = (p: Problem) => {
    setFocusSelector(problemFocusSelector(p));
    goTo(p.stepKey);
  };
  // After a click-through the step renders first; then scroll to and focus the field to fix (a few tries: lazy editors).
  useEffect(() => {
    if (!focusSelector) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (focusProblemTarget(focusSelector) || ++tries > 10) {
        clearInterval(timer);
        setFocusSelector(null);
      }
    }, 50);
    return () => clearInterval(timer);
  }, [focusSelector, current.key]);

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
      body = (
        <ReviewStep
          report={report}
          problems={problems}
          onGoToStep={(k) => goTo(k)}
          onOpenProblem={openProblem}
          onReplaceReport={(next) => update(() => next)}
          onExport={requestExport}
          exporting={exporting}
          draftId={draft.id}
          templateId={draft.templateId}
          draftUpdatedAt={draft.updatedAt}
        />
      );
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
          <HistoryButton draftId={draft.id} flush={flush} onRestored={onRestored} />
          <SaveDraftFileButton draft={draft} report={report} stepKey={current.key} flush={flush} />
          {current.kind !== 'review' && (
            <Tooltip title="Xem trước trang in">
              <IconButton color="inherit" aria-label="Xem trước trang in" aria-pressed={pagePreviewOpen} onClick={() => setPagePreviewOpen((o) => !o)}>
                <Preview />
              </IconButton>
            </Tooltip>
          )}
          <Button
            variant="contained"
            color="inherit"
            startIcon={exporting ? <CircularProgress size={16} /> : <FileDownload />}
            disabled={exporting}
            onClick={requestExport}
            sx={{ color: 'primary.dark', bgcolor: '#fff', '&:hover': { bgcolor: '#e8f1f8' }, ml: 1 }}
          >
            Xuất DOCX
          </Button>
        </Toolbar>
        {exporting && <LinearProgress color="secondary" aria-label="Đang xuất tệp DOCX" />}
      </AppBar>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '250px minmax(0, 1fr)', lg: drawerShown ? '260px minmax(0, 1fr)' : '260px minmax(0, 1fr) 290px' }, gap: 2.5, p: 2.5, alignItems: 'start', mr: { md: drawerShown ? `${DRAWER_WIDTH}px` : 0 } }}>
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
          <Fragment key={restoredCount}>{body}</Fragment>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 4 }}>
            <Button startIcon={<ChevronLeft />} disabled={index === 0} onClick={() => goTo(steps[index - 1]!.key)}>Quay lại</Button>
            {index < steps.length - 1 && (
              <Button variant="contained" endIcon={<ChevronRight />} onClick={() => goTo(steps[index + 1]!.key)}>Tiếp theo</Button>
            )}
          </Box>
        </Paper>

        <Box sx={{ display: { xs: 'none', lg: drawerShown ? 'none' : 'block' }, position: 'sticky', top: 88 }}>
          <GuidancePanel items={guidanceFor(current, report, template)} />
        </Box>
      </Box>

      <Drawer
        anchor="right"
        variant="persistent"
        open={drawerShown}
        slotProps={{ paper: { sx: { width: { xs: '100%', md: DRAWER_WIDTH }, p: 1.5, boxShadow: 6 }, 'aria-label': 'Xem trước trang in' } as object }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 0.5 }}>
          <Typography variant="subtitle1" sx={{ flexGrow: 1, fontWeight: 600 }}>Xem trước trang in</Typography>
          <IconButton aria-label="Đóng bản xem trước trang in" onClick={() => setPagePreviewOpen(false)}><Close /></IconButton>
        </Box>
        {drawerShown && <PagePreview report={report} scale={0.62} maxHeight="calc(100vh - 110px)" />}
      </Drawer>

      {confirmErrors && (
        <ExportConfirmDialog
          errors={confirmErrors}
          onExportAnyway={() => {
            setConfirmErrors(null);
            void runExport(report);
          }}
          onFix={() => {
            setConfirmErrors(null);
            goTo('review');
          }}
        />
      )}

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
