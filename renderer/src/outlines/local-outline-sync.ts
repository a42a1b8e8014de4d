/**
 * Keeps the template registry in step with the local outlines in IndexedDB: a Dexie live query, so an
 * outline saved, imported or deleted (in this window or another) is in "Tạo báo cáo mới" and in the wizard's
 * guidance at once.
 */
import { liveQuery } from 'dexie';
import type { DraftsDb } from '../db/drafts-db';
import { applyLocalOutlines } from '../template-packs/template-registry';
import { listLocalOutlines } from './local-outlines-repository';

const UNREADABLE =
  'Không đọc được các đề cương tự soạn trong bộ nhớ. Các đề cương có sẵn vẫn dùng được; hãy khởi động lại ứng dụng.';

export function watchLocalOutlines(db: DraftsDb): () => void {
  const subscription = liveQuery(() => listLocalOutlines(db)).subscribe({
    next: applyLocalOutlines,
    error: () => applyLocalOutlines({ outlines: [], problems: [UNREADABLE] }),
  });
  return () => subscription.unsubscribe();
}
