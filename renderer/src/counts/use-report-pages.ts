/**
 * Pages per part from the paginated preview's result (core/text/counts/page-counts.ts), or null while there is
 * no result (the preview has not laid the report out): the counts then show "—".
 */
import { useMemo } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { reportPages, type PaginationResult, type ReportPages } from '../../../core/text/counts/page-counts';

export function useReportPages(report: Report, pagination: PaginationResult | null): ReportPages | null {
  return useMemo(() => (pagination ? reportPages(report, pagination) : null), [report, pagination]);
}
