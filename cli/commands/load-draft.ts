/**
 * Reads a draft file from disk for a CLI command exactly as the app's "Mở tệp bản nháp" does: capped read,
 * then the same core parser, so `check`, `render` and the app refuse a file with the same sentence.
 */
import { DRAFT_FILE_MAX_BYTES, readDraftFileBytes, type DraftFile } from '../../core/draft-file/draft-file-format';
import { DRAFT_FILE_MESSAGES } from '../../core/draft-file/draft-file-messages';

export interface DraftReadIo {
  /** Reads at most `maxBytes`; returns 'too-large' instead of reading a bigger file. Throws fs errors (with `code`). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
}

export type LoadDraftResult = { ok: true; draft: DraftFile } | { ok: false; message: string };

const READ_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'Không tìm thấy tệp bản nháp “{path}”. Hãy kiểm tra lại tên và thư mục của tệp.',
  EISDIR: '“{path}” là một thư mục, không phải tệp bản nháp. Hãy chỉ ra tệp .baocao.json.',
  ENOTREG:
    '“{path}” không phải tệp bình thường (là thiết bị, đường ống hoặc socket) nên không đọc. Hãy chỉ ra tệp .baocao.json.',
  EACCES: 'Không có quyền đọc tệp “{path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.',
  EPERM: 'Không có quyền đọc tệp “{path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.',
};

export function readErrorMessage(error: unknown, path: string): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const template =
    READ_MESSAGES[code] ?? 'Không đọc được tệp “{path}” (lỗi {code}). Hãy thử lại hoặc chép tệp sang nơi khác.';
  return template.replace('{path}', path).replace('{code}', code || 'không rõ');
}

export async function loadDraftFile(path: string, io: DraftReadIo): Promise<LoadDraftResult> {
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await io.readFile(path, DRAFT_FILE_MAX_BYTES);
  } catch (error) {
    return { ok: false, message: readErrorMessage(error, path) };
  }
  if (bytes === 'too-large') return { ok: false, message: DRAFT_FILE_MESSAGES.tooLarge(DRAFT_FILE_MAX_BYTES) };
  return readDraftFileBytes(bytes);
}
