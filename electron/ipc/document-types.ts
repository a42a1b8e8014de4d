/**
 * Payloads of the export, page-preview, Word-open and app-info channels. Type-only; the requests are
 * derived from their zod schemas in channels.ts.
 */
import type { IpcRequest } from './channels';

export type ExportDocxRequest = IpcRequest<'exportDocx'>;
export type ExportDocxResponse =
  | { status: 'saved'; filePath: string; bytes: number; millis: number; sha256: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

export type RenderPreviewDocxRequest = IpcRequest<'renderPreviewDocx'>;
/** The bytes export would write for this report (same rule-set lookup), for docx-preview to draw. */
export type RenderPreviewDocxResponse =
  { status: 'rendered'; bytes: Uint8Array } | { status: 'error'; message: string };

/**
 * The chosen file's name (no folder) and bytes; the renderer's Word import checks everything else, and words
 * 'too-large' (over the import's cap, not read) with the import's own sentence.
 */
export type WordFileOpenResponse =
  | { status: 'opened'; fileName: string; bytes: Uint8Array }
  | { status: 'too-large'; fileName: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

export interface AppInfoResponse {
  version: string;
  platform: string;
  electron: string;
}

/** "In" from the page preview: the window's pages through the system print dialog. */
export type PrintPreviewResponse =
  { status: 'printed' } | { status: 'canceled' } | { status: 'error'; message: string };

export type ExportPreviewPdfRequest = IpcRequest<'exportPreviewPdf'>;
/** "Xuất PDF": the preview's pages printed to PDF (A4, fonts embedded), saved where the clerk chose. */
export type ExportPreviewPdfResponse =
  | { status: 'saved'; filePath: string; bytes: number; sha256: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };
