/**
 * A single .docx export as a line of the export history (export-history-log.ts), verified or failed, beside the
 * USB submissions: the draft's "Lịch sử xuất tệp" lists both. A verified export names its file with size and
 * SHA-256; a failed one keeps the sentence the clerk saw.
 */
import { basename } from 'node:path';
import type { ExportHistoryEntry } from '../../core/submission/export-history';
import type { ExportRecord } from './export-docx';
import type { HistoryLog } from './export-history-log';

export function docxExportEntry(record: ExportRecord, at: Date): ExportHistoryEntry {
  const { draftId, filePath, bytes, sha256, status, message, millis } = record;
  return {
    v: 1,
    kind: 'docx',
    draftId,
    at: at.toISOString(),
    target: filePath,
    files: sha256 ? [{ name: basename(filePath), bytes, sha256 }] : [],
    status,
    message,
    millis,
  };
}

/** The export handler's `recordExport`: appends each export to the history (the handler logs a failed append). */
export function recordDocxExports(
  history: Pick<HistoryLog, 'append'>,
  now: () => Date = () => new Date(),
): (record: ExportRecord) => Promise<void> {
  return (record) => history.append(docxExportEntry(record, now()));
}
