/**
 * "Mở báo cáo Word (.docx)…" in main: the open dialog and a capped read of a regular file. The bytes go to the
 * renderer untouched;
 * the Word import there (core/import) checks the zip, the XML and every limit, the same code as in the browser
 * build, so a file is accepted or refused with the same Vietnamese sentence wherever it is opened.
 */
import { basename } from 'node:path';
import { displaySafe } from '../../core/text/display-safe';
import type { WordFileOpenResponse } from '../ipc/channels';
import { NotARegularFileError } from '../../node/files/read-file-capped';

export interface WordFileOpenDeps<E> {
  showOpenDialog(
    event: E,
    options: {
      title: string;
      buttonLabel: string;
      defaultPath: string;
      filters: { name: string; extensions: string[] }[];
      properties: ['openFile'];
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Reads at most `maxBytes`, or returns 'too-large' without reading more (read-file-capped.ts). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  documentsDir(): string;
  log?(message: string, error?: unknown): void;
}

/**
 * The largest file read: the Word import's package cap (core/import/docx-package.ts, PACKAGE_LIMITS.zipBytes,
 * checked equal in the test), copied so main does not load the parser; the renderer says "too large".
 */
export const WORD_FILE_MAX_BYTES = 50 * 1024 * 1024;

export const WORD_FILE_MESSAGES = {
  readFailed:
    'Không đọc được tệp đã chọn (tệp có thể đang mở ở chương trình khác hoặc USB vừa bị rút). Hãy đóng tệp trong Word rồi thử lại, hoặc chép tệp vào máy trước.',
  notAFile:
    'Mục đã chọn không phải một tệp bình thường (có thể là thư mục hoặc thiết bị). Hãy chọn đúng tệp báo cáo .docx.',
} as const;

// .doc, .odt and "Tất cả tệp" stay pickable so a clerk who picks one is told how to save it as .docx.
const FILTERS = [
  { name: 'Văn bản Word (.docx)', extensions: ['docx'] },
  { name: 'Tất cả tệp', extensions: ['*'] },
];

export function createWordFileOpenHandler<E>(deps: WordFileOpenDeps<E>) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return async (_request: unknown, event: E): Promise<WordFileOpenResponse> => {
    const choice = await deps.showOpenDialog(event, {
      title: 'Mở báo cáo Word (.docx)',
      buttonLabel: 'Mở',
      defaultPath: deps.documentsDir(),
      filters: FILTERS,
      properties: ['openFile'],
    });
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return { status: 'canceled' };
    const fileName = displaySafe(basename(filePath));
    let bytes: Uint8Array | 'too-large';
    try {
      bytes = await deps.readFile(filePath, WORD_FILE_MAX_BYTES);
    } catch (error) {
      log('[word-file] read failed', error);
      return {
        status: 'error',
        message: error instanceof NotARegularFileError ? WORD_FILE_MESSAGES.notAFile : WORD_FILE_MESSAGES.readFailed,
      };
    }
    if (bytes === 'too-large') return { status: 'too-large', fileName };
    return { status: 'opened', fileName, bytes };
  };
}
