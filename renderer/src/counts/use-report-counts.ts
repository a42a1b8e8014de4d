/**
 * The report's word, character and footnote counts, recounted when the browser is idle after a change: the
 * count walks the whole report, which must sit neither between a key and its paint nor in the first paint of
 * the wizard, and is spread over idle moments. Null until the first count. Kept in the component that shows the counts, so a recount re-renders
 * only that, not the wizard.
 */
import { useEffect, useState } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { reportCounts, warmReportCounts, type ReportCounts } from '../../../core/text/counts/report-counts';

/** How long the report must stay unchanged before it is counted again. */
const QUIET_MS = 800;

export function useReportCounts(report: Report): ReportCounts | null {
  const [counted, setCounted] = useState<{ report: Report; counts: ReportCounts } | null>(null);
  const stale = counted?.report !== report;
  useEffect(() => {
    if (!stale) return;
    // Paragraphs are counted a slice per idle moment (the first count of a 100-page report is long); once all
    // are, adding up is quick.
    let idle = 0;
    const slice = (deadline: IdleDeadline) => {
      if (warmReportCounts(report, () => deadline.timeRemaining() > 2))
        setCounted({ report, counts: reportCounts(report) });
      else idle = requestIdleCallback(slice, { timeout: 1000 });
    };
    // Only once the report has stopped changing for a moment: while the clerk types, the report changes every
    // few hundred milliseconds and a recount between two keys would delay the second.
    const quiet = setTimeout(() => {
      idle = requestIdleCallback(slice, { timeout: 1000 });
    }, QUIET_MS);
    return () => {
      clearTimeout(quiet);
      cancelIdleCallback(idle);
    };
  }, [report, stale]);
  return counted?.counts ?? null;
}
