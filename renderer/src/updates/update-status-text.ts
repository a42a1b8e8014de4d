/** What the "Cập nhật" dialog says for each online-update phase (pure, so the wording is tested). */
import type { OnlineUpdateStatus } from '../../../electron/ipc/channels';
import { parseIsoDate, shortDate } from '../../../core/text/date-line';
import { localIsoDate } from '../text/format-timestamp';

export const DESKTOP_ONLY_MESSAGE =
  'Cập nhật phần mềm và cài gói đề cương chỉ làm được trong ứng dụng Soạn Báo Cáo cài trên máy tính. Bản đang mở trong trình duyệt không tự cập nhật; hãy mở ứng dụng trên máy tính để cập nhật.';

export function onlineStatusText(status: OnlineUpdateStatus): string {
  switch (status.phase) {
    case 'disabled':
    case 'refused':
    case 'error':
      return status.message;
    case 'idle':
      return 'Ứng dụng tự kiểm tra bản mới khi máy có mạng. Bấm “Kiểm tra bản mới” để kiểm tra ngay.';
    case 'checking':
      return 'Đang kiểm tra bản mới…';
    case 'up-to-date':
      return 'Bạn đang dùng phiên bản mới nhất.';
    case 'available':
      return `Có phiên bản mới ${status.version}. Bấm “Tải bản cập nhật” để tải về; ứng dụng vẫn dùng bình thường trong lúc tải.`;
    case 'downloading':
      return `Đang tải bản cập nhật: ${status.percent}%`;
    case 'ready':
      // The verified installer starts when the app closes (main: install-gate.ts), asking for admin rights.
      return `Phiên bản ${status.version} đã tải xong và đã kiểm tra chữ ký số; các bản nháp đã được sao lưu. Khi bạn đóng ứng dụng, bộ cài bản mới sẽ mở để cài (Windows có thể hỏi quyền quản trị); cài xong, hãy mở lại ứng dụng.`;
  }
}

/** "01/02/2026" from an ISO instant, in local time (SPEC §11, never toLocaleDateString). */
export function releaseDate(isoInstant: string): string {
  const date = parseIsoDate(localIsoDate(Date.parse(isoInstant)));
  return date ? shortDate(date) : '';
}
