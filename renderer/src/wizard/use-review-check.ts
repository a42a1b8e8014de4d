/**
 * The whole-report format and statistics check (~40 ms on 100 pages). Its list is shown only on the review
 * step, so only there is it kept up to date, in a deferred render: while the clerk types in the other steps it
 * never runs, and a key never waits behind it. Export asks `checkNow`, which checks the report as it is now
 * when the shown list is behind (or not kept at all).
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { checkReport, type Problem } from '../../../core/check/format-check';
import type { Report } from '../../../core/model/report-schema';
import { ruleSetForDisplay, type RuleSetRegistry } from '../../../core/rules/rule-set-registry';
import { useRuleSetRegistry } from '../template-packs/template-registry';

export interface ReviewCheck {
  /** The problems of the report shown on the review step; empty on the other steps. */
  problems: Problem[];
  /** The problems of `report` as it is now. */
  checkNow: () => Problem[];
}

// Built-in plus installed rule-sets; a rule-set missing here is said in the general step and refused by export.
function check(report: Report, ruleSets: RuleSetRegistry): Problem[] {
  return checkReport(report, ruleSetForDisplay(ruleSets, report).ruleSet);
}

export function useReviewCheck(report: Report, onReview: boolean): ReviewCheck {
  const deferredReport = useDeferredValue<Report | null>(onReview ? report : null, onReview ? report : null);
  // Arriving on the review step, the check runs at once (a click, not a keystroke) rather than show "no problems".
  const checkedReport = deferredReport ?? (onReview ? report : null);
  const ruleSets = useRuleSetRegistry();
  const problems = useMemo(() => (checkedReport ? check(checkedReport, ruleSets) : []), [checkedReport, ruleSets]);
  const checkNow = useCallback(
    () => (checkedReport === report ? problems : check(report, ruleSets)),
    [checkedReport, report, problems, ruleSets],
  );
  return { problems, checkNow };
}
