import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../core/templates/templates';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { randomId } from '../db/drafts-repository';
import {
  BROKEN_LOCAL_OUTLINE,
  deleteLocalOutline,
  listLocalOutlines,
  restoreLocalOutline,
  saveLocalOutline,
} from './local-outlines-repository';

let db: DraftsDb | undefined;
afterEach(() => db?.close());
const outline = { ...findTemplate('dinh-ky')!, id: 'tu-soan-xa', name: 'Định kỳ của xã' };

describe('local outlines repository', () => {
  it('raises the version on every save and keeps a deleted outline for the reports made from it', async () => {
    db = openDraftsDb(`o-${randomId()}`);
    expect((await saveLocalOutline(db, outline, 1)).version).toBe(1);
    const second = await saveLocalOutline(db, { ...outline, name: 'Định kỳ (sửa)' }, 2);
    expect(second).toEqual({ ...outline, name: 'Định kỳ (sửa)', version: 2 });
    await deleteLocalOutline(db, outline.id, 3);
    expect((await listLocalOutlines(db)).outlines).toEqual([{ template: second, updatedAt: 3, deleted: true }]);
    await restoreLocalOutline(db, outline.id);
    expect((await listLocalOutlines(db)).outlines[0]?.deleted).toBe(false);
  });

  it('reports a stored outline that no longer passes the schema instead of using it', async () => {
    db = openDraftsDb(`o-${randomId()}`);
    await saveLocalOutline(db, outline, 1);
    await db.outlines.put({
      id: 'tu-soan-hong',
      template: { ...outline, id: 'tu-soan-hong', chapters: [] },
      createdAt: 1,
      updatedAt: 2,
    });
    const list = await listLocalOutlines(db);
    expect(list.outlines.map((o) => o.template.id)).toEqual(['tu-soan-xa']);
    expect(list.problems).toEqual([BROKEN_LOCAL_OUTLINE]);
  });
});
