/**
 * Why a received bundle is refused, as one Vietnamese sentence each: what is wrong and what to ask the sending
 * unit for. Shared by the desktop inbox (node/inbox), the browser's folder picker and `soan-bao-cao compile`.
 */
import { displaySafe } from '../text/display-safe';

const quote = (name: string) => `“${displaySafe(name).slice(0, 120)}”`;
const RESEND = 'Hãy đề nghị đơn vị nộp lại bộ hồ sơ từ máy soạn báo cáo.';

export const BUNDLE_MESSAGES = {
  manifestMissing: `Thư mục không có tệp manifest.json đọc được. ${RESEND}`,
  manifestLink: `Tệp manifest.json là lối tắt (liên kết) chứ không phải tệp thật nên không đọc. ${RESEND}`,
  manifestTooLarge: `Tệp manifest.json quá lớn so với một bộ hồ sơ nộp (có thể là tệp độc hại). ${RESEND}`,
  badName: (name: string) =>
    `manifest.json ghi tên tệp ${quote(name)} không hợp lệ (có đường dẫn hoặc ký tự lạ) nên cả bộ hồ sơ bị từ chối. ${RESEND}`,
  duplicateName: (name: string) => `manifest.json ghi tên tệp ${quote(name)} hai lần. ${RESEND}`,
  wrongFiles: `manifest.json phải liệt kê đúng một tệp Word (.docx) và một tệp bản nháp (.baocao.json). ${RESEND}`,
  fileMissing: (name: string) => `Thiếu tệp ${quote(name)} mà manifest.json liệt kê. ${RESEND}`,
  fileLink: (name: string) =>
    `Tệp ${quote(name)} là lối tắt (liên kết) chứ không phải tệp thật nên không đọc. ${RESEND}`,
  notRegular: (name: string) => `${quote(name)} không phải tệp bình thường nên không đọc. ${RESEND}`,
  fileTooLarge: (name: string) => `Tệp ${quote(name)} lớn quá mức cho phép của một báo cáo. ${RESEND}`,
  sizeMismatch: (name: string) =>
    `Tệp ${quote(name)} có kích thước khác với ghi trong manifest.json: tệp bị sửa hoặc chép thiếu. ${RESEND}`,
  hashMismatch: (name: string) =>
    `Mã kiểm tra SHA-256 của tệp ${quote(name)} không khớp với manifest.json: tệp đã bị sửa hoặc hỏng khi sao chép. ${RESEND}`,
  draftRefused: (reason: string) => `Tệp bản nháp không nhận được: ${reason}`,
  manifestDiffers: `Thông tin trong manifest.json (số, ngày hoặc cơ quan ban hành) khác với bản nháp đi kèm: bộ hồ sơ đã bị sửa. ${RESEND}`,
  readFailed: (code: string) =>
    `Không đọc được bộ hồ sơ (lỗi ${displaySafe(code).slice(0, 20)}). Hãy cắm lại USB rồi thử lại.`,
  timedOut: 'Kiểm tra bộ hồ sơ quá lâu nên đã dừng (ổ đĩa quá chậm hoặc tệp bất thường). Hãy chép vào máy rồi thử lại.',
} as const;
