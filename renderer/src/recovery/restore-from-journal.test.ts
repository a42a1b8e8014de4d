/**
 * D-05…D-07 with real Dexie (fake-indexeddb) and the REAL journal code on a temp folder: the IndexedDB database
 * is deleted (or left older) → the start-up check takes the recovery path → every draft comes back intact, and
 * the restore itself can be undone.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newReportFromTemplate, EMPTY_ISSUER } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import { findTemplate } from '../../../core/templates/templates';
import type { JournalMethods } from '../../../test-support/desktop-double';
import { desktopTest } from '../../../test-support/desktop-test';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { withJournal } from '../journal/durable-repository';
import { checkAtStartup } from './recovery-check';
import { BEFORE_RESTORE_VERSION, restoreFromJournal, undoRestore } from './restore-from-journal';

let n = 0;
const report = (title: string): Report => ({
  ...newReportFromTemplate(findTemplate('dinh-ky')!, EMPTY_ISSUER, '2024-01-10', () => `r${++n}`),
  title,
});

let dbName: string;
let db: DraftsDb;

beforeEach(() => {
  dbName = `recovery-${randomId()}`;
  db = openDraftsDb(dbName);
});
afterEach(() => {
  db.close();
});

async function writeDrafts(api: JournalMethods, count: number): Promise<Map<string, string>> {
  const repo = withJournal(createDraftsRepository({ db, now: () => Date.now(), newId: randomId }), db, api);
  const titles = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const d = await repo.createDraft('dinh-ky', report(`báo cáo ${i}`), 'general');
    const title = `báo cáo tháng ${i + 1} năm 2024 — Đảng bộ xã Bản Hon`;
    await repo.saveDraft(d.id, report(title), 'general', 'edit');
    titles.set(d.id, title);
  }
  return titles;
}

describe('start-up recovery', () => {
  desktopTest(
    'IndexedDB deleted: the check takes the recovery path and restoring brings every draft back',
    async ({ api }) => {
      const titles = await writeDrafts(api, 4);
      db.close();
      await Dexie.delete(dbName);
      db = openDraftsDb(dbName);

      const check = await checkAtStartup(db, api);
      expect(check.kind).toBe('recover');
      if (check.kind !== 'recover') return;
      expect(check.dbFailed).toBe(false);
      expect(check.recoverable.map((d) => d.why)).toEqual(['missing', 'missing', 'missing', 'missing']);

      const outcome = await restoreFromJournal(
        db,
        api,
        check.recoverable.map((d) => d.id),
      );
      expect(outcome.failed).toEqual([]);
      const rows = await db.drafts.toArray();
      expect(new Map(rows.map((r) => [r.id, r.report.title]))).toEqual(titles);
      expect((await checkAtStartup(db, api)).kind).toBe('ok');
    },
  );

  desktopTest(
    'IndexedDB older than the journal: the newer copy is restored, the older kept as a named version, and undo puts it back',
    async ({ api }) => {
      const [id] = [...(await writeDrafts(api, 1)).keys()];
      const newer = (await db.drafts.get(id!))!;
      // IndexedDB lost the last write (e.g. a relaxed write before a power cut): it holds an older copy.
      await db.drafts.put({ ...newer, report: report('bản cũ'), title: 'bản cũ', updatedAt: newer.updatedAt - 60_000 });

      const check = await checkAtStartup(db, api);
      expect(check.kind === 'recover' && check.recoverable.map((d) => d.why)).toEqual(['newer']);
      const outcome = await restoreFromJournal(db, api, [id!]);
      expect((await db.drafts.get(id!))?.report.title).toBe(newer.report.title);

      const revisions = await api.revisionList({ id: id! });
      const kept =
        revisions.status === 'ok' ? revisions.revisions.find((r) => r.name === BEFORE_RESTORE_VERSION) : undefined;
      expect(kept).toBeDefined();
      const old = await api.revisionRead({ id: id!, revisionId: kept!.revisionId });
      expect(old.status === 'ok' && (old.draft.report as Report).title).toBe('bản cũ');

      await undoRestore(db, api, outcome.undo);
      expect((await db.drafts.get(id!))?.report.title).toBe('bản cũ');
      const journal = await api.journalRead({ id: id! });
      expect(journal.status === 'ok' && (journal.draft.report as Report).title).toBe('bản cũ');
    },
  );

  desktopTest('undo of a restore into an empty database removes what was added', async ({ api }) => {
    await writeDrafts(api, 2);
    await db.drafts.clear();
    const check = await checkAtStartup(db, api);
    if (check.kind !== 'recover') throw new Error('expected recovery');
    const outcome = await restoreFromJournal(
      db,
      api,
      check.recoverable.map((d) => d.id),
    );
    expect(await db.drafts.count()).toBe(2);
    await undoRestore(db, api, outcome.undo);
    expect(await db.drafts.count()).toBe(0);
  });

  desktopTest('a trashed draft comes back into the trash, not onto the home screen', async ({ api }) => {
    const [id] = [...(await writeDrafts(api, 1)).keys()];
    await withJournal(createDraftsRepository({ db, now: () => Date.now(), newId: randomId }), db, api).deleteDraft(id!);
    await db.drafts.clear();
    const check = await checkAtStartup(db, api);
    if (check.kind !== 'recover') throw new Error('expected recovery');
    await restoreFromJournal(db, api, [id!]);
    expect((await db.drafts.get(id!))?.deletedAt).toBeTypeOf('number');
  });

  it('no journal (plain browser): nothing to compare, the app starts normally', async () => {
    expect(await checkAtStartup(db, null)).toEqual({ kind: 'ok' });
  });
});
