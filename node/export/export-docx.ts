/**
 * The export:docx handler: validate the report again (the renderer is not trusted), render it, ask
 * where to save (until the confirmed name can be written as it is), write atomically. Dialog, renderer and writer are injected, so the whole flow is
 * unit-tested in Node; index.ts passes Electron's dialog and the real writer.
 */
import { join } from 'node:path';
import type { ExportDocxRequest, ExportDocxResponse } from '../../electron/ipc/channels';
import { parseReport, type Report } from '../../core/model/report-schema';
import { RuleSetNotInstalledError } from '../../core/rules/rule-set-registry';
import { safeFileName } from '../../core/text/safe-file-name';
import { confirmSavePath, type FileKind } from '../files/confirmed-file-name';
import { FileWriteError } from '../files/file-write-error';

export interface SaveDialogOptions {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent')[];
}
export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string | undefined;
}

export interface ExportDocxDeps<E> {
  renderDocx(report: Report): Promise<Uint8Array>;
  /** `dialog.showSaveDialog`, parented to the window that sent `event`. */
  showSaveDialog(event: E, options: SaveDialogOptions): Promise<SaveDialogResult>;
  /** Writes atomically, reads the file back and compares SHA-256 before resolving. */
  writeFile(filePath: string, data: Uint8Array): Promise<{ path: string; sha256: string }>;
  /** Records the export (verified or failed) in the draft's export history. */
  recordExport?(entry: ExportRecord): Promise<void> | void;
  /** Tells the clerk why the name they confirmed cannot be used (a message box); the dialog then reopens. */
  explainFileName(event: E, message: string): Promise<void>;
  /** The user's Documents folder: where the dialog opens. */
  documentsDir(): string;
  /** Milliseconds, monotonic (performance.now). */
  now(): number;
  log?(message: string, error?: unknown): void;
}

export interface ExportRecord {
  draftId: string | null;
  filePath: string;
  bytes: number;
  sha256: string | null;
  status: 'verified' | 'failed';
  message?: string | undefined;
  millis: number;
}

export const EXPORT_MESSAGES = {
  invalidReport: (where: string) =>
    `Báo cáo có dữ liệu không hợp lệ (tại “${where || 'gốc'}”) nên chưa xuất được. Hãy kiểm tra lại nội dung báo cáo rồi thử lại.`,
  renderFailed:
    'Không tạo được tệp Word từ báo cáo này. Hãy kiểm tra lại nội dung (bảng, chú thích) rồi thử lại; nếu vẫn lỗi, hãy lưu bản nháp và báo cho người hỗ trợ.',
  writeFailed: 'Không lưu được tệp. Hãy thử lại hoặc chọn nơi lưu khác, ví dụ thư mục Tài liệu.',
} as const;

const DOCX_FILTER = { name: 'Tài liệu Word (.docx)', extensions: ['docx'] };
export const DOCX_KIND: FileKind = { endings: ['.docx'], defaultExtension: 'docx', label: 'tệp Word' };

export function createExportDocxHandler<E>(
  deps: ExportDocxDeps<E>,
): (request: ExportDocxRequest, event: E) => Promise<ExportDocxResponse> {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return async (request, event) => {
    const parsed = parseReport(request.report);
    if (!parsed.ok) {
      return { status: 'error', message: EXPORT_MESSAGES.invalidReport(parsed.issues[0]?.path.join('.') ?? '') };
    }

    const started = deps.now();
    let bytes: Uint8Array;
    try {
      bytes = await deps.renderDocx(parsed.value);
    } catch (error) {
      if (error instanceof RuleSetNotInstalledError) return { status: 'error', message: error.message };
      log('[export] renderDocx failed', error);
      return { status: 'error', message: EXPORT_MESSAGES.renderFailed };
    }
    const renderMillis = deps.now() - started;

    const suggested = safeFileName(request.suggestedName.replace(/\.docx$/i, ''), 'docx');
    // The safe name is offered; what the clerk confirms is written as confirmed or asked again (M-07, M-08).
    const filePath = await confirmSavePath<SaveDialogOptions>(
      (options) => deps.showSaveDialog(event, options),
      {
        title: 'Lưu báo cáo thành tệp Word',
        buttonLabel: 'Lưu',
        defaultPath: join(deps.documentsDir(), suggested),
        filters: [DOCX_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      },
      DOCX_KIND,
      (message) => deps.explainFileName(event, message),
    );
    if (filePath === null) return { status: 'canceled' };

    const writeStarted = deps.now();
    // Time the user actually waited on the app, not the time they spent in the dialog.
    const waited = () => Math.round(renderMillis + deps.now() - writeStarted);
    const record = async (entry: Omit<ExportRecord, 'draftId' | 'bytes' | 'millis'>) => {
      try {
        await deps.recordExport?.({
          draftId: request.draftId ?? null,
          bytes: bytes.byteLength,
          millis: waited(),
          ...entry,
        });
      } catch (error) {
        log('[export] history not recorded', error); // the export itself is what matters to the user
      }
    };
    let written: { path: string; sha256: string };
    try {
      written = await deps.writeFile(filePath, bytes);
    } catch (error) {
      log('[export] write failed', error);
      const message = error instanceof FileWriteError ? error.message : EXPORT_MESSAGES.writeFailed;
      await record({ filePath, sha256: null, status: 'failed', message });
      return { status: 'error', message };
    }
    await record({ filePath: written.path, sha256: written.sha256, status: 'verified' });
    return {
      status: 'saved',
      filePath: written.path,
      bytes: bytes.byteLength,
      millis: waited(),
      sha256: written.sha256,
    };
  };
}
