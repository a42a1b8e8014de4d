/**
 * The preview:render-docx handler: the bytes "Xem trước trang in" draws, made in main with the same report
 * schema and the same rule-set lookup as export (built-in plus installed packs), so the renderer bundle carries
 * no DOCX writer and the preview shows exactly what export would write. The renderer is not trusted:
 * the report is validated again here. Nothing is written to disk.
 */
import type { RenderPreviewDocxRequest, RenderPreviewDocxResponse } from '../../electron/ipc/channels';
import { parseReport, type Report } from '../../core/model/report-schema';
import { RuleSetNotInstalledError } from '../../core/rules/rule-set-registry';

export interface PreviewDocxDeps {
  /** The same report → bytes function export uses (createReportRenderer in index.ts). */
  renderDocx(report: Report): Promise<Uint8Array>;
  log?(message: string, error?: unknown): void;
}

export const PREVIEW_MESSAGES = {
  invalidReport: (where: string) =>
    `Báo cáo có dữ liệu không hợp lệ (tại “${where || 'gốc'}”) nên chưa dựng được bản xem trước trang in. Hãy kiểm tra lại nội dung báo cáo rồi bấm “Thử lại”.`,
  renderFailed:
    'Không dựng được bản xem trước trang in từ báo cáo này. Bản nháp không bị ảnh hưởng; hãy kiểm tra lại nội dung (bảng, chú thích) rồi bấm “Thử lại”.',
} as const;

export function createPreviewDocxHandler(
  deps: PreviewDocxDeps,
): (request: RenderPreviewDocxRequest) => Promise<RenderPreviewDocxResponse> {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return async (request) => {
    const parsed = parseReport(request.report);
    if (!parsed.ok)
      return { status: 'error', message: PREVIEW_MESSAGES.invalidReport(parsed.issues[0]?.path.join('.') ?? '') };
    try {
      return { status: 'rendered', bytes: await deps.renderDocx(parsed.value) };
    } catch (error) {
      // "Bộ quy tắc … chưa được cài": the same sentence export shows.
      if (error instanceof RuleSetNotInstalledError) return { status: 'error', message: error.message };
      log('[preview] renderDocx failed', error);
      return { status: 'error', message: PREVIEW_MESSAGES.renderFailed };
    }
  };
}
