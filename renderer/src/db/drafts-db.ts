/**
 * The IndexedDB database for drafts. Strict durability: Chromium ≥121 acknowledges "relaxed" writes before they
 * reach the disk, and a draft the UI calls "Đã lưu" must survive a power cut (reliability D-02).
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { OrgProfile } from '../profiles/org-profile';
import type { OfficeWord } from '../spelling/office-word';
import type { LocalOutlineRecord } from '../outlines/local-outline-record';
import type { ReceivedReport } from '../inbox/received-report';
import type { DraftProvenance } from './draft-provenance';
import type { DraftIgnoresRecord } from '../spelling/draft-ignores';
import { newRev, splitStoredRecord, type DraftHead, type SectionKey, type SectionRecord } from './draft-split';

export const DRAFTS_DB_NAME = 'soan-bao-cao';

/** `drafts` holds the heads, `sections` one record per section at any depth (draft-split.ts); draft-store.ts reads and writes both. */
export type DraftsDb = Dexie & {
  drafts: EntityTable<DraftHead, 'id'>;
  sections: Table<SectionRecord, SectionKey>;
  profiles: EntityTable<OrgProfile, 'id'>;
  officeWords: Table<OfficeWord, [string, string]>;
  outlines: EntityTable<LocalOutlineRecord, 'id'>;
  /** Reports received from subordinate units ("Nhận báo cáo"), read-only, every version kept. */
  received: EntityTable<ReceivedReport, 'id'>;
  /** Which unit each paragraph of a compiled draft came from, beside the draft (draft-provenance.ts). */
  provenance: EntityTable<DraftProvenance, 'draftId'>;
  /** Per draft, the words and occurrences its spell check was told to leave alone ("Bỏ qua"). */
  spellingIgnores: EntityTable<DraftIgnoresRecord, 'draftId'>;
};

/**
 * v2 → v3: each draft becomes a head plus one record per section. One draft at a time (keys first), so the
 * upgrade never holds every report in memory at once; it runs inside Dexie's version-change transaction, so a
 * crash part-way leaves the v2 database untouched and the upgrade runs again on the next start.
 */
async function splitDraftsIntoSections(tx: Transaction): Promise<void> {
  const drafts = tx.table<unknown, string>('drafts');
  const sections = tx.table<SectionRecord, SectionKey>('sections');
  for (const id of await drafts.toCollection().primaryKeys()) {
    const split = splitStoredRecord(await drafts.get(id), newRev());
    if (!split) continue;
    await sections.bulkPut(split.sections);
    await drafts.put(split.head);
  }
}

export function openDraftsDb(name: string = DRAFTS_DB_NAME): DraftsDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DraftsDb;
  // Keep every version declaration: users may open the app with a database from any earlier release.
  db.version(1).stores({ drafts: 'id, updatedAt, deletedAt' });
  // v2 adds organisation profiles; drafts are untouched (no upgrade function needed, the store is only added).
  db.version(2).stores({ drafts: 'id, updatedAt, deletedAt', profiles: 'id, updatedAt' });
  // v3 stores each section (any depth) as its own record, so a save writes only the sections that changed.
  // v3 was never released with another layout, so it is defined here once, not as a v4 on top.
  db.version(3)
    .stores({ drafts: 'id, updatedAt, deletedAt', profiles: 'id, updatedAt', sections: '[draftId+sectionId]' })
    .upgrade(splitDraftsIntoSections);
  // v4 adds each office's own spelling word list ("Thêm vào từ điển của đơn vị"), kept per organisation profile.
  db.version(4).stores({
    drafts: 'id, updatedAt, deletedAt',
    profiles: 'id, updatedAt',
    sections: '[draftId+sectionId]',
    officeWords: '[profileId+word], profileId',
  });
  // v5 adds the outlines (đề cương) made on this machine; nothing else changes, so no upgrade function.
  db.version(5).stores({
    drafts: 'id, updatedAt, deletedAt',
    profiles: 'id, updatedAt',
    sections: '[draftId+sectionId]',
    officeWords: '[profileId+word], profileId',
    outlines: 'id, updatedAt',
  });
  // v6 adds the reports received from subordinate units, found by outline and period, unit and checksum.
  // Only a store is added: earlier data is untouched, so no upgrade function.
  db.version(6).stores({
    drafts: 'id, updatedAt, deletedAt',
    profiles: 'id, updatedAt',
    sections: '[draftId+sectionId]',
    officeWords: '[profileId+word], profileId',
    outlines: 'id, updatedAt',
    received: 'id, [templateId+periodKey], unitKey, checksum',
  });
  // v7 adds where each paragraph of a compiled draft came from, one record per draft, beside the draft so that
  // saves never rewrite it. Only a store is added: earlier data is untouched, so no upgrade function.
  db.version(7).stores({
    drafts: 'id, updatedAt, deletedAt',
    profiles: 'id, updatedAt',
    sections: '[draftId+sectionId]',
    officeWords: '[profileId+word], profileId',
    outlines: 'id, updatedAt',
    received: 'id, [templateId+periodKey], unitKey, checksum',
    provenance: 'draftId',
  });
  // v8 keeps the spell check's "Bỏ qua" lists with each draft (they were per machine in localStorage; the
  // spelling session moves them over on first use). Only a store is added, so no upgrade function.
  db.version(8).stores({
    drafts: 'id, updatedAt, deletedAt',
    profiles: 'id, updatedAt',
    sections: '[draftId+sectionId]',
    officeWords: '[profileId+word], profileId',
    outlines: 'id, updatedAt',
    received: 'id, [templateId+periodKey], unitKey, checksum',
    provenance: 'draftId',
    spellingIgnores: 'draftId',
  });
  return db;
}

/**
 * Asks the browser not to evict our storage under disk pressure. Log-only (reliability D-13): a refusal is
 * not an error the clerk can act on.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    const granted = await navigator.storage.persist();
    if (!granted) console.info('Trình duyệt chưa cho phép lưu trữ bền vững; bản nháp vẫn được lưu bình thường.');
    return granted;
  } catch {
    return false;
  }
}
