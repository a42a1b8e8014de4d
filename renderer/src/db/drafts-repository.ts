/**
 * Every draft write goes through here. Reads are validated (draft-record.ts). Clock and id generator are
 * injected so behaviour is reproducible in tests.
 *
 * Drafts are stored as a head plus one record per chapter (draft-split.ts). A save writes the head and only
 * the chapters that are not the very objects this repository last wrote or read for that draft (React state
 * updates keep untouched chapters' identity), all in one strict transaction: a power cut leaves the old or the
 * new draft, never a mix.
 */
import type { Report, Section } from '../../../core/model/report-schema';
import type { SaveReason } from '../autosave/autosave-scheduler';
import { draftTitle, readDraftRecord, type BrokenDraft, type DraftRecord } from './draft-record';
import type { DraftsDb } from './drafts-db';
import { canSplit } from './draft-split';
import { deleteStoredDrafts, draftTables, readStoredDraft, readStoredDrafts, writeDraftChanges, writeWholeDraft } from './draft-store';

export interface DraftsRepository {
  listDrafts(): Promise<{ drafts: DraftRecord[]; broken: BrokenDraft[] }>;
  getDraft(id: string): Promise<{ ok: true; draft: DraftRecord } | { ok: false; message: string }>;
  createDraft(templateId: string, report: Report, firstStepKey: string): Promise<DraftRecord>;
  /** `reason` is for the journal beside IndexedDB (journal/durable-repository.ts); IndexedDB ignores it. */
  saveDraft(id: string, report: Report, lastStepKey: string, reason?: SaveReason): Promise<number>;
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

/** Drafts whose stored chapters are remembered; the wizard has one open, a few cover switching back and forth. */
const REMEMBERED_DRAFTS = 4;

const NOT_FOUND = 'Không tìm thấy bản nháp này (có thể đã bị xóa). Hãy quay về danh sách và chọn bản nháp khác.';
const GONE = 'Bản nháp không còn trong bộ nhớ (có thể đã bị xóa ở cửa sổ khác).';

export function createDraftsRepository({ db, now, newId }: RepositoryDeps): DraftsRepository {
  /** Per draft: the revision this repository last wrote or read, and the chapter objects stored under it. */
  const stored = new Map<string, { rev: string; chapters: Map<string, Section> }>();
  const remember = (id: string, rev: string | null | undefined, sections: readonly Section[]) => {
    stored.delete(id);
    if (!rev) return;
    stored.set(id, { rev, chapters: new Map(sections.map((s) => [s.id, s])) });
    if (stored.size > REMEMBERED_DRAFTS) stored.delete(stored.keys().next().value!);
  };

  const addDraft = async (record: DraftRecord) => {
    remember(record.id, await writeWholeDraft(db, record), record.report.sections);
  };

  const setDeletedAt = (id: string, deletedAt: number | undefined) =>
    db.transaction('rw', db.drafts, async () => {
      // The head only: deleting or restoring leaves the chapters (and the revision) as they are.
      const head = await db.drafts.get(id);
      if (!head) return;
      if (deletedAt === undefined) delete head.deletedAt;
      else head.deletedAt = deletedAt;
      await db.drafts.put(head);
    });

  return {
    async listDrafts() {
      // Heads first (small): deleted drafts' chapters are never read.
      const rows = await readStoredDrafts(db, () => db.drafts.orderBy('updatedAt').reverse().filter((h) => h.deletedAt === undefined).toArray());
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
      // The wizard edits these very (parsed) chapter objects: unchanged ones can be skipped by the next save.
      remember(id, row.head.chapterIds ? row.head.rev : null, read.draft.report.sections);
      return read;
    },

    async createDraft(templateId, report, firstStepKey) {
      const t = now();
      const record: DraftRecord = {
        id: newId(), templateId, report, title: draftTitle(report), createdAt: t, updatedAt: t, lastStepKey: firstStepKey,
      };
      await addDraft(record);
      return record;
    },

    async saveDraft(id, report, lastStepKey) {
      const t = now();
      // The head (a few KB) is read for the existence check and the fields a save keeps; never the chapters.
      const rev = await db.transaction('rw', draftTables(db), async () => {
        const head = await db.drafts.get(id);
        if (!head || head.deletedAt !== undefined) throw new Error(GONE);
        const record: DraftRecord = { id, templateId: head.templateId, report, title: draftTitle(report), createdAt: head.createdAt, updatedAt: t, lastStepKey };
        const known = stored.get(id);
        // No memory (e.g. after a reload) or someone else wrote since: store every chapter.
        if (!known || !head.rev || known.rev !== head.rev || !head.chapterIds || !canSplit(report.sections)) return writeWholeDraft(db, record);
        const changed = report.sections.filter((s) => known.chapters.get(s.id) !== s);
        const kept = new Set(report.sections.map((s) => s.id));
        return writeDraftChanges(db, record, changed, head.chapterIds.filter((c) => !kept.has(c)));
      });
      remember(id, rev, report.sections);
      return t;
    },

    async duplicateDraft(id) {
      const source = await this.getDraft(id);
      if (!source.ok) throw new Error(source.message);
      const t = now();
      const report: Report = structuredClone(source.draft.report);
      if (report.title.trim()) report.title = `${report.title}${COPY_SUFFIX}`;
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
