/**
 * The wizard around one open draft: app bar, the non-linear stepper, the current step's form with the
 * outline's guidance beside it, and the page preview drawer. The report lives in React state; autosave
 * writes it. Which step is shown (use-step-route), the format check (use-review-check) and the click-through
 * from a problem (use-problem-focus) are hooks of their own.
 *
 * Every keystroke's report update renders this component again (editor/pending-change.ts reports after the
 * key's paint, but the next key may wait behind that render). What does not change with the text — the app
 * bar, the step heading and buttons, the guidance — is kept between renders (memoised elements and stable
 * handlers that read the latest values from `latest`), so React skips its MUI components.
 */
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Search from '@mui/icons-material/Search';
import type { Problem } from '../../../core/check/format-check';
import type { Report } from '../../../core/model/report-schema';
import { isStepComplete, reportProgress } from '../../../core/model/wizard-steps';
import { useRepository } from '../app/repository-context';
import { Tooltip } from '../app/tooltip';
import { useAutosave } from '../autosave/use-autosave';
import { ExportConfirmDialog } from '../checker/export-confirm-dialog';
import { CountsButton } from '../counts/counts-button';
import { useReportPages } from '../counts/use-report-pages';
import { usePagination } from '../preview/pagination-result';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import { useSaveDraftFile } from '../draft-file/use-save-draft-file';
import { useExport } from '../export/use-export';
import { FindPanel } from '../find/find-panel';
import { useFindReplace } from '../find/use-find-replace';
import type { Route } from '../routing/hash-route';
import { useFindTemplate, useRuleSetRegistry } from '../template-packs/template-registry';
import { ExportOutcomeSnackbar } from './export-outcome-snackbar';
import { GuidancePanel } from './guidance-panel';
import { PreviewDrawer } from './preview-drawer';
import { ReportOnScreen } from './report-on-screen';
import { StepBody } from './step-body';
import { chapterStepChunk, editorChunk, reviewStepChunk } from './step-chunks';
import { stepGuidance } from './step-guidance';
import { StepNav } from './step-nav';
import { useProblemFocus } from './use-problem-focus';
import { useReviewCheck } from './use-review-check';
import { useStepFocus } from './use-step-focus';
import { useStepRoute } from './use-step-route';
import { WizardAppBar } from './wizard-app-bar';
import { WizardMoreMenu } from './wizard-more-menu';
import './wizard-layout.css';
import type { UpdateReport } from './wizard-types';

interface WizardWorkspaceProps {
  draft: DraftRecord;
  routeStepKey: string | undefined;
  navigate: (route: Route, replace?: boolean) => void;
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
  // Built-in plus installed rule-sets, as the preview and export use them.
  const ruleSets = useRuleSetRegistry();

  const route = useStepRoute(report, draft, routeStepKey, navigate);
  const { steps, current, index, goTo } = route;
  const mainRef = useRef<HTMLElement>(null);
  const goToAndFocus = useStepFocus(mainRef, current.key, goTo);

  // The chapter and review steps and the editor are fetched once this step has painted, so the next step opens at once.
  useEffect(() => {
    const id = requestIdleCallback(
      () =>
        void Promise.all([chapterStepChunk.load(), reviewStepChunk.load(), editorChunk.load()]).catch(() => undefined),
    );
    return () => cancelIdleCallback(id);
  }, []);

  const { status, retry, flush } = useAutosave(repo, draft.id, report, current.key);
  const { exporting, outcome, run: runExport, clear } = useExport(flush, draft.id);
  const draftFile = useSaveDraftFile({ draft, report, stepKey: current.key, flush });
  const onReview = current.kind === 'review';
  const { problems, checkNow } = useReviewCheck(report, onReview);
  const openProblem = useProblemFocus(goTo, current.key);
  const stepKeys = useMemo(() => steps.map((s) => s.key), [steps]);
  const find = useFindReplace({ report, replaceReport: setReport, goTo, currentKey: current.key, stepKeys });
  // Pages come from the paginated preview while it is shown; the counts say "—" otherwise.
  const pages = useReportPages(report, usePagination());
  const [confirmProblems, setConfirmProblems] = useState<readonly Problem[] | null>(null);
  const [pagePreviewOpen, setPagePreviewOpen] = useState(false);
  const drawerShown = pagePreviewOpen && !onReview;
  const stepItems = steps.map((s) => ({
    key: s.key,
    label: s.label,
    completed: s.kind !== 'review' && isStepComplete(report, s),
  }));

  // What the kept handlers act on, read when they run. A layout effect: a click right after a render sees it.
  const latest = useRef({ report, checkNow, runExport, saveDraftFile: draftFile.save });
  useLayoutEffect(() => {
    latest.current = { report, checkNow, runExport, saveDraftFile: draftFile.save };
  });
  // Export with a last look at the format check: errors ask "Vẫn xuất" / "Sửa" first.
  const requestExport = useCallback(() => {
    const { checkNow: checkAll, report: now, runExport: run } = latest.current;
    const found = checkAll();
    if (found.some((p) => p.severity === 'error')) setConfirmProblems(found);
    else void run(now);
  }, []);
  const saveDraftFile = useCallback(() => void latest.current.saveDraftFile(), []);
  const onBack = useCallback(() => navigate({ name: 'home' }), [navigate]);
  const togglePreview = useCallback(() => setPagePreviewOpen((o) => !o), []);
  const closePreview = useCallback(() => setPagePreviewOpen(false), []);
  const preview = useMemo(
    () => (onReview ? null : { open: pagePreviewOpen, onToggle: togglePreview }),
    [onReview, pagePreviewOpen, togglePreview],
  );
  const autosave = useMemo(() => ({ status, retry, flush }), [status, retry, flush]);
  const openFind = find.open;
  const tools = useMemo(
    () => (
      <>
        <CountsButton pages={pages} onGoToStep={goTo} />
        <Tooltip title="Tìm và thay thế (Ctrl+F, Ctrl+H)">
          <IconButton color="inherit" aria-label="Tìm và thay thế" onClick={() => openFind('replace')}>
            <Search />
          </IconButton>
        </Tooltip>
        <WizardMoreMenu
          onMakeOutline={() =>
            void flush()
              .catch(() => undefined)
              .then(() => navigate({ name: 'outlines', fromDraftId: draft.id }))
          }
        />
      </>
    ),
    [pages, goTo, openFind, flush, navigate, draft.id],
  );

  const complete = !onReview && isStepComplete(report, current);
  const heading = useMemo(
    () => (
      <Box className="wz-heading">
        <Typography variant="h5" component="h1" className="wz-grow">
          {current.label}
        </Typography>
        {!onReview &&
          (complete ? (
            <Chip size="small" color="success" label="Đã đủ thông tin" />
          ) : (
            <Chip size="small" variant="outlined" color="warning" label="Chưa xong" />
          ))}
      </Box>
    ),
    [current.label, onReview, complete],
  );
  const previousKey = steps[index - 1]?.key;
  const nextKey = steps[index + 1]?.key;
  const stepButtons = useMemo(
    () => (
      <Box className="wz-step-nav">
        <Button
          startIcon={<ChevronLeft />}
          disabled={previousKey === undefined}
          onClick={() => previousKey !== undefined && goToAndFocus(previousKey)}
        >
          Quay lại
        </Button>
        {nextKey !== undefined && (
          <Button variant="contained" endIcon={<ChevronRight />} onClick={() => goToAndFocus(nextKey)}>
            Tiếp theo
          </Button>
        )}
      </Box>
    ),
    [previousKey, nextKey, goToAndFocus],
  );

  return (
    <Box className="wz-page">
      <ReportOnScreen.Provider value={report}>
        <WizardAppBar
          draft={draft}
          templateName={template?.name}
          title={draftTitle(report)}
          autosave={autosave}
          onBack={onBack}
          onRestored={onRestored}
          onSaveDraftFile={saveDraftFile}
          preview={preview}
          exporting={exporting}
          onExport={requestExport}
          tools={tools}
        />
      </ReportOnScreen.Provider>

      <Box className={drawerShown ? 'wz-grid wz-grid-drawer' : 'wz-grid'}>
        <StepNav
          items={stepItems}
          currentKey={current.key}
          progress={Math.round(reportProgress(report) * 100)}
          onGo={goTo}
        />

        <Paper ref={mainRef} variant="outlined" component="main" className="wz-main">
          {heading}
          <Fragment key={restoredCount}>
            <StepBody
              report={report}
              template={template}
              update={update}
              route={route}
              draft={draft}
              review={{
                problems,
                onOpenProblem: openProblem,
                onExport: requestExport,
                onSaveDraftFile: saveDraftFile,
                exporting,
                pages,
              }}
            />
          </Fragment>
          {stepButtons}
        </Paper>

        <Box className="wz-guidance">
          <GuidancePanel items={stepGuidance(current, report, template, ruleSets)} />
        </Box>
      </Box>

      <PreviewDrawer open={drawerShown} report={report} onClose={closePreview} />

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

      <FindPanel find={find} stepLabel={(key) => steps.find((s) => s.key === key)?.label ?? ''} />

      <ExportOutcomeSnackbar outcome={outcome} onClose={clear} />
      {draftFile.outcome}
    </Box>
  );
}
