/**
 * Puts drafts from the journal back into IndexedDB, all or nothing (one Dexie transaction, D-14). Restoring is
 * itself undoable (D-06): what IndexedDB held before is returned for "Hoàn tác", and for a draft IndexedDB
 * still had (an older copy) that copy is also kept in the journal as a named version first, so it survives a
 * restart and can be brought back from the history panel.
 */
import { parseReport } from '../../../core/model/report-schema';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { deleteStoredDrafts, draftTables, readStoredDraft, writeWholeDraft } from '../db/draft-store';
import { callJournal, journalInput, JournalSaveError, type JournalApi } from '../journal/journal-api';
import type { JournalDraft } from '../../../electron/ipc/channels';

export const BEFORE_RESTORE_VERSION = 'Bản trong bộ nhớ trước khi khôi phục';

export interface RestoreUndo {
  /** Rows IndexedDB had before, put back by undo. */
  before: DraftRecord[];
  /** Ids IndexedDB did not have, removed by undo. */
  added: string[];
}

export interface RestoreOutcome {
  restored: DraftRecord[];
  failed: { id: string; message: string }[];
  undo: RestoreUndo;
}

async function readFromJournal(api: JournalApi, id: string): Promise<DraftRecord> {
  const res = await callJournal(() => api.journalRead({ id }));
  if (res.status === 'error') throw new JournalSaveError(res);
  return draftRecordFrom(res.draft);
}

/** A journal draft as an IndexedDB record, validated again (the renderer trusts nothing it is sent). */
export function draftRecordFrom(d: JournalDraft): DraftRecord {
  const report = parseReport(d.report);
  if (!report.ok)
    throw new JournalSaveError({
      message: `Bản lưu trên đĩa của “${d.title || 'bản nháp'}” bị hỏng nên không khôi phục được.`,
      reason: 'invalid-draft',
    });
  const record: DraftRecord = {
    id: d.id,
    templateId: d.templateId,
    report: report.value,
    title: draftTitle(report.value),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    lastStepKey: d.lastStepKey,
  };
  if (d.deletedAt !== undefined) record.deletedAt = d.deletedAt;
  return record;
}

/** Keeps IndexedDB's older copy as a named version in the journal, then puts the journal's newer copy back on top. */
async function keepOlderCopy(api: JournalApi, older: DraftRecord, newer: DraftRecord): Promise<void> {
  const put = async (record: DraftRecord) => {
    const res = await callJournal(() => api.journalSave({ draft: journalInput(record), reason: 'restore' }));
    if (res.status === 'error') throw new JournalSaveError(res);
  };
  await put(older);
  const named = await callJournal(() => api.revisionCreate({ id: older.id, name: BEFORE_RESTORE_VERSION }));
  if (named.status === 'error') throw new JournalSaveError(named);
  await put(newer);
}

export async function restoreFromJournal(
  db: DraftsDb,
  api: JournalApi,
  ids: readonly string[],
): Promise<RestoreOutcome> {
  const restored: DraftRecord[] = [];
  const failed: { id: string; message: string }[] = [];
  for (const id of ids) {
    try {
      restored.push(await readFromJournal(api, id));
    } catch (error) {
      failed.push({
        id,
        message: error instanceof JournalSaveError ? error.userMessage : 'Không đọc được bản lưu trên đĩa.',
      });
    }
  }
  const before: DraftRecord[] = [];
  for (const record of restored) {
    const stored = await readStoredDraft(db, record.id);
    if (!stored) continue;
    // As stored, not validated (as before the split): a broken copy is still kept for undo.
    const old = stored.raw as DraftRecord;
    before.push(old);
    await keepOlderCopy(api, old, record);
  }
  await db.transaction('rw', draftTables(db), async () => {
    for (const record of restored) await writeWholeDraft(db, record);
  });
  const had = new Set(before.map((r) => r.id));
  return { restored, failed, undo: { before, added: restored.map((r) => r.id).filter((id) => !had.has(id)) } };
}

/** "Hoàn tác": IndexedDB and the journal go back to what IndexedDB held before the restore. */
export async function undoRestore(db: DraftsDb, api: JournalApi, undo: RestoreUndo): Promise<void> {
  await db.transaction('rw', draftTables(db), async () => {
    await deleteStoredDrafts(db, undo.added);
    for (const record of undo.before) await writeWholeDraft(db, record);
  });
  for (const record of undo.before) {
    const res = await callJournal(() => api.journalSave({ draft: journalInput(record), reason: 'restore' }));
    if (res.status === 'error') throw new JournalSaveError(res);
  }
}

/** When IndexedDB cannot be opened at all: delete and recreate it empty (the journal holds the drafts). */
export async function recreateDatabase(db: DraftsDb): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
