/**
 * Upgrade of a version-4 database (drafts split into heads and section records, profiles, office words) to
 * version 5, which adds the local outlines: every draft, profile and word is kept as it was, and the new
 * table takes outlines at once. Seeded with a Dexie declaring only versions up to 4, as that release did.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_ISSUER, newReportFromTemplate } from '../../../core/model/new-report';
import { findTemplate } from '../../../core/templates/templates';
import { listLocalOutlines, saveLocalOutline } from '../outlines/local-outlines-repository';
import { newRev, splitStoredRecord } from './draft-split';
import { openDraftsDb, type DraftsDb } from './drafts-db';
import { createDraftsRepository, randomId } from './drafts-repository';

const V4_STORES = {
  drafts: 'id, updatedAt, deletedAt',
  profiles: 'id, updatedAt',
  sections: '[draftId+sectionId]',
  officeWords: '[profileId+word], profileId',
};

let db: DraftsDb | undefined;
afterEach(() => db?.close());

describe('database v4 → v5', () => {
  it('keeps drafts, profiles and office words, and adds an empty outlines table', async () => {
    let n = 0;
    const report = {
      ...newReportFromTemplate(findTemplate('dinh-ky')!, EMPTY_ISSUER, '2026-06-30', () => `s${++n}`),
      title: 'kết quả 6 tháng đầu năm 2026',
    };
    const record = {
      id: 'ban-6-thang',
      templateId: 'dinh-ky',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'general',
    };
    const split = splitStoredRecord(record, newRev())!;
    const profile = {
      id: 'p1',
      label: 'ĐẢNG ỦY XÃ NẬM TĂM',
      isDefault: true,
      updatedAt: 3,
      issuer: 'ĐẢNG ỦY XÃ NẬM TĂM',
    };
    const word = { profileId: 'p1', word: 'Nậm Tăm' };

    const name = `v4-${randomId()}`;
    const old = new Dexie(name);
    old.version(4).stores(V4_STORES);
    await old.table('drafts').put(split.head);
    await old.table('sections').bulkPut(split.sections);
    await old.table('profiles').put(profile);
    await old.table('officeWords').put(word);
    old.close();

    db = openDraftsDb(name);
    const repo = createDraftsRepository({ db, now: () => 10, newId: randomId });
    const read = await repo.getDraft('ban-6-thang');
    expect(read.ok && read.draft).toEqual(record);
    expect(await db.profiles.toArray()).toEqual([profile]);
    expect(await db.officeWords.toArray()).toEqual([word]);
    expect(db.verno).toBe(8);
    expect(await listLocalOutlines(db)).toEqual({ outlines: [], problems: [] });

    const outline = { ...findTemplate('dinh-ky')!, id: 'tu-soan-xa', name: 'Định kỳ của xã' };
    await saveLocalOutline(db, outline, 20);
    expect((await listLocalOutlines(db)).outlines).toEqual([{ template: outline, updatedAt: 20, deleted: false }]);
  });
});
