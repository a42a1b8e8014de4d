/**
 * Every draft write goes through here. Reads are validated (draft-record.ts). Clock and id generator are
 * injected so behaviour is reproducible in tests.
 *
 * Drafts are stored as a head plus one record per section at any depth (draft-split.ts). A save writes the
 * head and only the section records whose content changed since this repository last wrote or read that draft
 * (draft-changes.ts; React state updates keep untouched sections' identity, so finding them is cheap), all in
 * one strict transaction: a power cut leaves the old or the new draft, never a mix.
 */
import type { Report } from '../../../core/model/report-schema';
import type { SaveReason } from '../autosave/autosave-scheduler';
import { draftTitle, readDraftRecord, type BrokenDraft, type DraftRecord } from './draft-record';
import type { DraftsDb } from './drafts-db';
import { sectionChanges, storedSections, type SectionChanges, type StoredSection } from './draft-changes';
import { newRev } from './draft-split';
import {
  deleteStoredDrafts,
  draftTables,
  readStoredDraft,
  readStoredDrafts,
  putDraftChanges,
  writeWholeDraft,
  type WrittenDraft,
} from './draft-store';

export interface DraftsRepository {
  listDrafts(): Promise<{ drafts: DraftRecord[]; broken: BrokenDraft[] }>;
  getDraft(id: string): Promise<{ ok: true; draft: DraftRecord } | { ok: false; message: string }>;
  createDraft(templateId: string, report: Report, firstStepKey: string): Promise<DraftRecord>;
  /**
   * `reason` is for the journal beside IndexedDB (journal/durable-repository.ts); IndexedDB ignores it. `at`
   * stamps `updatedAt` (the journal stamps the same time); the repository's clock by default.
   */
  saveDraft(id: string, report: Report, lastStepKey: string, reason?: SaveReason, at?: number): Promise<number>;
  duplicateDraft(id: string): Promise<DraftRecord>;
  deleteDraft(id: string): Promise<void>;
  restoreDraft(id: string): Promise<void>;
  /** Removes drafts deleted before `olderThan` (ms since epoch) for good. */
  purgeDeleted(olderThan: number): Promise<number>;
}

export interface RepositoryDeps {
  db: DraftsDb;
  now: () => number;
  newId: () => string;
}

export const COPY_SUFFIX = ' (bản sao)';

/** Drafts whose stored sections are remembered; the wizard has one open, a few cover switching back and forth. */
const REMEMBERED_DRAFTS = 4;

const NOT_FOUND = 'Không tìm thấy bản nháp này (có thể đã bị xóa). Hãy quay về danh sách và chọn bản nháp khác.';
/** Thrown to abort a save whose memory of the stored draft turned out stale (see `saveChanges`). */
const STALE = new Error('stale draft memory');
const GONE = 'Bản nháp không còn trong bộ nhớ (có thể đã bị xóa ở cửa sổ khác).';

export function createDraftsRepository({ db, now, newId }: RepositoryDeps): DraftsRepository {
  /**
   * Per draft: the revision this repository last wrote or read, the sections (with record texts) stored under
   * it, and the head fields a save keeps (they never change for a draft while its revision stays the same).
   */
  const stored = new Map<
    string,
    { rev: string; sections: Map<string, StoredSection>; templateId: string; createdAt: number }
  >();
  const remember = (
    record: Pick<DraftRecord, 'id' | 'templateId' | 'createdAt'>,
    rev: string | null | undefined,
    sections: Map<string, StoredSection> | null,
  ) => {
    stored.delete(record.id);
    if (!rev || !sections) return;
    stored.set(record.id, { rev, sections, templateId: record.templateId, createdAt: record.createdAt });
    const oldest = stored.keys().next();
    if (stored.size > REMEMBERED_DRAFTS && !oldest.done) stored.delete(oldest.value);
  };
  const rememberWhole = (record: DraftRecord, written: WrittenDraft | null) =>
    remember(record, written?.rev, written && storedSections(record.report.sections, written.json));

  /**
   * A save of the changed sections only, in one strict transaction, with ONE round trip before the commit:
   * the head is read and the writes issued at once (the read, issued first, still sees the head as it was).
   * When the head shows that this repository's memory is stale — the draft was deleted, or someone else wrote
   * it since (another window, restore, import) — the transaction is aborted, so none of it is stored. Null:
   * stale memory, store the draft whole instead.
   */
  const saveChanges = (record: DraftRecord, knownRev: string, changes: SectionChanges): Promise<string | null> => {
    const rev = newRev();
    return db
      .transaction('rw', draftTables(db), () => {
        const head = db.drafts.get(record.id);
        const written = putDraftChanges(db, record, changes.changed, changes.removedIds, rev);
        // Settled either way: when the check below aborts the transaction, the writes' failure is expected.
        written.then(undefined, () => undefined);
        return head.then((h) => {
          if (!h || h.deletedAt !== undefined) throw new Error(GONE);
          if (h.rev !== knownRev || !h.chapterIds) throw STALE;
          return written.then(() => rev);
        });
      })
      .catch((error: unknown) => {
        if (error === STALE) return null;
        throw error;
      });
  };

  const addDraft = async (record: DraftRecord) => {
    rememberWhole(record, await writeWholeDraft(db, record));
  };

  const setDeletedAt = (id: string, deletedAt: number | undefined) =>
    db.transaction('rw', db.drafts, async () => {
      // The head only: deleting or restoring leaves the sections (and the revision) as they are.
      const head = await db.drafts.get(id);
      if (!head) return;
      if (deletedAt === undefined) delete head.deletedAt;
      else head.deletedAt = deletedAt;
      await db.drafts.put(head);
    });

  return {
    async listDrafts() {
      // Heads first (small): deleted drafts' sections are never read.
      const rows = await readStoredDrafts(db, () =>
        db.drafts
          .orderBy('updatedAt')
          .reverse()
          .filter((h) => h.deletedAt === undefined)
          .toArray(),
      );
      const drafts: DraftRecord[] = [];
      const broken: BrokenDraft[] = [];
      for (const row of rows) {
        const read = readDraftRecord(row.raw);
        if (read.ok) drafts.push(read.draft);
        else broken.push(read.broken);
      }
      return { drafts, broken };
    },

    async getDraft(id) {
      const row = await readStoredDraft(db, id);
      if (!row || row.head.deletedAt !== undefined) return { ok: false, message: NOT_FOUND };
      const read = readDraftRecord(row.raw);
      if (!read.ok) return { ok: false, message: read.broken.message };
      // The wizard edits these very (parsed) section objects: unchanged ones can be skipped by the next save.
      const json = row.sections && new Map(row.sections.map((r) => [r.sectionId, r.json]));
      remember(read.draft, row.head.rev, json && storedSections(read.draft.report.sections, json));
      return read;
    },

    async createDraft(templateId, report, firstStepKey) {
      const t = now();
      const record: DraftRecord = {
        id: newId(),
        templateId,
        report,
        title: draftTitle(report),
        createdAt: t,
        updatedAt: t,
        lastStepKey: firstStepKey,
      };
      await addDraft(record);
      return record;
    },

    async saveDraft(id, report, lastStepKey, _reason, at) {
      const t = at ?? now();
      const known = stored.get(id);
      const changes = known && sectionChanges(known.sections, report.sections);
      if (known && changes) {
        const record: DraftRecord = {
          id,
          templateId: known.templateId,
          report,
          title: draftTitle(report),
          createdAt: known.createdAt,
          updatedAt: t,
          lastStepKey,
        };
        const rev = await saveChanges(record, known.rev, changes);
        if (rev) {
          remember(record, rev, changes.stored);
          return t;
        }
      }
      // No memory (e.g. after a reload) or someone else wrote since: store every section. The head (a few KB)
      // is read for the existence check and the fields a save keeps; never the sections.
      const record = await db.transaction('rw', draftTables(db), async () => {
        const head = await db.drafts.get(id);
        if (!head || head.deletedAt !== undefined) throw new Error(GONE);
        const whole: DraftRecord = {
          id,
          templateId: head.templateId,
          report,
          title: draftTitle(report),
          createdAt: head.createdAt,
          updatedAt: t,
          lastStepKey,
        };
        return { whole, written: await writeWholeDraft(db, whole) };
      });
      // Only once the transaction committed: a failed save keeps the memory of what is really stored.
      rememberWhole(record.whole, record.written);
      return t;
    },

    async duplicateDraft(id) {
      const source = await this.getDraft(id);
      if (!source.ok) throw new Error(source.message);
      const t = now();
      const report: Report = structuredClone(source.draft.report);
      if (report.title.trim()) report.title = `${report.title}${COPY_SUFFIX}`;
      // A copy is a new document: it gets its own number and date when issued, never the original's.
      report.header.number = '';
      report.header.date = '';
      delete report.header.dateText;
      const record: DraftRecord = {
        id: newId(),
        templateId: source.draft.templateId,
        report,
        title: report.title.trim() ? draftTitle(report) : `${draftTitle(report)}${COPY_SUFFIX}`,
        createdAt: t,
        updatedAt: t,
        lastStepKey: source.draft.lastStepKey,
      };
      await addDraft(record);
      return record;
    },

    async deleteDraft(id) {
      await setDeletedAt(id, now());
    },

    async restoreDraft(id) {
      await setDeletedAt(id, undefined);
    },

    async purgeDeleted(olderThan) {
      return db.transaction('rw', draftTables(db), async () => {
        const ids = await db.drafts.where('deletedAt').below(olderThan).primaryKeys();
        await deleteStoredDrafts(db, ids);
        for (const id of ids) stored.delete(id);
        return ids.length;
      });
    },
  };
}

/** Short random ids for drafts and sections (URL- and schema-safe: [A-Za-z0-9_-]). */
export function randomId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}
