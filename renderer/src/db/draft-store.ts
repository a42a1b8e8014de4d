/**
 * Reading and writing whole drafts in the split layout (draft-split.ts), for the repository and for the other
 * places that store drafts (restore from the journal, draft files, trash). Each function runs in the caller's
 * Dexie transaction when there is one — it must then include `draftTables(db)` — or in its own otherwise, so a
 * draft is always read or written as one consistent head + sections.
 */
import { Dexie } from 'dexie';
import type { DraftRecord } from './draft-record';
import type { DraftsDb } from './drafts-db';
import {
  assembleDraft,
  flattenSections,
  headOf,
  newRev,
  sectionJson,
  sectionRecord,
  type DraftHead,
  type SectionKey,
  type SectionRecord,
} from './draft-split';

/**
 * A draft's tables: its head, its sections, where a compiled draft's paragraphs came from, and its spell check's
 * "Bỏ qua" lists — everything that goes when the draft is deleted for good.
 */
export const draftTables = (db: DraftsDb) => [db.drafts, db.sections, db.provenance, db.spellingIgnores] as const;

export interface StoredDraft {
  head: DraftHead;
  /** The assembled record, not yet validated: pass it to `readDraftRecord`. */
  raw: unknown;
  /** The draft's section records as read (null for a whole record): what the repository compares saves to. */
  sections: SectionRecord[] | null;
}

/** All section records of one draft: one key range, so one request however many sections it has. */
const sectionsOf = (db: DraftsDb, draftId: string) =>
  db.sections.where('[draftId+sectionId]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]);

/**
 * Heads with their sections, read in ONE transaction (no save lands between a head and its sections) with
 * plain Dexie promise chains, every range request issued at once: inside a liveQuery (home screen, trash) a
 * native `await` between two reads lets IndexedDB commit the transaction early (Dexie's PrematureCommitError).
 */
function readWithSections(db: DraftsDb, heads: () => PromiseLike<DraftHead[]>): Promise<StoredDraft[]> {
  return db.transaction('r', draftTables(db), () =>
    heads().then((list) =>
      Dexie.Promise.all(
        list.map((head) => (Array.isArray(head.chapterIds) ? sectionsOf(db, head.id).toArray() : null)),
      ).then((records) =>
        list.map((head, i) => {
          const sections = records[i] ?? null;
          return { head, raw: assembleDraft(head, sections), sections };
        }),
      ),
    ),
  );
}

/**
 * One draft: its head and its section records requested at once in one transaction (the range does not depend
 * on the head), so opening a draft waits for one IndexedDB round trip instead of two. The records are used
 * only when the head is a split one; a whole record (no `chapterIds`) is returned as it is.
 */
export function readStoredDraft(db: DraftsDb, id: string): Promise<StoredDraft | undefined> {
  return db.transaction('r', draftTables(db), () =>
    Dexie.Promise.all([db.drafts.get(id), sectionsOf(db, id).toArray()]).then(
      ([head, records]): StoredDraft | undefined => {
        if (!head) return undefined;
        const sections = Array.isArray(head.chapterIds) ? records : null;
        return { head, raw: assembleDraft(head, sections), sections };
      },
    ),
  );
}

/** Whole drafts for the heads `heads` reads (a Dexie query on `db.drafts`). */
export function readStoredDrafts(db: DraftsDb, heads: () => PromiseLike<DraftHead[]>): Promise<StoredDraft[]> {
  return readWithSections(db, heads);
}

/** Every section record of a draft that is stored, including ones no head reaches any more. */
function storedSectionKeys(db: DraftsDb, draftId: string): Promise<SectionKey[]> {
  return sectionsOf(db, draftId).primaryKeys();
}

/** A draft as written by `writeWholeDraft`: its revision and each section's record JSON by section id. */
export interface WrittenDraft {
  rev: string;
  json: Map<string, string>;
}

/**
 * Stores a whole draft: head, every section, and removes section records it no longer has. Returns the new
 * revision and what each record holds (null when it had to be stored whole, see draft-split.ts).
 */
export async function writeWholeDraft(db: DraftsDb, record: DraftRecord): Promise<WrittenDraft | null> {
  return db.transaction('rw', draftTables(db), async () => {
    const stale = await storedSectionKeys(db, record.id);
    // Records restored or put back by undo are not validated first: a broken one is stored whole, as it was.
    const top: unknown = (record.report as Partial<DraftRecord['report']> | undefined)?.sections;
    const all = Array.isArray(top) ? flattenSections(top) : null;
    if (!all) {
      await db.sections.bulkDelete(stale);
      await db.drafts.put({ ...record });
      return null;
    }
    const rev = newRev();
    const json = new Map(all.map((s) => [s.id, sectionJson(s)]));
    await Promise.all([
      db.sections.bulkDelete(stale.filter(([, sectionId]) => !json.has(sectionId))),
      db.sections.bulkPut([...json].map(([id, text]) => sectionRecord(record.id, id, text))),
      db.drafts.put(headOf(record, rev)),
    ]);
    return { rev, json };
  });
}

/**
 * Issues the writes of a save that changed only the given section records (and deletes `removedIds`), under
 * revision `rev`, WITHOUT opening a transaction: the caller runs it inside one over `draftTables(db)` after
 * checking, or while checking (drafts-repository.ts), that every other record already holds what `record` has.
 * The requests are issued at once, so the transaction runs them in order without a round trip between them.
 */
export function putDraftChanges(
  db: DraftsDb,
  record: DraftRecord,
  changed: readonly { id: string; json: string }[],
  removedIds: readonly string[],
  rev: string,
): PromiseLike<unknown> {
  return Dexie.Promise.all([
    removedIds.length ? db.sections.bulkDelete(removedIds.map((c): SectionKey => [record.id, c])) : null,
    changed.length ? db.sections.bulkPut(changed.map((c) => sectionRecord(record.id, c.id, c.json))) : null,
    db.drafts.put(headOf(record, rev)),
  ]);
}

/** Removes drafts (heads, sections, provenance and their spell check's "Bỏ qua" lists) for good. */
export async function deleteStoredDrafts(db: DraftsDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', draftTables(db), async () => {
    for (const id of ids) await sectionsOf(db, id).delete();
    await db.drafts.bulkDelete([...ids]);
    await db.provenance.bulkDelete([...ids]);
    await db.spellingIgnores.bulkDelete([...ids]);
  });
}
