/**
 * "Lưu bản nháp ra tệp" and "Mở tệp bản nháp": dialogs, a capped read and an atomic write around the pure
 * draft-file format of core. Opening never writes anything: it returns the validated draft and the journal
 * draft with the same id (if any), and the renderer asks "Mở thành bản sao / Thay thế" before saving it.
 */
import { basename, join } from 'node:path';
import { readDraftFileBytes, serializeDraftFile, DRAFT_FILE_MAX_BYTES } from '../../core/draft-file/draft-file-format';
import { DRAFT_FILE_MESSAGES } from '../../core/draft-file/draft-file-messages';
import { safeFileName } from '../../core/text/safe-file-name';
import type {
  DraftFileOpenResponse,
  DraftFileSaveRequest,
  DraftFileSaveResponse,
  JournalDraftSummary,
} from '../../electron/ipc/journal-types';
import { confirmSavePath, type FileKind } from '../files/confirmed-file-name';
import { FileWriteError } from '../files/file-write-error';
import { validateDraftInput } from './journal-ipc';
import { NotARegularFileError } from '../files/read-file-capped';
import { displaySafe } from '../../core/text/display-safe';

export const DRAFT_FILE_EXTENSION = 'baocao.json';
const FILTER = { name: 'Bản nháp Soạn Báo Cáo (.baocao.json)', extensions: ['json'] };
/** Any .json is accepted as confirmed (the open dialog lists every .json); .baocao.json is what is offered. */
export const DRAFT_FILE_KIND: FileKind = {
  endings: ['.json'],
  defaultExtension: DRAFT_FILE_EXTENSION,
  label: 'tệp bản nháp',
};

export interface DraftFileSaveDialogOptions {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: (typeof FILTER)[];
  properties: ('createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent')[];
}

export interface DraftFileDialogs<E> {
  showSaveDialog(
    event: E,
    options: DraftFileSaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(
    event: E,
    options: {
      title: string;
      buttonLabel: string;
      defaultPath: string;
      filters: (typeof FILTER)[];
      properties: ['openFile'];
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Tells the clerk why the confirmed name cannot be used (a message box); the save dialog then reopens. */
  explainFileName(event: E, message: string): Promise<void>;
}

export interface DraftFileDeps<E> extends DraftFileDialogs<E> {
  /** Reads at most `maxBytes`, or returns 'too-large' without reading more (cli/node-io readFileCapped). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  findJournalDraft(id: string): Promise<JournalDraftSummary | null>;
  documentsDir(): string;
  /** ISO date-time for `savedAt`. */
  nowIso(): string;
  log?(message: string, error?: unknown): void;
}

export const DRAFT_FILE_IPC_MESSAGES = {
  readFailed:
    'Không đọc được tệp đã chọn (tệp có thể đang mở ở chương trình khác hoặc USB vừa bị rút). Hãy thử lại hoặc chép tệp vào máy trước.',
  notAFile:
    'Mục đã chọn không phải một tệp bản nháp bình thường (là thư mục, thiết bị hoặc đường ống) nên ứng dụng không mở. Hãy chọn tệp .baocao.json.',
  writeFailed: 'Không lưu được tệp bản nháp. Hãy thử lại hoặc chọn nơi lưu khác, ví dụ thư mục Tài liệu.',
} as const;

/** "Báo cáo quý 1" → "Báo cáo quý 1.baocao.json", safe for Windows and FAT. */
export function draftFileName(name: string): string {
  const stem = name.replace(/(\.baocao)?\.json$/i, '');
  return safeFileName(stem, 'docx').replace(/\.docx$/, `.${DRAFT_FILE_EXTENSION}`);
}

export function createDraftFileHandlers<E>(deps: DraftFileDeps<E>) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  return {
    async save(request: DraftFileSaveRequest, event: E): Promise<DraftFileSaveResponse> {
      const valid = validateDraftInput(request.draft);
      if (!valid.ok) return { status: 'error', message: valid.error.message };
      const { draft } = valid;
      const text = serializeDraftFile(draft.templateId, draft.report, {
        draftId: draft.id,
        lastStepKey: draft.lastStepKey,
        createdAt: draft.createdAt,
        updatedAt: draft.updatedAt,
        savedAt: deps.nowIso(),
        officeWords: request.officeWords,
      });
      // M-07: the dialog asks before replacing a file, and the confirmed name is written as confirmed.
      const filePath = await confirmSavePath<DraftFileSaveDialogOptions>(
        (options) => deps.showSaveDialog(event, options),
        {
          title: 'Lưu bản nháp ra tệp',
          buttonLabel: 'Lưu',
          defaultPath: join(deps.documentsDir(), draftFileName(request.suggestedName)),
          filters: [FILTER],
          properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
        },
        DRAFT_FILE_KIND,
        (message) => deps.explainFileName(event, message),
      );
      if (filePath === null) return { status: 'canceled' };
      const bytes = new TextEncoder().encode(text);
      try {
        await deps.writeFile(filePath, bytes);
      } catch (error) {
        log('[draft-file] write failed', error);
        return {
          status: 'error',
          message: error instanceof FileWriteError ? error.message : DRAFT_FILE_IPC_MESSAGES.writeFailed,
        };
      }
      return { status: 'saved', filePath, bytes: bytes.byteLength };
    },

    async open(_request: unknown, event: E): Promise<DraftFileOpenResponse> {
      const choice = await deps.showOpenDialog(event, {
        title: 'Mở tệp bản nháp',
        buttonLabel: 'Mở',
        defaultPath: deps.documentsDir(),
        filters: [FILTER],
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { status: 'canceled' };
      return openDraftFileAt(filePath, deps, log);
    },
  };
}

/** The import itself, without the dialog: also what the fuzz test drives. Never writes. */
export async function openDraftFileAt(
  filePath: string,
  deps: Pick<DraftFileDeps<unknown>, 'readFile' | 'findJournalDraft'>,
  log: (message: string, error?: unknown) => void = () => undefined,
): Promise<DraftFileOpenResponse> {
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await deps.readFile(filePath, DRAFT_FILE_MAX_BYTES);
  } catch (error) {
    log('[draft-file] read failed', error);
    const notAFile = error instanceof NotARegularFileError;
    return {
      status: 'error',
      message: notAFile ? DRAFT_FILE_IPC_MESSAGES.notAFile : DRAFT_FILE_IPC_MESSAGES.readFailed,
    };
  }
  if (bytes === 'too-large') return { status: 'error', message: DRAFT_FILE_MESSAGES.tooLarge(DRAFT_FILE_MAX_BYTES) };
  const parsed = readDraftFileBytes(bytes);
  if (!parsed.ok) return { status: 'error', message: parsed.message };
  const { format: _f, formatVersion: _v, savedAt: _s, ...draft } = parsed.draft;
  const existing = draft.draftId ? await deps.findJournalDraft(draft.draftId) : null;
  return { status: 'opened', fileName: displaySafe(basename(filePath)), draft, existing };
}
