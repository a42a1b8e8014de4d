/** What the clerk reads when the journal cannot do something (the text stays on screen and is retried). */
import { errorCode } from '../files/file-write-error';
import type { JournalError } from '../../electron/ipc/journal-types';

export const JOURNAL_MESSAGES = {
  diskFull:
    'Ổ đĩa máy tính đã đầy nên bản nháp chưa được lưu xuống đĩa. Nội dung vẫn còn trên màn hình; hãy xóa bớt tệp không cần (ví dụ trong thư mục Tải xuống) — ứng dụng sẽ tự lưu lại.',
  writeFailed: (code: string) =>
    `Chưa lưu được bản nháp xuống đĩa (lỗi ${code || 'không rõ'}). Nội dung vẫn còn trên màn hình và ứng dụng sẽ tự thử lưu lại; nếu lỗi kéo dài, hãy lưu bản nháp ra tệp hoặc USB.`,
  invalidDraft: (where: string) =>
    `Bản nháp có dữ liệu không hợp lệ (tại “${where}”) nên chưa được lưu. Hãy tải lại trang soạn thảo; nếu vẫn lỗi, hãy lưu bản nháp ra tệp và báo người hỗ trợ.`,
  tooLarge: 'Bản nháp quá lớn (trên 5 MB) nên không lưu được. Hãy chia báo cáo hoặc bớt các bảng, đoạn dán quá dài.',
  notFound:
    'Không tìm thấy bản nháp, phiên bản hoặc bản sao lưu này trong kho lưu trên máy (có thể nó đã được dọn đi sau thời gian lưu giữ). Hãy mở lại danh sách rồi chọn lại.',
  damaged:
    'Bản lưu trên đĩa này bị hỏng (có thể do mất điện hoặc lỗi ổ đĩa) nên không mở được; tệp hỏng vẫn được giữ lại. Hãy chọn một phiên bản khác hoặc dùng “Khôi phục từ bản sao lưu”.',
} as const;

/** Maps a failed write to the typed error the renderer shows (ENOSPC/EDQUOT → 'disk-full'). */
export function journalWriteError(error: unknown): JournalError {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return { status: 'error', reason: 'disk-full', message: JOURNAL_MESSAGES.diskFull };
  return { status: 'error', reason: 'write-failed', message: JOURNAL_MESSAGES.writeFailed(code) };
}
