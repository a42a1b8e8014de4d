/**
 * Where a compiled draft's paragraphs came from, in IndexedDB (fake-indexeddb): the upgrade from v6 keeps every
 * store's data and adds the provenance store; the provenance survives saves, is trimmed to the blocks still as
 * compiled when the draft is opened, and goes when the draft is purged.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { reportChecksum } from '../../../core/draft-file/report-checksum';
import { compileReports } from '../../../core/compile/compile-reports';
import type { Report, Section } from '../../../core/model/report-schema';
import { bundleIdentity } from '../../../core/submission/bundle-identity';
import { unitReport, UNITS } from '../../../test-support/received-reports';
import { openProvenance, storeProvenance } from './draft-provenance';
import { openDraftsDb, type DraftsDb } from './drafts-db';
import { createDraftsRepository, randomId } from './drafts-repository';

let db: DraftsDb | undefined;
afterEach(() => db?.close());

const V6_STORES = {
  drafts: 'id, updatedAt, deletedAt',
  profiles: 'id, updatedAt',
  sections: '[draftId+sectionId]',
  officeWords: '[profileId+word], profileId',
  outlines: 'id, updatedAt',
  received: 'id, [templateId+periodKey], unitKey, checksum',
};

function compiled() {
  const sources = [unitReport(UNITS.namTam), unitReport(UNITS.banBo)].map((report) => ({
    identity: bundleIdentity({
      report,
      templateId: 'dinh-ky',
      savedAt: '2025-06-21T02:00:00.000Z',
      checksum: reportChecksum(report),
    }),
    report,
  }));
  const result = compileReports(sources);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function section(report: Report, id: string): Section {
  const walk = (list: readonly Section[]): Section | undefined => {
    for (const s of list) {
      const found = s.id === id ? s : walk(s.children);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(report.sections);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('draft provenance in IndexedDB', () => {
  it('upgrades a version-6 database keeping every store and adds an empty provenance store', async () => {
    const name = `v6-${randomId()}`;
    const old = new Dexie(name);
    old.version(6).stores(V6_STORES);
    await old.table('drafts').put({ id: 'd1', templateId: 'dinh-ky', title: 'quý I', updatedAt: 5, rev: 'r1' });
    await old.table('sections').put({ draftId: 'd1', sectionId: 's1', json: '{"heading":"I."}' });
    await old.table('profiles').put({ id: 'p1', label: 'Huyện ủy', updatedAt: 3 });
    await old.table('officeWords').put({ profileId: 'p1', word: 'Nậm Tăm' });
    await old.table('outlines').put({ id: 'o1', updatedAt: 4 });
    await old
      .table('received')
      .put({ id: 'c1', templateId: 'dinh-ky', periodKey: '2025-h1', unitKey: 'u', checksum: 'c1' });
    old.close();

    db = openDraftsDb(name);
    expect(await db.drafts.toArray()).toEqual([
      { id: 'd1', templateId: 'dinh-ky', title: 'quý I', updatedAt: 5, rev: 'r1' },
    ]);
    expect(await db.sections.toArray()).toEqual([{ draftId: 'd1', sectionId: 's1', json: '{"heading":"I."}' }]);
    expect(await db.profiles.count()).toBe(1);
    expect(await db.officeWords.count()).toBe(1);
    expect(await db.outlines.count()).toBe(1);
    expect(await db.received.toArray()).toEqual([
      { id: 'c1', templateId: 'dinh-ky', periodKey: '2025-h1', unitKey: 'u', checksum: 'c1' },
    ]);
    expect(db.verno).toBe(8);
    expect(await db.provenance.count()).toBe(0);
    expect(await openProvenance(db, 'd1', compiled().report)).toEqual([]);
  });

  it('survives saves, drops a paragraph once edited (for good), and goes with the purged draft', async () => {
    db = openDraftsDb(`prov-${randomId()}`);
    let t = 100;
    const repo = createDraftsRepository({ db, now: () => t++, newId: randomId });
    const { report, provenance, templateId } = compiled();
    const draft = await repo.createDraft(templateId, report, 'general');
    await storeProvenance(db, draft.id, provenance);

    // A save of another section leaves it alone.
    const opened = await repo.getDraft(draft.id);
    if (!opened.ok) throw new Error(opened.message);
    expect(await openProvenance(db, draft.id, opened.draft.report)).toEqual(provenance);

    const edited = structuredClone(opened.draft.report);
    const party = section(edited, 'xay-dung-dang');
    const entry = provenance.find((p) => p.sectionId === 'xay-dung-dang' && p.unit === 'Đảng ủy xã Bản Bo')!;
    party.blocks[entry.blockIndex] = { type: 'paragraph', content: [{ type: 'text', text: 'Văn thư viết gọn lại.' }] };
    await repo.saveDraft(draft.id, edited, 'general');

    const reread = await repo.getDraft(draft.id);
    if (!reread.ok) throw new Error(reread.message);
    const live = await openProvenance(db, draft.id, reread.draft.report);
    expect(live).toHaveLength(provenance.length - 1);
    expect(live).not.toContainEqual(entry);
    // Trimmed in the store too: putting the paragraph back as it was does not bring its unit back.
    expect((await db.provenance.get(draft.id))?.entries).toEqual(live);
    expect(await openProvenance(db, draft.id, report)).toEqual(live);

    await repo.deleteDraft(draft.id);
    expect(await db.provenance.count()).toBe(1);
    await repo.purgeDeleted(20_000);
    expect(await db.provenance.count()).toBe(0);
  });

  it('reads an unreadable record as no provenance and clears it', async () => {
    db = openDraftsDb(`prov-bad-${randomId()}`);
    await db.provenance.put({
      draftId: 'd1',
      entries: [{ sectionId: 's', blockIndex: -1, unit: 'x', fingerprint: 'zz' }],
    });
    expect(await openProvenance(db, 'd1', compiled().report)).toEqual([]);
    expect(await db.provenance.count()).toBe(0);
  });
});
