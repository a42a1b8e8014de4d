/** Trash with real Dexie (fake-indexeddb) and the REAL journal: restore, and "xóa vĩnh viễn" from both stores. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { newReportFromTemplate, EMPTY_ISSUER } from '../../../core/model/new-report';
import { findTemplate } from '../../../core/templates/templates';
import { desktopTest } from '../../../test-support/desktop-test';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { withJournal } from '../journal/durable-repository';
import { deleteForever, listTrash } from './trash-store';

const DAY = 86_400_000;
let db: DraftsDb;

beforeEach(() => {
  db = openDraftsDb(`trash-${randomId()}`);
});
afterEach(() => {
  db.close();
});

describe('trash', () => {
  desktopTest(
    'lists deleted drafts with the days left, and deleting for good removes them from IndexedDB and the journal',
    async ({ api }) => {
      let now = Date.UTC(2026, 10, 1);
      const repo = withJournal(createDraftsRepository({ db, now: () => now, newId: randomId }), db, api);
      const report = {
        ...newReportFromTemplate(findTemplate('dinh-ky')!, EMPTY_ISSUER, '2026-11-01', randomId),
        title: 'báo cáo tháng 11',
      };
      const kept = await repo.createDraft('dinh-ky', report, 'general');
      const gone = await repo.createDraft('dinh-ky', report, 'general');
      await repo.deleteDraft(gone.id);
      now += 3 * DAY;
      const trash = await listTrash(db, now);
      expect(trash.map((t) => [t.draft.id, t.daysLeft])).toEqual([[gone.id, 27]]);
      // Listed whole (head + sections), as it would come back.
      expect(trash[0]?.draft.report).toEqual(report);

      await deleteForever(db, api, gone.id);
      expect(await db.drafts.get(gone.id)).toBeUndefined();
      // Its section records went with it; the kept draft's (same section ids) stay.
      const owners = new Set((await db.sections.toArray()).map((c) => c.draftId));
      expect(report.sections.length).toBeGreaterThan(0);
      expect([...owners]).toEqual([kept.id]);
      const list = await api.journalList();
      expect(list.status === 'ok' && list.drafts.map((d) => d.id)).toEqual([kept.id]);
      // The journal refuses to purge a draft that is not in its trash.
      const refused = await api.journalPurge({ id: kept.id });
      expect(refused.status).toBe('error');
      expect(await db.drafts.get(kept.id)).toBeDefined();
    },
  );
});
