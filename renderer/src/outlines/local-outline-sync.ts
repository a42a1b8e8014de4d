/**
 * Keeps the template registry in step with the local outlines in IndexedDB: a Dexie live query, so an
 * outline saved, imported or deleted (in this window or another) is in "Tạo báo cáo mới" and in the wizard's
 * guidance at once. The registry loads this module when a screen first asks for outlines, so neither it nor
 * the template schema weighs on the main chunk.
 */
import { liveQuery } from 'dexie';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { applyLocalOutlines } from '../template-packs/template-registry';
import { listLocalOutlines } from './local-outlines-repository';

export const UNREADABLE_LOCAL_OUTLINES =
  'Không đọc được các đề cương tự soạn trong bộ nhớ. Các đề cương có sẵn vẫn dùng được; hãy khởi động lại ứng dụng.';

/** Its own connection by default (as the spelling session has): Dexie's live queries see writes from every connection. */
export function watchLocalOutlines(db: DraftsDb = openDraftsDb()): () => void {
  const subscription = liveQuery(() => listLocalOutlines(db)).subscribe({
    next: applyLocalOutlines,
    error: () => applyLocalOutlines({ outlines: [], problems: [UNREADABLE_LOCAL_OUTLINES] }),
  });
  return () => subscription.unsubscribe();
}
