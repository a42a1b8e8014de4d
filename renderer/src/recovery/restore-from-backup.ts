/**
 * "Khôi phục từ bản sao lưu": brings one draft back from a snapshot in userData/backups, into the journal and
 * IndexedDB, undoably (D-06). Main keeps the journal's state before as a checkpoint; IndexedDB's state before
 * is held here for "Hoàn tác".
 */
import type { DraftRecord } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { deleteStoredDrafts, draftTables, readStoredDraft, writeWholeDraft } from '../db/draft-store';
import { callJournal, journalInput, JournalSaveError, type JournalApi } from '../journal/journal-api';
import type { DraftBackupSummary } from '../../../electron/ipc/channels';
import { draftRecordFrom } from './restore-from-journal';

export interface BackupRestoreOutcome {
  restored: DraftRecord;
  backupAt: number;
  /** IndexedDB's row before (null: it had none) and the journal checkpoint of the state before (null: none). */
  undo: { id: string; before: DraftRecord | null; undoRevisionId: string | null };
}

export async function listDraftBackups(api: JournalApi, id: string): Promise<DraftBackupSummary[]> {
  const res = await callJournal(() => api.backupList({ id }));
  if (res.status === 'error') throw new JournalSaveError(res);
  return res.backups;
}

export async function restoreFromBackup(
  db: DraftsDb,
  api: JournalApi,
  id: string,
  at: number,
): Promise<BackupRestoreOutcome> {
  const stored = await readStoredDraft(db, id);
  // As stored, not validated: a broken copy is still put back by undo.
  const before = stored ? (stored.raw as DraftRecord) : null;
  const res = await callJournal(() => api.backupRestore({ id, at }));
  if (res.status === 'error') throw new JournalSaveError(res);
  const restored = draftRecordFrom(res.draft);
  await db.transaction('rw', draftTables(db), async () => {
    await writeWholeDraft(db, restored);
  });
  return { restored, backupAt: at, undo: { id, before, undoRevisionId: res.undoRevisionId } };
}

/**
 * "Hoàn tác": IndexedDB goes back to what it held before, and so does the journal — IndexedDB's copy saved
 * again (same save time, so the next start sees nothing to recover), or, when IndexedDB had none, the journal's
 * own state before from its checkpoint.
 */
export async function undoBackupRestore(
  db: DraftsDb,
  api: JournalApi,
  undo: BackupRestoreOutcome['undo'],
): Promise<void> {
  await db.transaction('rw', draftTables(db), async () => {
    if (undo.before) await writeWholeDraft(db, undo.before);
    else await deleteStoredDrafts(db, [undo.id]);
  });
  const { before, undoRevisionId } = undo;
  if (before) {
    const res = await callJournal(() => api.journalSave({ draft: journalInput(before), reason: 'restore' }));
    if (res.status === 'error') throw new JournalSaveError(res);
  } else if (undoRevisionId !== null) {
    const res = await callJournal(() => api.revisionRestore({ id: undo.id, revisionId: undoRevisionId }));
    if (res.status === 'error') throw new JournalSaveError(res);
  }
}
