/**
 * Database v3 → v4 (the office word lists): a release-3 database, written with the plain IndexedDB API as that
 * release left it (Dexie v3 = IndexedDB version 30), opens unchanged with the new store added; the words are
 * kept per default profile and leave with a deleted profile.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { randomId } from '../db/drafts-repository';
import { createProfilesRepository } from '../profiles/profiles-repository';
import { emptyProfileInput } from '../profiles/org-profile';
import { createOfficeWordsRepository } from './office-words-repository';

function seedVersion3(
  name: string,
  rows: { drafts: unknown[]; sections: unknown[]; profiles: unknown[] },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 30);
    open.onupgradeneeded = () => {
      const d = open.result.createObjectStore('drafts', { keyPath: 'id' });
      d.createIndex('updatedAt', 'updatedAt');
      d.createIndex('deletedAt', 'deletedAt');
      open.result.createObjectStore('profiles', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      open.result.createObjectStore('sections', { keyPath: ['draftId', 'sectionId'] });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['drafts', 'sections', 'profiles'], 'readwrite');
      for (const row of rows.drafts) tx.objectStore('drafts').put(row);
      for (const row of rows.sections) tx.objectStore('sections').put(row);
      for (const row of rows.profiles) tx.objectStore('profiles').put(row);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

let db: DraftsDb | undefined;
afterEach(() => db?.close());

describe('database v3 → v4: office word lists', () => {
  it('keeps drafts, sections and profiles as they were and adds an empty word list', async () => {
    const name = `v3-${randomId()}`;
    const rows = {
      drafts: [{ id: 'd1', title: 'Báo cáo quý III', updatedAt: 5, chapterIds: ['c1'], report: { sections: [] } }],
      sections: [{ draftId: 'd1', sectionId: 'c1', rev: 'r1', json: '{"id":"c1"}' }],
      profiles: [{ id: 'p1', label: 'Huyện ủy Tam Đường', isDefault: true, updatedAt: 9 }],
    };
    await seedVersion3(name, rows);
    db = openDraftsDb(name);
    expect(await db.drafts.toArray()).toEqual(rows.drafts);
    expect(await db.sections.toArray()).toEqual(rows.sections);
    expect(await db.profiles.toArray()).toEqual(rows.profiles);
    expect(await db.officeWords.count()).toBe(0);
    expect(db.verno).toBe(8);

    const words = createOfficeWordsRepository({ db, now: () => 100 });
    await words.addWord('Khoang');
    await expect(words.addWord('Pá Khoang')).rejects.toThrow('Chỉ thêm được từng từ một');
    await words.addWord('hoà');
    expect(await words.listWords()).toEqual(new Set(['khoang', 'hòa']));
    expect(await db.officeWords.toArray()).toEqual([
      { profileId: 'p1', word: 'hòa', addedAt: 100 },
      { profileId: 'p1', word: 'khoang', addedAt: 100 },
    ]);
    await words.removeWord('Hòa');
    expect(await words.listWords()).toEqual(new Set(['khoang']));
  });

  it('belongs to the default profile, survives reopening, and leaves with a deleted profile', async () => {
    const name = `v4-${randomId()}`;
    db = openDraftsDb(name);
    let n = 0;
    const profiles = createProfilesRepository({ db, now: () => ++n, newId: () => `p${n}` });
    const words = createOfficeWordsRepository({ db, now: () => 1 });
    // No profile yet: the list still works (kept for the office without a profile).
    await words.addWord('zalo');
    expect(await words.listWords()).toEqual(new Set(['zalo']));

    const a = await profiles.saveProfile({ ...emptyProfileInput(), label: 'Đảng ủy xã Nậm Tăm' });
    const b = await profiles.saveProfile({ ...emptyProfileInput(), label: 'UBND xã Nậm Tăm' });
    expect(await words.listWords()).toEqual(new Set());
    await words.addWord('Nậm');
    await profiles.setDefaultProfile(b.id);
    expect(await words.listWords()).toEqual(new Set());
    await words.addWord('bản');
    db.close();
    db = openDraftsDb(name);
    const reopened = createOfficeWordsRepository({ db, now: () => 1 });
    expect(await reopened.listWords()).toEqual(new Set(['bản']));
    await createProfilesRepository({ db, now: () => 9, newId: () => 'x' }).deleteProfile(b.id);
    // The other profile became the default; b's words are gone, a's are there.
    expect(await reopened.listWords()).toEqual(new Set(['nậm']));
    expect((await db.officeWords.toArray()).map((w) => w.profileId).sort()).toEqual(['', a.id]);
  });
});

describe('merging and listing the office list', () => {
  it('merges words from a draft file once each, in the list’s own form, and says how many were new', async () => {
    db = openDraftsDb(`merge-${randomId()}`);
    const words = createOfficeWordsRepository({ db, now: () => 7 });
    await words.addWord('Nậm');
    expect(await words.mergeWords(['nậm', 'hoà', 'Hòa', 'homestay', 'hai từ', 'x'.repeat(41), ''])).toBe(2);
    expect(await words.listWords()).toEqual(new Set(['nậm', 'hòa', 'homestay']));
    expect(await words.mergeWords(['homestay'])).toBe(0);
    expect((await words.listEntries()).map((e) => e.word)).toEqual(['hòa', 'homestay', 'nậm']);
  });
});
