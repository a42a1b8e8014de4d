/**
 * Why a scan of a chosen folder or stick stopped, as one Vietnamese sentence each (the reasons a single bundle
 * is refused are in core/submission/bundle-messages.ts).
 */
import { displaySafe } from '../../core/text/display-safe';
import { formatInteger } from '../../core/text/vi-number';

const quote = (name: string) => `“${displaySafe(name).slice(0, 120)}”`;

export const SCAN_MESSAGES = {
  notFolder: (path: string) => `${quote(path)} không phải thư mục. Hãy chọn USB hoặc thư mục chứa các bộ hồ sơ nộp.`,
  unreadable: (path: string, code: string) =>
    `Không mở được thư mục ${quote(path)} (lỗi ${displaySafe(code).slice(0, 20)}). Hãy cắm lại USB hoặc chọn thư mục khác.`,
  tooManyEntries: (max: number) =>
    `Thư mục có quá nhiều tệp (trên ${formatInteger(max)}) nên đã dừng tìm. Hãy chép riêng các thư mục nộp báo cáo vào một thư mục rồi chọn thư mục đó.`,
  tooManyBundles: (max: number) =>
    `Có quá ${max} bộ hồ sơ trong thư mục đã chọn. Hãy chia thành nhiều thư mục, mỗi lần nhận không quá ${max} bộ.`,
  timedOut: 'Tìm bộ hồ sơ trên USB quá lâu nên đã dừng (ổ đĩa quá chậm). Hãy chép vào máy rồi chọn thư mục đó.',
} as const;
