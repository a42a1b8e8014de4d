/**
 * Every reason a draft file is refused, as one Vietnamese sentence that says what is wrong with the file and
 * what to do. Shared by the app's "Mở tệp bản nháp" and `soan-bao-cao check`, so both say exactly the same.
 */
import type { z } from 'zod';
// Field names and values quoted from the file are shown without controls or bidi tricks (I-09).
import { displaySafe } from '../text/display-safe';

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const DRAFT_FILE_MESSAGES = {
  tooLarge: (maxBytes: number) =>
    `Tệp quá lớn (trên ${MB(maxBytes)}) nên không phải bản nháp báo cáo. Hãy kiểm tra lại đúng tệp .baocao.json chưa.`,
  notUtf8:
    'Tệp không phải văn bản UTF-8 nên không phải bản nháp báo cáo. Hãy chọn đúng tệp .baocao.json hoặc xin lại tệp gốc.',
  badJson:
    'Tệp không phải bản nháp hợp lệ: nội dung không đọc được (JSON hỏng hoặc bị cắt cụt khi sao chép). Hãy chép lại tệp gốc rồi mở lại.',
  tooDeep:
    'Tệp có cấu trúc lồng nhau quá sâu nên không phải bản nháp của Soạn Báo Cáo (có thể là tệp độc hại). Hãy chọn đúng tệp .baocao.json.',
  notDraft:
    'Tệp không phải bản nháp của Soạn Báo Cáo (thiếu dấu hiệu định dạng “soan-bao-cao/draft”). Hãy chọn đúng tệp .baocao.json.',
  newerVersion: (found: number, supported: number) =>
    `Tệp bản nháp thuộc phiên bản định dạng ${found}, mới hơn phiên bản ${supported} mà ứng dụng này đọc được. Hãy cập nhật Soạn Báo Cáo rồi mở lại tệp.`,
  badVersion:
    'Tệp bản nháp ghi số phiên bản định dạng không hợp lệ. Tệp có thể đã bị sửa tay hoặc bị hỏng; hãy xin lại tệp gốc.',
  badEnvelope: (where: string, what: string) =>
    `Phần thông tin chung của tệp bản nháp không hợp lệ (trường “${displaySafe(where)}”: ${displaySafe(what)}). Tệp có thể đã bị sửa tay hoặc bị hỏng; hãy xin lại tệp gốc.`,
  checksumMismatch:
    'Mã kiểm tra SHA-256 ghi trong tệp không khớp với nội dung: tệp đã bị sửa ngoài ứng dụng hoặc bị hỏng khi sao chép. Hãy xin lại tệp gốc.',
  badReport: (where: string, what: string) =>
    `Nội dung báo cáo trong tệp không hợp lệ (tại “${displaySafe(where)}”: ${displaySafe(what)}). Tệp có thể đã bị sửa tay hoặc bị hỏng; hãy xin lại tệp gốc.`,
} as const;

/** What a zod issue means, in words a clerk can pass on to whoever sent the file. */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  switch (issue?.code) {
    case 'invalid_type':
      return 'sai kiểu dữ liệu hoặc bị thiếu';
    case 'too_big':
      return 'quá dài hoặc quá nhiều phần tử';
    case 'too_small':
      return 'quá ngắn hoặc thiếu phần tử bắt buộc';
    case 'unrecognized_keys':
      return `có trường lạ không thuộc định dạng (${issue.keys
        .slice(0, 3)
        .map((k) => `“${k.slice(0, 40)}”`)
        .join(', ')})`;
    case 'invalid_value':
    case 'invalid_union':
      return 'giá trị không được phép';
    case 'invalid_format':
      return 'sai định dạng';
    case 'custom':
      return 'lồng quá nhiều cấp';
    default:
      return 'không hợp lệ';
  }
}

/** "sections.0.blocks.3" for the message; the root is called "gốc". Long or odd keys are cut. */
export function issuePath(issue: z.core.$ZodIssue | undefined): string {
  const parts = (issue?.path ?? []).map((p) => String(p).slice(0, 40));
  return parts.length === 0 ? 'gốc' : parts.join('.');
}
