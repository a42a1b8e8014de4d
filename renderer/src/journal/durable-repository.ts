/**
 * The drafts repository with the main-process journal beside IndexedDB (D-01): a save resolves — and the UI
 * says "Đã lưu" — only after IndexedDB (strict durability) AND the journal (fsynced by main) hold it. Deletes
 * and restores go to the journal's trash too, so both stores agree. Without a journal (plain browser) it is
 * the IndexedDB repository unchanged.
 */
import { readDraftRecord } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { readStoredDraft } from '../db/draft-store';
import type { DraftsRepository } from '../db/drafts-repository';
import { callJournal, journalInput, JournalSaveError, type JournalApi } from './journal-api';

/** Durations of the last save, for the status tooltip and the benchmark (performance entries). */
export const SAVE_MEASURE = 'soan-bao-cao:save';

export function withJournal(inner: DraftsRepository, db: DraftsDb, api: JournalApi | null): DraftsRepository {
  if (!api) return inner;
  const meta = new Map<string, { templateId: string; createdAt: number }>();

  const metaOf = async (id: string) => {
    const known = meta.get(id);
    if (known) return known;
    const row = await db.drafts.get(id); // the head: templateId and createdAt, not the sections
    if (!row) throw new Error('Bản nháp không còn trong bộ nhớ (có thể đã bị xóa ở cửa sổ khác).');
    const found = { templateId: row.templateId, createdAt: row.createdAt };
    meta.set(id, found);
    return found;
  };

  // A new or copied draft is journalled at once; a failure here is not fatal, the first autosave retries it.
  const mirrorNew = async (record: Parameters<typeof journalInput>[0]) => {
    meta.set(record.id, { templateId: record.templateId, createdAt: record.createdAt });
    const res = await api.journalSave({ draft: journalInput(record), reason: 'edit' }).catch(() => null);
    if (res?.status !== 'saved') console.warn('[journal] new draft not journalled yet', res);
  };

  return {
    ...inner,

    async saveDraft(id, report, lastStepKey, reason = 'edit') {
      const started = performance.now();
      const updatedAt = await inner.saveDraft(id, report, lastStepKey, reason);
      const afterDb = performance.now();
      const { templateId, createdAt } = await metaOf(id);
      const res = await callJournal(() =>
        api.journalSave({ draft: journalInput({ id, templateId, createdAt, updatedAt, lastStepKey, report }), reason }),
      );
      if (res.status !== 'saved') throw new JournalSaveError(res);
      performance.measure(SAVE_MEASURE, { start: started, end: performance.now(), detail: { indexedDbMs: afterDb - started } });
      return updatedAt;
    },

    async createDraft(templateId, report, firstStepKey) {
      const record = await inner.createDraft(templateId, report, firstStepKey);
      await mirrorNew(record);
      return record;
    },

    async duplicateDraft(id) {
      const record = await inner.duplicateDraft(id);
      await mirrorNew(record);
      return record;
    },

    async deleteDraft(id) {
      await inner.deleteDraft(id);
      const res = await callJournal(() => api.journalTrash({ id }));
      // A draft the journal never had (created before the journal existed) has nothing to trash there.
      if (res.status === 'error' && res.reason !== 'not-found') throw new JournalSaveError(res);
    },

    async restoreDraft(id) {
      await inner.restoreDraft(id);
      const res = await callJournal(() => api.journalUntrash({ id }));
      if (res.status === 'error' && res.reason !== 'not-found') throw new JournalSaveError(res);
      if (res.status === 'error') {
        const row = await readStoredDraft(db, id);
        const read = row && readDraftRecord(row.raw);
        if (read?.ok) await mirrorNew(read.draft);
      }
    },
  };
}
