/**
 * The wizard's steps for a report: Thông tin chung → one step per chapter → Nơi nhận và ký → Phụ lục → Xem lại
 * và xuất, and whether each is complete. A step counts as complete when its required fields are filled
 * and no "…" placeholder from the template is left. Phụ lục is optional: with none it is complete.
 */
import type { Report, Section } from './report-schema';
import { blocksHaveText, hasWrittenText, sectionHasText } from './report-text';
import { siblingNumbering } from './markers';
import { bareRecipient } from '../text/recipient-line';

export type WizardStep =
  | { kind: 'general'; key: 'general'; label: string }
  | { kind: 'chapter'; key: string; label: string; sectionId: string }
  | { kind: 'closing'; key: 'closing'; label: string }
  | { kind: 'appendices'; key: 'appendices'; label: string }
  | { kind: 'review'; key: 'review'; label: string };

/** "I.", "II." … for the i-th (0-based) chapter; a top-level section given another level numbers by it. */
export function chapterMarker(chapters: readonly Pick<Section, 'level'>[], index: number): string {
  return siblingNumbering(chapters)[index]?.marker ?? '';
}

export function wizardSteps(report: Report): WizardStep[] {
  // The marker the chapter prints with: "I." as a rule, "1." for a top section the user set to level 2.
  const numbering = siblingNumbering(report.sections);
  return [
    { kind: 'general', key: 'general', label: 'Thông tin chung' },
    ...report.sections.map((s, i): WizardStep => ({
      kind: 'chapter',
      key: `chapter:${s.id}`,
      label: `${numbering[i]!.marker} ${s.heading.trim() || 'Chương chưa đặt tên'}`,
      sectionId: s.id,
    })),
    { kind: 'closing', key: 'closing', label: 'Nơi nhận và ký' },
    { kind: 'appendices', key: 'appendices', label: 'Phụ lục' },
    { kind: 'review', key: 'review', label: 'Xem lại và xuất' },
  ];
}

export function isStepComplete(report: Report, step: WizardStep): boolean {
  switch (step.kind) {
    case 'general': {
      const h = report.header;
      return (
        Boolean(h.issuer && h.issuerCode && h.place && h.date && hasWrittenText(report.title)) &&
        h.dateText === undefined &&
        (report.opening.length === 0 || blocksHaveText(report.opening))
      );
    }
    case 'chapter': {
      const s = report.sections.find((x) => x.id === step.sectionId);
      return Boolean(s && hasWrittenText(s.heading) && sectionHasText(s));
    }
    case 'closing':
      // An empty row is not printed, but it is work left undone: the clerk added it to fill it or remove it.
      return (
        report.recipients.length > 0 &&
        report.recipients.every((r) => bareRecipient(r) !== '') &&
        Boolean(report.signature.title && report.signature.name)
      );
    case 'appendices':
      // Each appendix added needs its title and some content; none at all is a report without appendices.
      return (report.appendices ?? []).every((a) => hasWrittenText(a.title) && blocksHaveText(a.blocks));
    case 'review':
      return wizardSteps(report)
        .filter((s) => s.kind !== 'review')
        .every((s) => isStepComplete(report, s));
  }
}

/**
 * Share of the steps that are complete, 0–1, for the home screen's progress bar: not the review, and not Phụ lục
 * while there is none (nothing to do there must not count as work done on a new draft).
 */
export function reportProgress(report: Report): number {
  const steps = wizardSteps(report).filter(
    (s) => s.kind !== 'review' && (s.kind !== 'appendices' || (report.appendices ?? []).length > 0),
  );
  return steps.filter((s) => isStepComplete(report, s)).length / steps.length;
}
