/**
 * Which step of the wizard is shown, kept in the URL hash (`#/ban-nhap/<id>/<stepKey>`) so a reload lands
 * where the clerk was. Without a step in the URL the draft's last step opens; a step that no longer exists
 * (its chapter was deleted) falls back to the first one, and the URL is corrected to the step shown.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { wizardSteps, type WizardStep } from '../../../core/model/wizard-steps';
import type { DraftRecord } from '../db/draft-record';
import type { Route } from '../routing/hash-route';

export interface StepRoute {
  steps: WizardStep[];
  current: WizardStep;
  index: number;
  /** Opens a step; `replace` rewrites the current history entry instead of adding one. */
  goTo: (key: string, replace?: boolean) => void;
}

export function useStepRoute(
  report: Report,
  draft: Pick<DraftRecord, 'id' | 'lastStepKey'>,
  routeStepKey: string | undefined,
  navigate: (route: Route, replace?: boolean) => void,
): StepRoute {
  const steps = useMemo(() => wizardSteps(report), [report]);
  const wanted = routeStepKey ?? draft.lastStepKey;
  const current = steps.find((s) => s.key === wanted) ?? steps[0]!;
  const index = steps.indexOf(current);

  const goTo = useCallback(
    (key: string, replace = false) => navigate({ name: 'draft', draftId: draft.id, stepKey: key }, replace),
    [navigate, draft.id],
  );
  // Keep the URL on the step actually shown (after a reload without a step, or when a chapter was deleted).
  useEffect(() => {
    if (routeStepKey !== current.key) goTo(current.key, true);
  }, [routeStepKey, current.key, goTo]);
  // A new step opens at its top. In the next frame, before its paint: in the commit it forced a layout of the
  // whole new step.
  useEffect(() => {
    const frame = requestAnimationFrame(() => window.scrollTo({ top: 0 }));
    return () => cancelAnimationFrame(frame);
  }, [current.key]);

  return { steps, current, index, goTo };
}
