/**
 * A draft's content as the journal stores it since journal version 2, like IndexedDB does: the report without
 * its sections ("head") as JSON text, the top-level section ids, and one record text per section node
 * (core/model/section-records.ts). A save of one edited paragraph then changes one record of a few KB.
 */
import { parseReport, type Report } from '../../core/model/report-schema';
import { assembleSections, flattenSections, sectionJson } from '../../core/model/section-records';

export interface DraftContent {
  /** JSON of the report with `sections: []`. */
  head: string;
  chapterIds: string[];
  /** Record text of every section node by id, parents before children. */
  sections: Map<string, string>;
}

/** The content of a validated report (a whole-report save: import, restore, new draft). */
export function contentOfReport(report: Report): DraftContent {
  const all = flattenSections(report.sections) ?? [];
  return {
    head: JSON.stringify({ ...report, sections: [] }),
    chapterIds: report.sections.map((s) => s.id),
    sections: new Map(all.map((s) => [s.id, sectionJson(s)])),
  };
}

/** The report the content holds, through the schema gate; null when it does not pass. */
export function reportOfContent(content: DraftContent): Report | null {
  let head: unknown;
  try {
    head = JSON.parse(content.head);
  } catch {
    return null;
  }
  if (typeof head !== 'object' || head === null) return null;
  const sections = assembleSections(content.chapterIds, (id) => content.sections.get(id));
  const parsed = parseReport({ ...head, sections });
  return parsed.ok ? parsed.value : null;
}
