/** Texts of the submission UI that depend on data: sizes and progress, in Vietnamese notation (SPEC §13: comma decimals). */
import type { UsbSubmitProgress } from '../../../electron/ipc/channels';
import { formatDecimal } from '../../../core/text/vi-number';

/** When the call to main itself fails (no answer at all): main's own refusals come with their sentence. */
export const USB_SUBMIT_FAILED =
  'Không nộp được báo cáo do lỗi trong ứng dụng. Hãy bấm “Nộp” để thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng rồi nộp lại.';

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatDecimal(Math.round(value * 10) / 10)} ${units[unit]}`;
}

export function progressLabel(progress: UsbSubmitProgress | null): string {
  if (!progress) return 'Đang chuẩn bị…';
  switch (progress.phase) {
    case 'checking':
      return 'Đang kiểm tra USB (dung lượng, quyền ghi)…';
    case 'writing':
      return `Đang ghi ${progress.file ?? ''}…`;
    case 'verifying':
      return `Đang đọc lại để kiểm tra ${progress.file ?? ''}…`;
    case 'done':
      return 'Đã kiểm tra xong.';
  }
}
