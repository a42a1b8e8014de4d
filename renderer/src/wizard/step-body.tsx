/**
 * The form of the step shown: Thông tin chung, a chapter, Nơi nhận và ký, Phụ lục, or Xem lại và xuất (the
 * chapter and review steps' code loaded on demand: step-chunks.ts). Each editor is told how many footnotes come before it.
 */
import { useMemo } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import type { Problem } from '../../../core/check/format-check';
import type { Report } from '../../../core/model/report-schema';
import type { ReportPages } from '../../../core/text/counts/page-counts';
import type { Template } from '../../../core/templates/template-schema';
import { useChunk } from '../app/lazy-chunk';
import type { DraftRecord } from '../db/draft-record';
import { CLOSING_SLOT, OPENING_SLOT, footnoteOffsets } from '../editor/footnote-offsets';
import { AppendixStep } from './appendix-step';
import { ClosingStep } from './closing-step';
import { GeneralStep } from './general-step';
import { chapterStepChunk, reviewStepChunk } from './step-chunks';
import type { StepRoute } from './use-step-route';
import type { UpdateReport } from './wizard-types';

interface StepBodyProps {
  report: Report;
  template: Template | undefined;
  update: UpdateReport;
  route: StepRoute;
  draft: Pick<DraftRecord, 'id' | 'templateId' | 'updatedAt'>;
  /** For the review step. */
  review: {
    problems: Problem[];
    onOpenProblem: (problem: Problem) => void;
    onExport: () => void;
    onSaveDraftFile: () => void;
    exporting: boolean;
    pages: ReportPages | null;
  };
}

export function StepBody({ report, template, update, route, draft, review }: StepBodyProps) {
  const { steps, current, index, goTo } = route;
  // Loaded at launch when the app opened on a chapter, else once the first step has painted (wizard-workspace).
  const chapterStep = useChunk(chapterStepChunk, current.kind === 'chapter');
  const reviewStep = useChunk(reviewStepChunk, current.kind === 'review');
  const offsets = useMemo(() => footnoteOffsets(report), [report]);

  switch (current.kind) {
    case 'general':
      return (
        <GeneralStep
          report={report}
          template={template}
          update={update}
          footnoteOffset={offsets.get(OPENING_SLOT) ?? 0}
          onOpenChapter={(id) => goTo(`chapter:${id}`)}
        />
      );
    case 'chapter': {
      if (!chapterStep) return <CircularProgress aria-label="Đang mở chương" />;
      const { ChapterStep } = chapterStep;
      return (
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
    }
    case 'closing':
      return <ClosingStep report={report} update={update} footnoteOffset={offsets.get(CLOSING_SLOT) ?? 0} />;
    case 'appendices':
      return <AppendixStep report={report} update={update} offsets={offsets} />;
    case 'review': {
      if (!reviewStep) return <CircularProgress aria-label="Đang mở bước xem lại" />;
      const { ReviewStep } = reviewStep;
      return (
        <ReviewStep
          report={report}
          problems={review.problems}
          onGoToStep={(k) => goTo(k)}
          onOpenProblem={review.onOpenProblem}
          onReplaceReport={(next) => update(() => next)}
          onExport={review.onExport}
          onSaveDraftFile={review.onSaveDraftFile}
          exporting={review.exporting}
          pages={review.pages}
          draftId={draft.id}
          templateId={draft.templateId}
          draftUpdatedAt={draft.updatedAt}
        />
      );
    }
  }
}
