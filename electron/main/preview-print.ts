/**
 * "In" and "Xuất PDF" of the page preview. The renderer has already put the paginated pages in place for print
 * (its print stylesheet hides everything else, and Paged.js's @page rules give A4 with the DOCX margins inside
 * each page box), so main only prints the sender's page: through the system dialog, or to PDF with the CSS page
 * size, then a save dialog and an atomic, read-back write. Electron's webContents and dialogs are injected, so
 * both handlers are unit-tested in Node.
 */
import { join } from 'node:path';
import type { ExportPreviewPdfRequest, ExportPreviewPdfResponse, PrintPreviewResponse } from '../ipc/channels';
import { safeFileName } from '../../core/text/safe-file-name';
import { confirmSavePath, type FileKind } from '../../node/files/confirmed-file-name';
import { FileWriteError } from '../../node/files/file-write-error';
import type { SaveDialogOptions, SaveDialogResult } from '../../node/export/export-docx';

export const PRINT_MESSAGES = {
  printFailed:
    'Không in được. Hãy kiểm tra máy in đã bật và được chọn đúng trong hộp thoại in, rồi bấm “In” lại. Bản nháp không bị ảnh hưởng.',
  pdfFailed:
    'Không tạo được tệp PDF từ bản xem trước. Hãy đợi bản xem trước dựng xong rồi bấm “Xuất PDF” lại. Bản nháp không bị ảnh hưởng.',
  writeFailed: 'Không lưu được tệp PDF. Hãy thử lại hoặc chọn nơi lưu khác, ví dụ thư mục Tài liệu.',
} as const;

export const PDF_KIND: FileKind = { endings: ['.pdf'], defaultExtension: 'pdf', label: 'tệp PDF' };
const PDF_FILTER = { name: 'Tài liệu PDF (.pdf)', extensions: ['pdf'] };

/** What `webContents.print` reports; Chromium says "cancelled" when the clerk closes the dialog. */
export interface PrintOutcome {
  success: boolean;
  failureReason: string;
}

export interface PrintPreviewDeps<E> {
  /** `event.sender.print({ silent: false, printBackground: true }, callback)`, as a promise. */
  print(event: E): Promise<PrintOutcome>;
  log?(message: string, error?: unknown): void;
}

export function createPrintPreviewHandler<E>(
  deps: PrintPreviewDeps<E>,
): (request: unknown, event: E) => Promise<PrintPreviewResponse> {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return async (_request, event) => {
    try {
      const outcome = await deps.print(event);
      if (outcome.success) return { status: 'printed' };
      if (/cancel/i.test(outcome.failureReason)) return { status: 'canceled' };
      log(`[print] failed: ${outcome.failureReason}`);
      return { status: 'error', message: PRINT_MESSAGES.printFailed };
    } catch (error) {
      log('[print] failed', error);
      return { status: 'error', message: PRINT_MESSAGES.printFailed };
    }
  };
}

export interface ExportPreviewPdfDeps<E> {
  /** `event.sender.printToPDF({ preferCSSPageSize: true, printBackground: true, … })`. */
  printToPdf(event: E): Promise<Uint8Array>;
  showSaveDialog(event: E, options: SaveDialogOptions): Promise<SaveDialogResult>;
  /** Writes atomically, reads the file back and compares SHA-256 before resolving. */
  writeFile(filePath: string, data: Uint8Array): Promise<{ path: string; sha256: string }>;
  explainFileName(event: E, message: string): Promise<void>;
  documentsDir(): string;
  log?(message: string, error?: unknown): void;
}

export function createExportPreviewPdfHandler<E>(
  deps: ExportPreviewPdfDeps<E>,
): (request: ExportPreviewPdfRequest, event: E) => Promise<ExportPreviewPdfResponse> {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return async (request, event) => {
    // Printed before the dialog opens: the pages on screen are the ones the clerk chose to export.
    let pdf: Uint8Array;
    try {
      pdf = await deps.printToPdf(event);
    } catch (error) {
      log('[pdf] printToPDF failed', error);
      return { status: 'error', message: PRINT_MESSAGES.pdfFailed };
    }
    const suggested = safeFileName(request.suggestedName.replace(/\.pdf$/i, ''), 'pdf');
    const filePath = await confirmSavePath<SaveDialogOptions>(
      (options) => deps.showSaveDialog(event, options),
      {
        title: 'Lưu bản in thành tệp PDF',
        buttonLabel: 'Lưu',
        defaultPath: join(deps.documentsDir(), suggested),
        filters: [PDF_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      },
      PDF_KIND,
      (message) => deps.explainFileName(event, message),
    );
    if (filePath === null) return { status: 'canceled' };
    try {
      const written = await deps.writeFile(filePath, pdf);
      return { status: 'saved', filePath: written.path, bytes: pdf.byteLength, sha256: written.sha256 };
    } catch (error) {
      log('[pdf] write failed', error);
      return { status: 'error', message: error instanceof FileWriteError ? error.message : PRINT_MESSAGES.writeFailed };
    }
  };
}
