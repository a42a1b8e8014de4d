/**
 * File-system failures told to the user in Vietnamese: what happened and what to do (M-03). The
 * typical office case is a USB stick: full, write-protected, pulled out, or the old file still open
 * in Word.
 */

export type WriteStep =
  | 'open'
  | 'write'
  | 'fsync'
  | 'close'
  | 'rename'
  | 'fsync-dir'
  // Steps of the verified writer (verified-write.ts) and the submission bundle (node/submission/).
  | 'preflight'
  | 'mkdir'
  | 'list'
  | 'verify';

const MESSAGES: Readonly<Record<string, string>> = {
  ENOSPC: 'Không lưu được tệp vì ổ đĩa hoặc USB đã đầy. Hãy xóa bớt tệp không cần hoặc chọn nơi lưu khác rồi thử lại.',
  EDQUOT:
    'Không lưu được tệp vì đã hết dung lượng được cấp trên ổ đĩa. Hãy xóa bớt tệp hoặc chọn nơi lưu khác rồi thử lại.',
  EROFS:
    'Không lưu được tệp vì ổ đĩa hoặc USB đang ở chế độ chống ghi (chỉ đọc). Hãy gạt khóa chống ghi trên USB hoặc chọn nơi lưu khác.',
  EACCES:
    'Không lưu được tệp vì không có quyền ghi vào thư mục này, hoặc tệp cũ đang mở trong Word. Hãy đóng tệp trong Word hoặc chọn thư mục khác (ví dụ Tài liệu) rồi thử lại.',
  EBUSY: 'Không lưu được tệp vì tệp cũ đang mở trong Word hoặc chương trình khác. Hãy đóng tệp đó rồi thử lại.',
  ENOENT:
    'Không lưu được tệp vì thư mục đích không còn nữa (USB có thể đã bị rút ra). Hãy cắm lại USB hoặc chọn nơi lưu khác rồi thử lại.',
  ENAMETOOLONG:
    'Không lưu được tệp vì tên tệp hoặc đường dẫn quá dài. Hãy đặt tên ngắn hơn hoặc lưu vào thư mục khác rồi thử lại.',
  EIO: 'Không lưu được tệp vì lỗi đọc/ghi trên thiết bị (USB hoặc ổ đĩa có thể bị lỗi hoặc vừa bị rút ra). Hãy kiểm tra thiết bị rồi thử lại.',
  EISDIR: 'Không lưu được tệp vì đã có một thư mục trùng tên. Hãy đặt tên tệp khác rồi thử lại.',
  EEXIST:
    'Không lưu được vì ở nơi lưu đã có tệp hoặc thư mục trùng tên. Hãy thử lại để ứng dụng chọn tên khác, hoặc chọn nơi lưu khác.',
  EFBIG: 'Không lưu được tệp vì USB định dạng FAT32 không chứa được tệp từ 4 GB trở lên. Hãy chọn nơi lưu khác.',
  NOT_A_FOLDER:
    'Không lưu được vì nơi lưu đã chọn không phải là thư mục (hoặc là lối tắt). Hãy chọn một thư mục thật trên USB hoặc trên máy.',
  VERIFY_FAILED:
    'Đã ghi nhưng khi đọc lại để kiểm tra thì nội dung trên thiết bị không khớp, nên chưa thể coi là đã lưu. USB có thể bị lỗi hoặc là USB giả dung lượng: hãy thử lại với USB khác.',
};

// Codes that mean the same thing to the user share one sentence.
const ALIASES: Readonly<Record<string, string>> = {
  EPERM: 'EACCES',
  ENODEV: 'ENOENT',
  ENXIO: 'ENOENT',
  ENOTDIR: 'ENOENT',
};

export function fileWriteMessage(code: string): string {
  const key = ALIASES[code] ?? code;
  return (
    MESSAGES[key] ??
    `Không lưu được tệp do lỗi hệ thống (mã ${code || 'không rõ'}). Hãy thử lại hoặc chọn nơi lưu khác, ví dụ thư mục Tài liệu.`
  );
}

/** Thrown by `writeFileAtomic`; `message` is ready to show, `code`/`step` are for logs and tests. */
export class FileWriteError extends Error {
  readonly code: string;
  readonly step: WriteStep;

  constructor(code: string, step: WriteStep, cause?: unknown) {
    super(fileWriteMessage(code), { cause });
    this.name = 'FileWriteError';
    this.code = code;
    this.step = step;
  }
}

/** The `code` of a Node system error, or '' for anything else. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return '';
}
