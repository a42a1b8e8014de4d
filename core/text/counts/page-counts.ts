/**
 * Pages per part of the report from the paginated preview's result: the page each section starts on, and the
 * page count. A part runs from the page it starts on to the page the next part starts on (it may end part-way
 * down that page, so two parts can share a page and the per-part figures may add up to a little more than
 * the total); the last chapter runs to the first appendix's page, or to the end. Parts the preview did not
 * place (Phần đầu, Phần kết) get no figure.
 */
import type { Report } from '../../model/report-schema';

export interface PaginationResult {
  pageCount: number;
  /** The page (1-based) each section — and appendix, when the preview places them — starts on, by id. */
  sectionPages: ReadonlyMap<string, number>;
}

export interface PartPages {
  /** The first and last page the part appears on. */
  from: number;
  to: number;
  count: number;
}

export interface ReportPages {
  total: number;
  /** By part id as in report-counts.ts: `chapter:<id>` for a chapter, the appendix's id for an appendix. */
  parts: ReadonlyMap<string, PartPages>;
}

export function reportPages(report: Report, result: PaginationResult): ReportPages {
  const starts: { id: string; page: number | undefined }[] = [
    ...report.sections.map((s) => ({ id: `chapter:${s.id}`, page: result.sectionPages.get(s.id) })),
    ...(report.appendices ?? []).map((a) => ({ id: a.id, page: result.sectionPages.get(a.id) })),
  ];
  const parts = new Map<string, PartPages>();
  starts.forEach(({ id, page }, i) => {
    if (page === undefined) return;
    const next = starts.slice(i + 1).find((s) => s.page !== undefined)?.page ?? result.pageCount;
    const to = Math.max(page, Math.min(next, result.pageCount));
    parts.set(id, { from: page, to, count: to - page + 1 });
  });
  return { total: result.pageCount, parts };
}
