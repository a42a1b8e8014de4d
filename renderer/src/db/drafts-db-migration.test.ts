/**
 * Upgrade of a release-2 database (Dexie v2 = IndexedDB version 20: whole drafts + organisation profiles),
 * written with the plain IndexedDB API exactly as that release left it, to version 3 (heads + one record per section), on
 * fake-indexeddb. The e2e counterpart (e2e/profiles.spec.ts) upgrades a release-1 database in real Chromium.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newReportFromTemplate, EMPTY_ISSUER } from '../../../core/model/new-report';
import { parseReport, type Section } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { findTemplate } from '../../../core/templates/templates';
import { readDraftRecord } from './draft-record';
import { openDraftsDb, type DraftsDb } from './drafts-db';
import { createDraftsRepository, randomId } from './drafts-repository';

function seedVersion2(name: string, drafts: unknown[], profiles: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 20);
    open.onupgradeneeded = () => {
      const d = open.result.createObjectStore('drafts', { keyPath: 'id' });
      d.createIndex('updatedAt', 'updatedAt');
      d.createIndex('deletedAt', 'deletedAt');
      open.result.createObjectStore('profiles', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['drafts', 'profiles'], 'readwrite');
      for (const row of drafts) tx.objectStore('drafts').put(row);
      for (const row of profiles) tx.objectStore('profiles').put(row);
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

describe('database v2 → v3', () => {
  it('keeps every draft identical (split into sections), the trash, broken drafts and the profiles', async () => {
    let n = 0;
    const sample = {
      ...newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2023-06-15', () => `s${++n}`),
      title: 'sơ kết 5 năm',
    };
    const big = syntheticReport({ pages: 30 });
    const twins = { ...big, title: 'hai chương trùng mã', sections: [big.sections[0]!, big.sections[0]!] };
    const drafts = [
      {
        id: 'mau-tam-duong',
        templateId: 'so-ket-tong-ket',
        report: sample,
        title: sample.title,
        createdAt: 1,
        updatedAt: 4_000,
        lastStepKey: 'review',
      },
      {
        id: 'ba-muoi-trang',
        templateId: 'so-ket-tong-ket',
        report: big,
        title: big.title,
        createdAt: 2,
        updatedAt: 3_000,
        lastStepKey: 'general',
      },
      {
        id: 'trung-ma',
        templateId: 'so-ket-tong-ket',
        report: twins,
        title: twins.title,
        createdAt: 3,
        updatedAt: 2_000,
        lastStepKey: 'general',
      },
      {
        id: 'da-xoa',
        templateId: 'dinh-ky',
        report: { ...big, title: 'đã xóa' },
        title: 'đã xóa',
        createdAt: 4,
        updatedAt: 1_000,
        lastStepKey: 'general',
        deletedAt: 5_000,
      },
      {
        id: 'hong',
        templateId: 'so-ket-tong-ket',
        report: { schemaVersion: 1, sections: 'hỏng' },
        title: 'Báo cáo quý III',
        createdAt: 5,
        updatedAt: 500,
        lastStepKey: 'general',
      },
    ];
    const profiles = [
      { id: 'p1', label: 'HUYỆN ỦY TAM ĐƯỜNG', isDefault: true, updatedAt: 9, issuer: 'HUYỆN ỦY TAM ĐƯỜNG' },
    ];
    const name = `v2-${randomId()}`;
    await seedVersion2(name, drafts, profiles);

    db = openDraftsDb(name);
    const repo = createDraftsRepository({ db, now: () => 10_000, newId: randomId });
    const list = await repo.listDrafts();
    expect(list.drafts.map((d) => d.id)).toEqual(['mau-tam-duong', 'ba-muoi-trang', 'trung-ma']);
    // The broken draft gives the very message it gave before the upgrade.
    const before = readDraftRecord(drafts[4]);
    expect(before.ok).toBe(false);
    expect(list.broken).toEqual([!before.ok && before.broken]);
    expect(list.broken[0]?.message).toContain('Bản nháp “Báo cáo quý III” bị hỏng');
    for (const d of drafts.slice(0, 3)) {
      const read = await repo.getDraft(d.id);
      const expected = parseReport(d.report);
      expect(expected.ok).toBe(true);
      expect(read.ok && read.draft).toEqual({ ...d, report: expected.ok && expected.value });
    }
    // Split on disk: small heads, one record per section at any depth (the draft with repeated ids stays whole).
    const head = await db.drafts.get('ba-muoi-trang');
    expect(head?.report.sections).toEqual([]);
    expect(head?.chapterIds).toEqual(big.sections.map((s) => s.id));
    const allIds = (sections: readonly Section[]): string[] => sections.flatMap((s) => [s.id, ...allIds(s.children)]);
    expect(allIds(big.sections).length).toBeGreaterThan(big.sections.length * 3);
    const records = (await db.sections.toArray()).filter((c) => c.draftId === 'ba-muoi-trang');
    expect(records.map((r) => r.sectionId).sort()).toEqual(allIds(big.sections).sort());
    // The biggest record is a few KB, not a chapter.
    expect(Math.max(...records.map((r) => r.json.length))).toBeLessThan(20_000);
    expect((await db.drafts.get('trung-ma'))?.report.sections.length).toBe(2);

    // The trash kept its draft, with its content.
    await repo.restoreDraft('da-xoa');
    const restored = await repo.getDraft('da-xoa');
    expect(restored.ok && restored.draft.report).toEqual({ ...big, title: 'đã xóa' });
    expect(await db.profiles.toArray()).toEqual(profiles);
    expect(db.verno).toBe(8);
  });
});
