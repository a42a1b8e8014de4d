/**
 * Two realistic version-2 reports, written for the tables-and-structure work and shared by the writer, editor
 * and statistics tests: a Đảng ủy xã year-end report (HD 36) with body tables and a landscape Phụ lục whose
 * header is merged over two rows, and a UBND xã six-month report (NĐ 30) with a) b) directly under 1.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseReport, type Report } from '../core/model/report-schema';

export const REALISTIC_REPORTS = {
  dangUyXa: fileURLToPath(new URL('./fixtures/dang-uy-xa-nam-tam-2025.baocao-report.json', import.meta.url)),
  ubndXa: fileURLToPath(new URL('./fixtures/ubnd-xa-nam-tam-6-thang-2025.baocao-report.json', import.meta.url)),
} as const;

export async function loadRealisticReport(name: keyof typeof REALISTIC_REPORTS): Promise<Report> {
  const parsed = parseReport(JSON.parse(await readFile(REALISTIC_REPORTS[name], 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}
