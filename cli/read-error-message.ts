/**
 * One Vietnamese sentence for a file a command could not read, naming what the command expected
 * ("tệp gói", "tệp khóa riêng"…), instead of Node's English error text.
 */
export interface ExpectedFile {
  /** What the command wanted, e.g. "tệp gói". */
  noun: string;
  /** What to do instead, e.g. "Hãy chỉ ra tệp .goi-cap-nhat hoặc .goi-de-cuong." */
  hint: string;
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

export function fileReadMessage(error: unknown, path: string, expected: ExpectedFile): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Không tìm thấy ${expected.noun} “${path}”. Hãy kiểm tra lại tên và thư mục.`;
    case 'EISDIR':
      return `“${path}” là một thư mục, không phải ${expected.noun}. ${expected.hint}`;
    case 'ENOTREG':
      return `“${path}” không phải tệp bình thường (là thiết bị, đường ống hoặc socket) nên không đọc. ${expected.hint}`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền đọc ${expected.noun} “${path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.`;
    default:
      return `Không đọc được ${expected.noun} “${path}” (lỗi ${code || 'không rõ'}). Hãy thử lại hoặc chép tệp sang nơi khác.`;
  }
}
