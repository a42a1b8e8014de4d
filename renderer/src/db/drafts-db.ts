/**
 * The IndexedDB database for drafts. Strict durability: Chromium ≥121 acknowledges "relaxed" writes before they
 * reach the disk, and a draft the UI calls "Đã lưu" must survive a power cut (reliability D-02).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { OrgProfile } from '../profiles/org-profile';
import type { DraftRecord } from './draft-record';

export const DRAFTS_DB_NAME = 'soan-bao-cao';

export type DraftsDb = Dexie & { drafts: EntityTable<DraftRecord, 'id'>; profiles: EntityTable<OrgProfile, 'id'> };

export function openDraftsDb(name: string = DRAFTS_DB_NAME): DraftsDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DraftsDb;
  // Keep every version declaration: users may open the app with a database from any earlier release.
  db.version(1).stores({ drafts: 'id, updatedAt, deletedAt' });
  // v2 adds organisation profiles; drafts are untouched (no upgrade function needed, the store is only added).
  db.version(2).stores({ drafts: 'id, updatedAt, deletedAt', profiles: 'id, updatedAt' });
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
