/** Word counts of a report's text (body, headings, footnotes, tables), to check report sizes. */
import type { Report } from '../../core/model/report-schema';

export const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function wordsOfReport(report: Report): number {
  let words = 0;
  JSON.stringify(report, (key, value: unknown) => {
    if ((key === 'text' || key === 'heading') && typeof value === 'string') words += countWords(value);
    return value;
  });
  return words;
}
