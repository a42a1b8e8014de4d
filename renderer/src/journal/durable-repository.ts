/**
 * The drafts repository with the main-process journal beside IndexedDB (D-01): a save resolves — and the UI
 * says "Đã lưu" — only after IndexedDB (strict durability) AND the journal (fsynced by main) hold it; both are
 * written at once, stamped with the same time. The journal gets the draft as section record texts, the same
 * texts IndexedDB stores (computed once per section object), and writes only the records that changed.
 * Deletes and restores go to the journal's trash too, so both stores agree. Without a journal (plain browser)
 * it is the IndexedDB repository unchanged.
 */
import type { Report } from '../../../core/model/report-schema';
import { flattenSections, sectionJson } from '../../../core/model/section-records';
import { readDraftRecord } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { readStoredDraft } from '../db/draft-store';
import type { DraftsRepository } from '../db/drafts-repository';
import { callJournal, journalInput, JOURNAL_UNREACHABLE, JournalSaveError, type JournalApi } from './journal-api';
import type { JournalDraftInput, JournalSaveReason, JournalSaveResponse } from '../../../electron/ipc/channels';

/** Durations of the last save, for the status tooltip and the benchmark (performance entries). */
export const SAVE_MEASURE = 'soan-bao-cao:save';

/** The autosave's journal form: the report without its sections, and every section as its record text. */
export function splitJournalInput(
  meta: Omit<JournalDraftInput, 'report' | 'sections'>,
  report: Report,
): JournalDraftInput {
  const all = flattenSections(report.sections);
  // Sections that cannot be records (repeated ids) go whole: main's schema check names the problem.
  if (!all) return { ...meta, report };
  return {
    ...meta,
    report: { ...report, sections: [] },
    sections: {
      chapterIds: report.sections.map((s) => s.id),
      records: all.map((s): [string, string] => [s.id, sectionJson(s)]),
    },
  };
}

/** What main last accepted of a draft's autosave: the record texts sent and the base token it answered. */
export interface AcceptedRecords {
  draftId: string;
  base: string;
  texts: ReadonlyMap<string, string>;
}

/**
 * The autosave's request relative to what main accepted last: only the records whose text differs (or that are
 * new) go, the others by id in `keep`. Whole when nothing was accepted for this draft yet.
 */
export function deltaJournalInput(full: JournalDraftInput, accepted: AcceptedRecords | null): JournalDraftInput {
  const { sections } = full;
  if (!sections || !accepted || accepted.draftId !== full.id) return full;
  const records: [string, string][] = [];
  const keep: string[] = [];
  for (const record of sections.records) {
    if (accepted.texts.get(record[0]) === record[1]) keep.push(record[0]);
    else records.push(record);
  }
  return { ...full, sections: { chapterIds: sections.chapterIds, records, keep, base: accepted.base } };
}

export function withJournal(
  inner: DraftsRepository,
  db: DraftsDb,
  api: JournalApi | null,
  now: () => number = () => Date.now(),
): DraftsRepository {
  if (!api) return inner;
  const meta = new Map<string, { templateId: string; createdAt: number }>();
  /** One draft is edited at a time: saving another one (a switch) starts from the whole draft again. */
  let accepted: AcceptedRecords | null = null;

  /** Sends the autosave as a delta when main holds its base; on 'resend' or any failure, the whole draft. */
  const saveSplit = async (full: JournalDraftInput, reason: JournalSaveReason) => {
    const delta = deltaJournalInput(full, accepted);
    let res: JournalSaveResponse | null = null;
    if (delta !== full) res = await api.journalSave({ draft: delta, reason }).catch(() => null);
    if (res?.status !== 'saved') res = await callJournal(() => api.journalSave({ draft: full, reason }));
    if (res.status === 'saved' && res.base && full.sections)
      accepted = { draftId: full.id, base: res.base, texts: new Map(full.sections.records) };
    else if (accepted?.draftId === full.id) accepted = null;
    return res;
  };

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
      const updatedAt = now();
      let afterDb = started;
      const indexedDb = inner.saveDraft(id, report, lastStepKey, reason, updatedAt).then((at) => {
        afterDb = performance.now();
        return at;
      });
      const journal = metaOf(id).then(({ templateId, createdAt }) =>
        saveSplit(splitJournalInput({ id, templateId, createdAt, updatedAt, lastStepKey }, report), reason),
      );
      const [, res] = await Promise.all([indexedDb, journal]);
      // A whole draft is never answered 'resend'; should it be, it is a failure the autosave retries.
      if (res.status === 'resend') throw new JournalSaveError({ message: JOURNAL_UNREACHABLE, reason: undefined });
      if (res.status !== 'saved') throw new JournalSaveError(res);
      performance.measure(SAVE_MEASURE, {
        start: started,
        end: performance.now(),
        detail: { indexedDbMs: afterDb - started },
      });
      return updatedAt;
    },

    async getDraft(id) {
      const read = await inner.getDraft(id);
      // The wizard holds what the journal needs besides the report: no IndexedDB read at the first save.
      if (read.ok) meta.set(id, { templateId: read.draft.templateId, createdAt: read.draft.createdAt });
      return read;
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
