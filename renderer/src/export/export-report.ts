/**
 * "Xuất DOCX" on either platform. In the desktop app the main process renders and writes the file (save dialog,
 * atomic write); in a plain browser the DOCX writer is loaded on demand (browser-docx-writer.ts: absent from the
 * desktop build) and the bytes are downloaded. Never touches the draft.
 */
import { exportFileStem } from '../../../core/model/export-name';
import type { Report } from '../../../core/model/report-schema';
import { safeFileName } from '../../../core/text/safe-file-name';
import { loadBrowserDocxWriter } from './browser-docx-writer';

export type ExportOutcome =
  { status: 'saved'; message: string } | { status: 'canceled' } | { status: 'error'; message: string };

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function suggestedExportName(report: Report): string {
  return safeFileName(exportFileStem(report), 'docx');
}

/** @param draftId the draft being exported, so the export is recorded in its history (desktop app). */
export function exportReport(report: Report, draftId?: string): Promise<ExportOutcome> {
  return saveDocx(report, suggestedExportName(report), {
    draftId,
    saved: (where) => `Đã lưu tệp tại ${where}`,
    failed:
      'Không xuất được tệp DOCX. Bản nháp vẫn được giữ nguyên; hãy kiểm tra các mục trong bước “Xem lại và xuất” rồi thử lại.',
  });
}

/**
 * Any document in the report model saved as a .docx: the desktop app's export channel (save dialog, atomic
 * write), or in a plain browser the lazily loaded writer and a download. `failed` is what the clerk reads when
 * it cannot be made.
 */
export async function saveDocx(
  report: Report,
  suggestedName: string,
  say: { draftId?: string | undefined; saved: (filePath: string) => string; failed: string },
): Promise<ExportOutcome> {
  // Declared by electron/preload/api.d.ts; absent in a plain browser.
  const api = window.soanBaoCao;
  try {
    if (api) {
      const res = await api.exportDocx({ report, suggestedName, draftId: say.draftId });
      if (res.status === 'saved') return { status: 'saved', message: say.saved(res.filePath) };
      if (res.status === 'canceled') return { status: 'canceled' };
      return { status: 'error', message: res.message };
    }
    const renderDocx = await loadBrowserDocxWriter();
    downloadBytes(await renderDocx(report), suggestedName);
    return {
      status: 'saved',
      message: `Đã tạo tệp “${suggestedName}”. Tệp nằm trong thư mục Tải xuống của trình duyệt.`,
    };
  } catch {
    return { status: 'error', message: say.failed };
  }
}

function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_MIME }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
