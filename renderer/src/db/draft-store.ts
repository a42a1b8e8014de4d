/**
 * Reading and writing whole drafts in the split layout (draft-split.ts), for the repository and for the other
 * places that store drafts (restore from the journal, draft files, trash). Each function runs in the caller's
 * Dexie transaction when there is one — it must then include `draftTables(db)` — or in its own otherwise, so a
 * draft is always read or written as one consistent head + chapters.
 */
import { Dexie } from 'dexie';
import type { Section } from '../../../core/model/report-schema';
import type { DraftRecord } from './draft-record';
import type { DraftsDb } from './drafts-db';
import { assembleDraft, canSplit, chapterKeysOf, chapterRecord, headOf, newRev, type ChapterKey, type DraftHead } from './draft-split';

export const draftTables = (db: DraftsDb) => [db.drafts, db.chapters] as const;

export interface StoredDraft {
  head: DraftHead;
  /** The assembled record, not yet validated: pass it to `readDraftRecord`. */
  raw: unknown;
}

/**
 * Heads with their chapters, read in ONE transaction (no save lands between a head and its chapters) with
 * plain Dexie promise chains and a single bulkGet: inside a liveQuery (home screen, trash) a native `await`
 * between two reads lets IndexedDB commit the transaction early (Dexie's PrematureCommitError).
 */
function readWithChapters(db: DraftsDb, heads: () => PromiseLike<DraftHead[]>): Promise<StoredDraft[]> {
  return db.transaction('r', draftTables(db), () =>
    heads().then((list) => {
      const keys = list.map(chapterKeysOf);
      return db.chapters.bulkGet(keys.flatMap((k) => k ?? [])).then((chapters) => {
        let at = 0;
        return list.map((head, i) => {
          const count = keys[i]?.length;
          const mine = count === undefined ? null : chapters.slice(at, (at += count));
          return { head, raw: assembleDraft(head, mine) };
        });
      });
    }),
  );
}

export async function readStoredDraft(db: DraftsDb, id: string): Promise<StoredDraft | undefined> {
  const [found] = await readWithChapters(db, () => db.drafts.get(id).then((head) => (head ? [head] : [])));
  return found;
}

/** Whole drafts for the heads `heads` reads (a Dexie query on `db.drafts`). */
export function readStoredDrafts(db: DraftsDb, heads: () => PromiseLike<DraftHead[]>): Promise<StoredDraft[]> {
  return readWithChapters(db, heads);
}

/** Every chapter record of a draft that is stored, including ones no head lists any more. */
function storedChapterKeys(db: DraftsDb, draftId: string): Promise<ChapterKey[]> {
  return db.chapters.where('[draftId+sectionId]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]).primaryKeys();
}

/**
 * Stores a whole draft: head, every chapter, and removes chapter records it no longer has. Returns the new
 * revision (null when it had to be stored whole, see draft-split.ts).
 */
export async function writeWholeDraft(db: DraftsDb, record: DraftRecord): Promise<string | null> {
  return db.transaction('rw', draftTables(db), async () => {
    const stale = await storedChapterKeys(db, record.id);
    // Records restored or put back by undo are not validated first: a broken one is stored whole, as it was.
    const sections: unknown = (record.report as Partial<DraftRecord['report']> | undefined)?.sections;
    if (!Array.isArray(sections) || !canSplit(sections)) {
      await db.chapters.bulkDelete(stale);
      await db.drafts.put({ ...record });
      return null;
    }
    const rev = newRev();
    const keep = new Set(record.report.sections.map((s) => s.id));
    await db.chapters.bulkDelete(stale.filter(([, sectionId]) => !keep.has(sectionId)));
    await db.chapters.bulkPut(record.report.sections.map((s) => chapterRecord(record.id, s)));
    await db.drafts.put(headOf(record, rev));
    return rev;
  });
}

/**
 * Stores the head and only the given chapters, deleting `removedIds`: the caller has checked (same revision)
 * that every other chapter record already holds what `record` has. Returns the new revision.
 */
export async function writeDraftChanges(db: DraftsDb, record: DraftRecord, changed: readonly Section[], removedIds: readonly string[]): Promise<string> {
  return db.transaction('rw', draftTables(db), async () => {
    const rev = newRev();
    // Issued together: the transaction runs them in order, without a round trip to the browser between them.
    await Promise.all([
      removedIds.length ? db.chapters.bulkDelete(removedIds.map((c): ChapterKey => [record.id, c])) : null,
      changed.length ? db.chapters.bulkPut(changed.map((s) => chapterRecord(record.id, s))) : null,
      db.drafts.put(headOf(record, rev)),
    ]);
    return rev;
  });
}

/** Removes drafts (heads and chapters) for good. */
export async function deleteStoredDrafts(db: DraftsDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', draftTables(db), async () => {
    for (const id of ids) await db.chapters.bulkDelete(await storedChapterKeys(db, id));
    await db.drafts.bulkDelete([...ids]);
  });
}
