/**
 * The report's word, character and footnote counts, recounted when the browser is idle after a change: the
 * count walks the whole report, which must not sit between a key and its paint.
 */
import { useEffect, useState } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { reportCounts, type ReportCounts } from '../../../core/text/counts/report-counts';

export function useReportCounts(report: Report): ReportCounts {
  const [counted, setCounted] = useState(() => ({ report, counts: reportCounts(report) }));
  useEffect(() => {
    if (counted.report === report) return;
    const idle = requestIdleCallback(() => setCounted({ report, counts: reportCounts(report) }), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [report, counted.report]);
  return counted.counts;
}
