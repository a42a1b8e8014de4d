/**
 * `soan-bao-cao submit <bản-nháp.baocao.json> --to <thư-mục>`: the app's "Nộp qua USB" from the command
 * line, with the same bundle writer. Prints the folder only after every file was read back and matched;
 * on failure prints the Vietnamese message and exits 1, leaving nothing of the bundle in <thư-mục>.
 */
import { parseCommandArgs } from '../parse-command-args';
import { resolve } from 'node:path';
import { renderDocx } from '../../core/docx/render-docx';
import { RuleSetNotInstalledError } from '../../core/rules/rule-set-registry';
import { loadDraftFile } from './load-draft';
import { formatDecimal } from '../../core/text/vi-number';
import { FileWriteError } from '../../node/files/file-write-error';
import { submitReport } from '../../node/submission/submit-report';
import type { SubmissionFs } from '../../node/files/verified-write-fs';

export interface SubmitCliIo {
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Monotonic milliseconds, for the timing printed on success. */
  now(): number;
  /** Wall clock, for the manifest and the folder date. */
  date(): Date;
  fsx: SubmissionFs;
  appLabel: string;
}

export const SUBMIT_USAGE = [
  'Cách dùng:',
  '  soan-bao-cao submit <bản-nháp.baocao.json> --to <thư-mục hoặc USB>',
  '',
  'Ghi vào <thư-mục> một thư mục nộp gồm tệp Word, tệp bản nháp và manifest.json (mã SHA-256),',
  'đọc lại để kiểm tra rồi mới báo xong.',
].join('\n');

export async function runSubmitCommand(argv: readonly string[], io: SubmitCliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { to: { type: 'string', short: 't' } });
  if (!parsed) {
    io.stderr(`Lệnh submit không đúng: có tùy chọn không hiểu được hoặc thiếu thư mục sau --to.\n\n${SUBMIT_USAGE}`);
    return 2;
  }
  const [input, ...extra] = parsed.positionals;
  const to = parsed.values.to;
  if (!input || extra.length > 0 || !to) {
    io.stderr(`Lệnh submit cần đúng một tệp bản nháp (.baocao.json) và thư mục đích sau --to.\n\n${SUBMIT_USAGE}`);
    return 2;
  }

  const started = io.now();
  // Same reading and parsing as `render`, `check` and the app's "Mở tệp bản nháp".
  const draft = await loadDraftFile(input, io);
  if (!draft.ok) {
    io.stderr(draft.message);
    return 1;
  }

  try {
    const result = await submitReport(
      {
        report: draft.draft.report,
        templateId: draft.draft.templateId,
        destDir: resolve(to),
        meta: { draftId: draft.draft.draftId, createdAt: draft.draft.createdAt, updatedAt: draft.draft.updatedAt },
      },
      { renderDocx, fsx: io.fsx, now: io.date, appLabel: io.appLabel },
    );
    const kb = result.files.reduce((a, f) => a + f.bytes, 0) / 1024;
    io.stdout(result.folderPath);
    io.stdout(
      `Đã ghi và kiểm tra xong ${result.files.length} tệp (${formatDecimal(kb)} KB, ${Math.round(io.now() - started)} ms) — có thể rút USB sau khi gỡ an toàn.`,
    );
    return 0;
  } catch (error) {
    io.stderr(
      error instanceof FileWriteError || error instanceof RuleSetNotInstalledError
        ? error.message
        : 'Không nộp được báo cáo do lỗi không mong đợi. Hãy thử lại hoặc chọn thư mục khác.',
    );
    return 1;
  }
}
