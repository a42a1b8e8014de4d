/**
 * Received reports in IndexedDB (fake-indexeddb): the v4 → v6 upgrade keeps every draft, section, profile and
 * office word and adds the received store; receiving judges each report against what is held and keeps every
 * version.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { reportChecksum } from '../../../core/draft-file/report-checksum';
import type { Report } from '../../../core/model/report-schema';
import { bundleIdentity } from '../../../core/submission/bundle-identity';
import { unitReport, UNITS } from '../../../test-support/received-reports';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { receivedGroups, receiveReports } from './received-store';

let db: DraftsDb | undefined;
afterEach(() => db?.close());

/** A database exactly as release 4 leaves it: the four stores of Dexie version 4, with data in each. */
async function seedVersion4(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(4).stores({
    drafts: 'id, updatedAt, deletedAt',
    profiles: 'id, updatedAt',
    sections: '[draftId+sectionId]',
    officeWords: '[profileId+word], profileId',
  });
  await old.table('drafts').put({ id: 'd1', templateId: 'dinh-ky', title: 'tình hình quý I', updatedAt: 5, rev: 'r1' });
  await old.table('sections').put({ draftId: 'd1', sectionId: 's1', json: '{"heading":"I."}' });
  await old.table('profiles').put({ id: 'p1', name: 'Huyện ủy Tam Đường', updatedAt: 3 });
  await old.table('officeWords').put({ profileId: 'p1', word: 'Nậm Tăm' });
  old.close();
}

const version = (report: Report, savedAt: string) => ({
  identity: bundleIdentity({ report, templateId: 'dinh-ky', savedAt, checksum: reportChecksum(report) }),
  report,
});

describe('received reports in IndexedDB', () => {
  it('upgrades a version-4 database without touching its data and adds the received store', async () => {
    await seedVersion4('nhan-v4');
    db = openDraftsDb('nhan-v4');
    expect(await db.drafts.toArray()).toEqual([
      { id: 'd1', templateId: 'dinh-ky', title: 'tình hình quý I', updatedAt: 5, rev: 'r1' },
    ]);
    expect(await db.sections.toArray()).toEqual([{ draftId: 'd1', sectionId: 's1', json: '{"heading":"I."}' }]);
    expect(await db.profiles.count()).toBe(1);
    expect(await db.officeWords.toArray()).toEqual([{ profileId: 'p1', word: 'Nậm Tăm' }]);
    expect(await db.received.count()).toBe(0);
    expect(db.verno).toBe(8);
  });

  it('stores new reports and re-submissions, keeps history, and does not store the same report twice', async () => {
    db = openDraftsDb('nhan-store');
    const namTam = version(unitReport(UNITS.namTam), '2025-06-21T02:00:00.000Z');
    const banBo = version(unitReport(UNITS.banBo), '2025-06-21T02:00:00.000Z');
    const banBo2 = version(unitReport(UNITS.banBo, { revision: ' (bổ sung)' }), '2025-06-23T08:30:00.000Z');
    expect(await receiveReports(db, [namTam, banBo], 1)).toEqual(['new', 'new']);
    expect(await receiveReports(db, [banBo2, namTam], 2)).toEqual(['newer-version', 'already-received']);
    expect(await db.received.count()).toBe(3);

    const [group, ...others] = await receivedGroups(db);
    expect(others).toEqual([]);
    expect(group!.periodLabel).toBe('6 tháng đầu năm 2025');
    expect(group!.latest.map((r) => `${r.unit} ${r.savedAt.slice(0, 10)}`)).toEqual([
      'ĐẢNG ỦY XÃ BẢN BO 2025-06-23',
      'ĐẢNG ỦY XÃ NẬM TĂM 2025-06-21',
    ]);
    expect(group!.all).toHaveLength(3);
    // The stored draft is the unit's report as received.
    expect(group!.latest[1]!.report).toEqual(namTam.report);
  });
});
