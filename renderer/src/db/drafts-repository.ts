/**
 * Every draft write goes through here. Reads are validated (draft-record.ts). Clock and id generator are
 * injected so behaviour is reproducible in tests.
 */
import type { Report } from '../../../core/model/report-schema';
import type { SaveReason } from '../autosave/autosave-scheduler';
import { draftTitle, readDraftRecord, type BrokenDraft, type DraftRecord } from './draft-record';
import type { DraftsDb } from './drafts-db';

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

export function createDraftsRepository({ db, now, newId }: RepositoryDeps): DraftsRepository {
  return {
    async listDrafts() {
      const rows = await db.drafts.orderBy('updatedAt').reverse().toArray();
      const drafts: DraftRecord[] = [];
      const broken: BrokenDraft[] = [];
      for (const row of rows) {
        if (row.deletedAt !== undefined) continue;
        const read = readDraftRecord(row);
        if (read.ok) drafts.push(read.draft);
        else broken.push(read.broken);
      }
      return { drafts, broken };
    },

    async getDraft(id) {
      const row = await db.drafts.get(id);
      if (!row || row.deletedAt !== undefined) {
        return { ok: false, message: 'Không tìm thấy bản nháp này (có thể đã bị xóa). Hãy quay về danh sách và chọn bản nháp khác.' };
      }
      const read = readDraftRecord(row);
      return read.ok ? read : { ok: false, message: read.broken.message };
    },

    async createDraft(templateId, report, firstStepKey) {
      const t = now();
      const record: DraftRecord = {
        id: newId(), templateId, report, title: draftTitle(report), createdAt: t, updatedAt: t, lastStepKey: firstStepKey,
      };
      await db.drafts.add(record);
      return record;
    },

    async saveDraft(id, report, lastStepKey) {
      const t = now();
      // get + put in one transaction (not update(): Dexie's key-path typing cannot follow the recursive Section).
      await db.transaction('rw', db.drafts, async () => {
        const row = await db.drafts.get(id);
        if (!row || row.deletedAt !== undefined) throw new Error('Bản nháp không còn trong bộ nhớ (có thể đã bị xóa ở cửa sổ khác).');
        await db.drafts.put({ ...row, report, title: draftTitle(report), updatedAt: t, lastStepKey });
      });
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
      await db.drafts.add(record);
      return record;
    },

    async deleteDraft(id) {
      await db.transaction('rw', db.drafts, async () => {
        const row = await db.drafts.get(id);
        if (row) await db.drafts.put({ ...row, deletedAt: now() });
      });
    },

    async restoreDraft(id) {
      await db.transaction('rw', db.drafts, async () => {
        const row = await db.drafts.get(id);
        if (!row) return;
        delete row.deletedAt;
        await db.drafts.put(row);
      });
    },

    async purgeDeleted(olderThan) {
      return db.drafts.where('deletedAt').below(olderThan).delete();
    },
  };
}

/** Short random ids for drafts and sections (URL- and schema-safe: [A-Za-z0-9_-]). */
export function randomId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}
