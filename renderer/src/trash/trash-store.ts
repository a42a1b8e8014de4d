/**
 * The trash: drafts deleted from the home screen stay (IndexedDB `deletedAt`, and the journal's trash in the
 * desktop app) for 30 days, then are purged at start-up. From here they are restored, or deleted for good.
 */
import { readDraftRecord, type DraftRecord } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { deleteStoredDrafts, draftTables, readStoredDrafts } from '../db/draft-store';
import { callJournal, JournalSaveError, type JournalApi } from '../journal/journal-api';

export const TRASH_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrashedDraft {
  draft: DraftRecord;
  /** Whole days left before it is removed for good (0 = today). */
  daysLeft: number;
}

export async function listTrash(db: DraftsDb, now: number): Promise<TrashedDraft[]> {
  const rows = await readStoredDrafts(db, () => db.drafts.where('deletedAt').above(0).toArray());
  const result: TrashedDraft[] = [];
  for (const row of rows) {
    const read = readDraftRecord(row.raw);
    if (!read.ok || read.draft.deletedAt === undefined) continue;
    const daysLeft = Math.max(0, Math.ceil((read.draft.deletedAt + TRASH_KEEP_DAYS * DAY_MS - now) / DAY_MS));
    result.push({ draft: read.draft, daysLeft });
  }
  return result.sort((a, b) => (b.draft.deletedAt ?? 0) - (a.draft.deletedAt ?? 0));
}

/** "Xóa vĩnh viễn": from IndexedDB and from the journal (which keeps nothing of it, revisions included). */
export async function deleteForever(db: DraftsDb, api: JournalApi | null, id: string): Promise<void> {
  if (api) {
    const res = await callJournal(() => api.journalPurge({ id }));
    if (res.status === 'error' && res.reason !== 'not-found') throw new JournalSaveError(res);
  }
  await db.transaction('rw', draftTables(db), async () => {
    const row = await db.drafts.get(id);
    // Only a draft still in the trash: one restored in another window meanwhile is left alone.
    if (row?.deletedAt !== undefined) await deleteStoredDrafts(db, [id]);
  });
}
