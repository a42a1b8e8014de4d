/**
 * The desktop app's journal as the renderer sees it: `window.soanBaoCao` when the preload defined it, null in
 * a plain browser (then IndexedDB is the only store and the UI says what needs the desktop app).
 */
import type { JournalApi, JournalDraftInput, JournalError, JournalErrorReason } from '../../../electron/ipc/channels';
import type { DraftRecord } from '../db/draft-record';

export type { JournalApi };

export function journalApi(): JournalApi | null {
  return typeof window !== 'undefined' ? (window.soanBaoCao ?? null) : null;
}

/** A journal failure carrying main's Vietnamese sentence; the autosave shows `userMessage` and retries. */
export class JournalSaveError extends Error {
  readonly userMessage: string;
  readonly reason: JournalErrorReason | undefined;
  constructor(error: Pick<JournalError, 'message' | 'reason'>) {
    super(`journal: ${error.reason ?? 'refused'}`);
    this.userMessage = error.message;
    this.reason = error.reason;
  }
}

export const JOURNAL_UNREACHABLE =
  'Không liên lạc được với phần lưu trữ của ứng dụng nên bản nháp chưa được lưu xuống đĩa. Nội dung vẫn còn trên màn hình và ứng dụng sẽ tự thử lại; nếu lỗi kéo dài, hãy lưu bản nháp ra tệp.';

/** Calls the journal; a rejected IPC call becomes the same kind of error as a refused save. */
export async function callJournal<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof JournalSaveError) throw error;
    throw new JournalSaveError({ message: JOURNAL_UNREACHABLE, reason: undefined });
  }
}

/** What the journal needs of a Dexie record (title and deletedAt are the journal's own business). */
export function journalInput(
  record: Pick<DraftRecord, 'id' | 'templateId' | 'createdAt' | 'updatedAt' | 'lastStepKey' | 'report'>,
): JournalDraftInput {
  return {
    id: record.id,
    templateId: record.templateId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    lastStepKey: record.lastStepKey,
    report: record.report,
  };
}
