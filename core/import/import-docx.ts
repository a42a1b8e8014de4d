/**
 * Opens a Word report (.docx): bytes → report, the outline it matches, what was recognised and what could not
 * be carried over. Pure (no Node, no DOM): the same function serves the app, the CLI and the tests.
 */
import type { Template } from '../templates/template-schema';
import type { ImportResult } from './import-result';
import { describeUnsupportedFile } from './unsupported-file';

export type { ImportResult, ImportSummary, ImportNote, ImportNoteKind, ImportedHeaderField } from './import-result';
export { describeUnsupportedFile } from './unsupported-file';

export interface ImportDocxOptions {
  /** Built-in and installed outlines; the best match by chapter headings is attached, else the free outline. */
  templates: readonly Template[];
  /** Shown in messages ("Tệp “…” …"); defaults to "Tệp". */
  fileName?: string;
}

export function importDocx(bytes: Uint8Array, options: ImportDocxOptions): ImportResult {
  const name = options.fileName ?? 'báo cáo.docx';
  const unsupported = describeUnsupportedFile(bytes, name);
  if (unsupported) return { ok: false, message: unsupported };
  return { ok: false, message: 'Chưa đọc được tệp .docx.' };
}
