/**
 * "Xuất đề cương ra tệp" in the desktop app: a save dialog, then the atomic, verified write of main, so a
 * pulled USB stick or a full disk never leaves half a .decuong.json behind and "Đã lưu" is only said once
 * the file read back matches (M-01, M-04, M-07). The page sends the file's text; it is read back here with
 * the very parser an import uses, so what lands on disk is a file the app will import again.
 */
import { basename, dirname, join } from 'node:path';
import {
  OUTLINE_FILE_EXTENSION,
  OUTLINE_FILE_MAX_BYTES,
  readOutlineFileBytes,
} from '../../core/templates/outline-file';
import { safeFileName } from '../../core/text/safe-file-name';
import type { OutlineFileSaveRequest, OutlineFileSaveResponse } from '../../electron/ipc/outline-file-types';
import { confirmSavePath, type FileKind } from '../files/confirmed-file-name';
import { FileWriteError } from '../files/file-write-error';
import { writeFileVerified } from '../files/verified-write';
import { realSubmissionFs, type SubmissionFs } from '../files/verified-write-fs';

const DEFAULT_EXTENSION = OUTLINE_FILE_EXTENSION.slice(1);
const FILTER = { name: 'Đề cương Soạn Báo Cáo (.decuong.json)', extensions: ['json'] };
/** Any .json is accepted as confirmed (the import dialog lists every .json); .decuong.json is what is offered. */
export const OUTLINE_FILE_KIND: FileKind = {
  endings: ['.json'],
  defaultExtension: DEFAULT_EXTENSION,
  label: 'tệp đề cương',
};

export interface OutlineFileSaveDialogOptions {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: (typeof FILTER)[];
  properties: ('createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent')[];
}

export interface OutlineFileSaveDeps<E> {
  showSaveDialog(
    event: E,
    options: OutlineFileSaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  /** Tells the clerk why the confirmed name cannot be used; the save dialog then reopens. */
  explainFileName(event: E, message: string): Promise<void>;
  /** The atomic write that reads the file back before it resolves (throws FileWriteError). */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  documentsDir(): string;
  log?(message: string, error?: unknown): void;
}

export const OUTLINE_FILE_SAVE_MESSAGES = {
  writeFailed: 'Không lưu được tệp đề cương. Hãy thử lại hoặc chọn nơi lưu khác, ví dụ thư mục Tài liệu.',
  invalid: (why: string) => `Đề cương chưa lưu ra tệp được vì nội dung không hợp lệ: ${why}`,
} as const;

/** "Đề cương sơ kết" → "Đề cương sơ kết.decuong.json", safe for Windows and FAT. */
export function outlineFileNameFor(name: string): string {
  const stem = name.replace(/(\.decuong)?\.json$/i, '').trim() || 'de-cuong';
  return safeFileName(stem, 'docx').replace(/\.docx$/, OUTLINE_FILE_EXTENSION);
}

export function createOutlineFileSaveHandler<E>(deps: OutlineFileSaveDeps<E>) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return async (request: OutlineFileSaveRequest, event: E): Promise<OutlineFileSaveResponse> => {
    const bytes = new TextEncoder().encode(request.text);
    const checked = readOutlineFileBytes(bytes, OUTLINE_FILE_MAX_BYTES);
    if (!checked.ok) return { status: 'error', message: OUTLINE_FILE_SAVE_MESSAGES.invalid(checked.message) };
    // M-07: the dialog asks before replacing a file, and the confirmed name is written as confirmed.
    const filePath = await confirmSavePath<OutlineFileSaveDialogOptions>(
      (options) => deps.showSaveDialog(event, options),
      {
        title: 'Xuất đề cương ra tệp',
        buttonLabel: 'Lưu',
        defaultPath: join(deps.documentsDir(), outlineFileNameFor(request.suggestedName)),
        filters: [FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      },
      OUTLINE_FILE_KIND,
      (message) => deps.explainFileName(event, message),
    );
    if (filePath === null) return { status: 'canceled' };
    try {
      await deps.writeFile(filePath, bytes);
    } catch (error) {
      log('[outline-file] write failed', error);
      return {
        status: 'error',
        message: error instanceof FileWriteError ? error.message : OUTLINE_FILE_SAVE_MESSAGES.writeFailed,
      };
    }
    return { status: 'saved', filePath, bytes: bytes.byteLength };
  };
}

/**
 * The write main uses: free space checked first, atomic, then read back and compared. Over the name the
 * clerk confirmed (the dialog already asked before replacing), never beside it.
 */
export async function writeOutlineFileVerified(
  path: string,
  data: Uint8Array,
  fsx: SubmissionFs = realSubmissionFs,
): Promise<void> {
  await writeFileVerified(dirname(path), basename(path), data, fsx, { overwrite: true });
}
