/**
 * The Word import as the renderer runs it: in its worker (word-import.worker.ts), and in the browser build also in
 * the page where a worker cannot start. The parser, its zip and XML readers never enter the start-up bundle.
 */
import { importDocx, type ImportResult } from '../../../core/import/import-docx';
import { matchOutline } from '../../../core/import/outline-match';
import type { Report } from '../../../core/model/report-schema';
import { FREE_OUTLINE_ID, type Template } from '../../../core/templates/template-schema';

export type WordImport = Extract<ImportResult, { ok: true }>;

export interface OutlineChoice {
  templateId: string;
  name: string;
  /** The report with its sections keyed to this outline (or to none, for the free outline). */
  report: Report;
}

export type WordReportResult = (WordImport & { outlines: OutlineChoice[] }) | { ok: false; message: string };

/**
 * The outlines the clerk may attach instead: the one the parser chose, every other outline whose chapters match
 * at least half of the document's (the parser's own rule), and always the free outline.
 */
function outlineChoices(result: WordImport, templates: readonly Template[]): OutlineChoice[] {
  const free = templates.find((t) => t.id === FREE_OUTLINE_ID);
  const choices: OutlineChoice[] = [
    { templateId: result.templateId, name: result.summary.templateName, report: result.report },
  ];
  for (const t of templates) {
    if (t.id === result.templateId) continue;
    const match = matchOutline(result.report.sections, free && t.id !== FREE_OUTLINE_ID ? [t, free] : [t]);
    if (match.template.id !== t.id) continue;
    choices.push({ templateId: t.id, name: t.name, report: { ...result.report, sections: match.sections } });
  }
  if (!choices.some((c) => c.templateId === FREE_OUTLINE_ID)) {
    const match = matchOutline(result.report.sections, free ? [free] : []);
    choices.push({
      templateId: match.template.id,
      name: match.template.name,
      report: { ...result.report, sections: match.sections },
    });
  }
  return choices;
}

export function readWordReport(bytes: Uint8Array, fileName: string, templates: readonly Template[]): WordReportResult {
  const result = importDocx(bytes, { templates, fileName });
  if (!result.ok) return result;
  return { ...result, outlines: outlineChoices(result, templates) };
}
