/** The Vietnamese sentences a user meets when a .docx cannot be opened: what happened, what to do. */
import { BODY_LIMITS, PACKAGE_LIMITS } from './import-limits';
import { formatInteger } from '../text/vi-number';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const RESAVE =
  'Hãy mở tệp bằng Word hoặc LibreOffice, chọn Tệp > Lưu thành > Word Document (.docx) rồi mở lại tệp mới.';

export const importMessages = {
  empty: (name: string) => `Tệp “${name}” rỗng (0 byte), không có gì để mở. Hãy chọn đúng tệp báo cáo .docx.`,
  zipSize: (name: string) =>
    `Tệp “${name}” lớn hơn ${mb(PACKAGE_LIMITS.zipBytes)}, quá lớn đối với một báo cáo Word nên không mở. Nếu tệp có nhiều hình ảnh, hãy xóa bớt hình rồi lưu lại.`,
  entries: (name: string) =>
    `Tệp “${name}” có hơn ${formatInteger(PACKAGE_LIMITS.entries)} phần bên trong, không giống một báo cáo Word; tệp có thể hỏng hoặc không an toàn nên không mở. ${RESAVE}`,
  entrySize: (name: string) =>
    `Tệp “${name}” có phần giải nén ra quá lớn (trên ${mb(PACKAGE_LIMITS.entryBytes)} cho một phần hoặc ${mb(PACKAGE_LIMITS.totalBytes)} tất cả): tệp có thể hỏng hoặc là “bom nén”, nên không mở. ${RESAVE}`,
  damaged: (name: string) => `Tệp “${name}” bị hỏng: không đọc được gói nén .docx. ${RESAVE}`,
  notWord: (name: string) =>
    `Tệp “${name}” là tệp nén nhưng không phải văn bản Word (thiếu hoặc sai [Content_Types].xml, không có phần văn bản Word). Hãy chọn đúng tệp báo cáo .docx.`,
  noDocument: (name: string, part: string) =>
    `Tệp “${name}” thiếu phần nội dung chính (${part}) nên không có gì để mở. ${RESAVE}`,
  doctype: (name: string, part: string) =>
    `Tệp “${name}” có khai báo DOCTYPE/ENTITY trong ${part} — Word không bao giờ tạo ra điều này và nó có thể dùng để làm treo máy, nên tệp không được mở. ${RESAVE}`,
  malformed: (name: string, part: string) => `Tệp “${name}” bị hỏng: phần ${part} không phải XML đúng dạng. ${RESAVE}`,
  tooLong: (name: string) =>
    `Tệp “${name}” quá dài (hơn ${formatInteger(BODY_LIMITS.paragraphs)} đoạn văn hoặc ${formatInteger(BODY_LIMITS.tables)} bảng), vượt giới hạn một báo cáo; không mở. Hãy tách thành nhiều báo cáo nhỏ hơn.`,
  overModel: (name: string, what: string) =>
    `Tệp “${name}” đọc được nhưng vượt giới hạn của bản nháp (${what}). Hãy tách báo cáo hoặc rút gọn phần đó trong Word rồi mở lại.`,
};
