/**
 * The wizard around one open draft: app bar (back, title, save status, export), the non-linear stepper, the
 * current step's form and the outline guidance beside it. The report lives in React state; autosave writes it.
 */
import { Fragment, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, AppBar, Box, Button, Chip, CircularProgress, Drawer, IconButton, LinearProgress, Paper, Snackbar, Toolbar, Typography } from '@mui/material';
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
import { focusProblem } from '../checker/problem-focus';
import { PagePreview } from '../preview/page-preview';
import { useRepository } from '../app/repository-context';
import { SaveDraftFileButton } from '../draft-file/save-draft-file-button';
import { HistoryButton } from '../history/history-button';
import { useAutosave } from '../autosave/use-autosave';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import { CLOSING_SLOT, OPENING_SLOT, footnoteOffsets } from '../editor/footnote-offsets';
import { useExport } from '../export/use-export';
import type { Route } from '../routing/hash-route';
import { AppendixStep } from './appendix-step';
import { ClosingStep } from './closing-step';
import { GeneralStep } from './general-step';
import { GuidancePanel, type GuidanceItem } from './guidance-panel';
import { ReviewStep } from './review-step';
import { SaveStatusIndicator } from './save-status';
import './wizard-layout.css';
import { useChunk } from '../app/lazy-chunk';
import { chapterStepChunk, editorChunk } from './step-chunks';
import { StepNav } from './step-nav';
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
    case 'appendices':
      return [{ heading: 'Phụ lục', text: 'Đưa vào phụ lục những biểu số liệu, danh sách dài làm rối phần chính của báo cáo. Mỗi phụ lục có tên riêng và dòng “Kèm theo Báo cáo số …” để ghép đúng với báo cáo khi lưu trữ. Bảng nhiều cột thì chọn trang ngang.' }];
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
    // In the next frame, before its paint: here, in the commit, it forced a layout of the whole new step.
    const frame = requestAnimationFrame(() => window.scrollTo({ top: 0 }));
    return () => cancelAnimationFrame(frame);
  }, [current.key]);

  // The chapter step and the editor are fetched once this step has painted, so the next step opens at once.
  useEffect(() => {
    const id = requestIdleCallback(() => void Promise.all([chapterStepChunk.load(), editorChunk.load()]).catch(() => undefined));
    return () => cancelIdleCallback(id);
  }, []);

  // Loaded at launch when the app opened on a chapter, else once the first step has painted (above).
  const chapterStep = useChunk(chapterStepChunk, current.kind === 'chapter');

  const { status, retry, flush } = useAutosave(repo, draft.id, report, current.key);
  const { exporting, outcome, run: runExport, clear } = useExport(flush, draft.id);
  const offsets = useMemo(() => footnoteOffsets(report), [report]);
  const title = draftTitle(report);
  const progress = Math.round(reportProgress(report) * 100);
  const stepItems = steps.map((s) => ({ key: s.key, label: s.label, completed: s.kind !== 'review' && isStepComplete(report, s) }));
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
  const [confirmProblems, setConfirmProblems] = useState<readonly Problem[] | null>(null);
  const [pagePreviewOpen, setPagePreviewOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<Problem | null>(null);
  const drawerShown = pagePreviewOpen && current.kind !== 'review';
  // The closed drawer is not mounted before its first opening: its slide transition measures the page on
  // mount, a forced layout of the whole step in the middle of the first render (57–70 ms in CPU profiles of
  // the 100-page cold start).
  const [drawerUsed, setDrawerUsed] = useState(false);
  if (drawerShown && !drawerUsed) setDrawerUsed(true);

  // Export with a last look at the format check: errors ask "Vẫn xuất" / "Sửa" first.
  const requestExport = () => {
    const now = checkedReport === report ? problems : checkReport(report, ruleSetForDisplay(ruleSets, report).ruleSet);
    const errors = now.filter((p) => p.severity === 'error');
    if (errors.length > 0) setConfirmProblems(now);
    else void runExport(report);
  };
  const openProblem = (p: Problem) => {
    setFocusRequest(p);
    goTo(p.stepKey);
  };
  // After a click-through the step renders first; then scroll to and focus the field or table cell to fix
  // (tries for up to 3 s: the opening and closing editors are mounted when the browser is idle).
  useEffect(() => {
    if (!focusRequest) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (focusProblem(focusRequest) || ++tries > 60) {
        clearInterval(timer);
        setFocusRequest(null);
      }
    }, 50);
    return () => clearInterval(timer);
  }, [focusRequest, current.key]);

  let body;
  switch (current.kind) {
    case 'general':
      body = <GeneralStep report={report} template={template} update={update} footnoteOffset={offsets.get(OPENING_SLOT) ?? 0} onOpenChapter={(id) => goTo(`chapter:${id}`)} />;
      break;
    case 'chapter': {
      if (!chapterStep) {
        body = <CircularProgress aria-label="Đang mở chương" />;
        break;
      }
      const { ChapterStep } = chapterStep;
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
    }
    case 'closing':
      body = <ClosingStep report={report} update={update} footnoteOffset={offsets.get(CLOSING_SLOT) ?? 0} />;
      break;
    case 'appendices':
      body = <AppendixStep report={report} update={update} offsets={offsets} />;
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
    <Box className="wz-page">
      <AppBar position="sticky">
        <Toolbar className="wz-toolbar">
          <Tooltip title="Về danh sách bản nháp">
            <IconButton edge="start" color="inherit" aria-label="Về danh sách bản nháp" onClick={() => navigate({ name: 'home' })}>
              <ArrowBack />
            </IconButton>
          </Tooltip>
          <Box className="wz-title">
            <Typography variant="caption" className="wz-title-caption">Soạn Báo Cáo · {template?.name ?? 'Báo cáo'}</Typography>
            <Typography variant="subtitle1" noWrap className="wz-title-text" data-testid="draft-title">{title}</Typography>
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
            className="wz-export"
          >
            Xuất DOCX
          </Button>
        </Toolbar>
        {exporting && <LinearProgress color="secondary" aria-label="Đang xuất tệp DOCX" />}
      </AppBar>

      <Box className={drawerShown ? 'wz-grid wz-grid-drawer' : 'wz-grid'}>
        <StepNav items={stepItems} currentKey={current.key} progress={progress} onGo={goTo} />

        <Paper variant="outlined" component="main" className="wz-main">
          <Box className="wz-heading">
            <Typography variant="h5" component="h1" className="wz-grow">{current.label}</Typography>
            {current.kind !== 'review' && (
              isStepComplete(report, current) ? <Chip size="small" color="success" label="Đã đủ thông tin" /> : <Chip size="small" variant="outlined" color="warning" label="Chưa xong" />
            )}
          </Box>
          <Fragment key={restoredCount}>{body}</Fragment>
          <Box className="wz-step-nav">
            <Button startIcon={<ChevronLeft />} disabled={index === 0} onClick={() => goTo(steps[index - 1]!.key)}>Quay lại</Button>
            {index < steps.length - 1 && (
              <Button variant="contained" endIcon={<ChevronRight />} onClick={() => goTo(steps[index + 1]!.key)}>Tiếp theo</Button>
            )}
          </Box>
        </Paper>

        <Box className="wz-guidance">
          <GuidancePanel items={guidanceFor(current, report, template)} />
        </Box>
      </Box>

      {drawerUsed && <Drawer
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
      </Drawer>}

      {confirmProblems && (
        <ExportConfirmDialog
          errors={confirmProblems.filter((p) => p.severity === 'error')}
          warnings={confirmProblems.filter((p) => p.severity === 'warning').length}
          onExportAnyway={() => {
            setConfirmProblems(null);
            void runExport(report);
          }}
          onFix={() => {
            setConfirmProblems(null);
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
