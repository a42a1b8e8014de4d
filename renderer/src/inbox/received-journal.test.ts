/**
 * The page's side of the received-reports journal: IndexedDB (fake-indexeddb) and main's real store on disk
 * (the desktop double). Accepted reports are written to both; after IndexedDB is lost they come back with
 * their receipt time; a version missing from main's store (its write failed once) is written at the next sync.
 * (A damaged file on disk: node/journal/received-journal.test.ts.)
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect } from 'vitest';
import { reportChecksum } from '../../../core/draft-file/report-checksum';
import type { Report } from '../../../core/model/report-schema';
import { bundleIdentity } from '../../../core/submission/bundle-identity';
import { desktopTest } from '../../../test-support/desktop-test';
import { unitReport, UNITS } from '../../../test-support/received-reports';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { deleteReceivedReport, journalReceived, syncReceivedWithJournal } from './received-journal';
import { receivedGroups, receiveReports } from './received-store';

const open: DraftsDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const version = (report: Report, savedAt: string) => ({
  identity: bundleIdentity({ report, templateId: 'dinh-ky', savedAt, checksum: reportChecksum(report) }),
  report,
});

function openDb(name: string): DraftsDb {
  const db = openDraftsDb(name);
  open.push(db);
  return db;
}

const incoming = [
  version(unitReport(UNITS.namTam), '2025-06-21T02:00:00.000Z'),
  version(unitReport(UNITS.banBo), '2025-06-21T02:00:00.000Z'),
  version(unitReport(UNITS.banBo, { revision: 'bổ sung số liệu' }), '2025-06-25T02:00:00.000Z'),
];

describe('received reports kept by main beside IndexedDB', () => {
  desktopTest('come back, every version with its receipt time, after IndexedDB is lost', async ({ api }) => {
    const db = openDb('received-sync-lost');
    await receiveReports(db, incoming, 1_750_000_000_000);
    expect(
      await journalReceived(
        api,
        incoming.map((i) => ({ id: i.identity.checksum })),
        db,
      ),
    ).toBeNull();

    await db.delete();
    const fresh = openDb('received-sync-lost');
    expect(await receivedGroups(fresh)).toEqual([]);
    expect(await syncReceivedWithJournal(fresh, api)).toEqual({ restored: 3, problems: [] });
    const [group] = await receivedGroups(fresh);
    expect(group?.all).toHaveLength(3);
    expect(group?.latest.map((r) => r.unit)).toEqual(['ĐẢNG ỦY XÃ BẢN BO', 'ĐẢNG ỦY XÃ NẬM TĂM']);
    expect(group?.latest.find((r) => r.unit === 'ĐẢNG ỦY XÃ BẢN BO')?.checksum).toBe(incoming[2]!.identity.checksum);
    expect(group?.all.every((r) => r.receivedAt === 1_750_000_000_000)).toBe(true);
    // Nothing more to do the second time.
    expect(await syncReceivedWithJournal(fresh, api)).toEqual({ restored: 0, problems: [] });
  });

  desktopTest('writes to main what IndexedDB holds and main lacks', async ({ api }) => {
    const db = openDb('received-sync-missing');
    // Received while main could not be reached: only IndexedDB has them.
    await receiveReports(db, incoming, 1_750_000_000_000);
    expect(await api.receivedList()).toEqual({ status: 'ok', versions: [] });
    expect(await syncReceivedWithJournal(db, api)).toEqual({ restored: 0, problems: [] });
    const listed = await api.receivedList();
    if (listed.status !== 'ok') throw new Error(listed.message);
    expect(listed.versions.map((v) => v.checksum).sort()).toEqual(incoming.map((i) => i.identity.checksum).sort());

    await db.delete();
    const fresh = openDb('received-sync-missing');
    expect(await syncReceivedWithJournal(fresh, api)).toEqual({ restored: 3, problems: [] });
  });

  desktopTest("the clerk's delete removes every version of one unit's report from both stores", async ({ api }) => {
    const db = openDb('received-sync-delete');
    await receiveReports(db, incoming, 1_750_000_000_000);
    await syncReceivedWithJournal(db, api);
    const banBo = (await db.received.toArray()).find((r) => r.unit === 'ĐẢNG ỦY XÃ BẢN BO')!;
    expect(await deleteReceivedReport(db, api, banBo)).toBeNull();
    expect((await db.received.toArray()).map((r) => r.unit)).toEqual(['ĐẢNG ỦY XÃ NẬM TĂM']);
    const listed = await api.receivedList();
    expect(listed.status === 'ok' && listed.versions.map((v) => v.checksum)).toEqual([incoming[0]!.identity.checksum]);
    // Gone for good: the next sync does not bring it back.
    expect(await syncReceivedWithJournal(db, api)).toEqual({ restored: 0, problems: [] });
    expect(await db.received.count()).toBe(1);
  });
});
