/**
 * The drafts repository on real Dexie (fake-indexeddb) with the chapter-split layout: what a save writes
 * (observed with a Dexie middleware, i.e. the requests that really reach IndexedDB), round trips, chapters
 * added / removed / reordered, other writers in between, failures mid-save, and broken chapter records.
 */
import 'fake-indexeddb/auto';
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report, Section } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../core/synthetic/synthetic-report';
import { openDraftsDb, type DraftsDb } from './drafts-db';
import { createDraftsRepository, randomId, type DraftsRepository } from './drafts-repository';

interface Write {
  table: string;
  type: DBCoreMutateRequest['type'];
  keys: unknown[];
}

let db: DraftsDb;
let writes: Write[];
let failNextHeadPut: boolean;
let clock: number;

function openObservedDb(name: string): DraftsDb {
  const opened = openDraftsDb(name);
  opened.use({
    stack: 'dbcore',
    name: 'observe-writes',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) => {
            if (tableName === 'drafts' && req.type === 'put' && failNextHeadPut) {
              failNextHeadPut = false;
              return Promise.reject(new Error('simulated failure while writing the head'));
            }
            const keys = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? [req.range] : req.type === 'put' || req.type === 'add' ? (req.keys ?? req.values.map((v) => (tableName === 'chapters' ? [(v as { draftId: string }).draftId, (v as { sectionId: string }).sectionId] : (v as { id: string }).id))) : [];
            writes.push({ table: tableName, type: req.type, keys: [...keys] });
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return opened;
}

const repoOn = (database: DraftsDb): DraftsRepository => createDraftsRepository({ db: database, now: () => ++clock, newId: randomId });
const chapterWrites = () => writes.filter((w) => w.table === 'chapters' && w.type === 'put').flatMap((w) => w.keys.map((k) => (k as [string, string])[1]));
const chapterDeletes = () => writes.filter((w) => w.table === 'chapters' && w.type === 'delete').flatMap((w) => w.keys.map((k) => (k as [string, string])[1]));
const storedChapterIds = async (draftId: string) => (await db.chapters.toArray()).filter((c) => c.draftId === draftId).map((c) => c.sectionId).sort();

/** A React-style edit: a new object for the chapter and the report, every other chapter keeps its identity. */
function editChapter(report: Report, index: number, heading: string): Report {
  const sections = [...report.sections];
  sections[index] = { ...sections[index]!, heading };
  return { ...report, sections };
}

async function openReport(repo: DraftsRepository, id: string): Promise<Report> {
  const read = await repo.getDraft(id);
  if (!read.ok) throw new Error(read.message);
  return read.draft.report;
}

const base = syntheticReport({ pages: 10 });

beforeEach(() => {
  writes = [];
  failNextHeadPut = false;
  clock = 1_000;
  db = openObservedDb(`repo-${randomId()}`);
});
afterEach(() => db.close());

describe('saving a draft stored as head + chapters', () => {
  it('after opening a draft, an edit in one chapter writes that chapter and the head only, and reads back whole', async () => {
    expect(base.sections.length).toBeGreaterThanOrEqual(3);
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    writes = [];
    const edited = editChapter(opened, 1, 'Kết quả thực hiện (đã sửa)');
    await repo.saveDraft(draft.id, edited, 'chapter:x');
    expect(chapterWrites()).toEqual([edited.sections[1]!.id]);
    expect(writes.filter((w) => w.table === 'drafts').map((w) => w.keys)).toEqual([[draft.id]]);

    // A new repository (as after a reload) reads exactly what was saved.
    const reread = await repoOn(db).getDraft(draft.id);
    expect(reread.ok && reread.draft.report).toEqual(edited);
    expect(reread.ok && reread.draft.lastStepKey).toBe('chapter:x');
  });

  it('without memory of the draft (e.g. after a reload) a save writes every chapter', async () => {
    const draft = await repoOn(db).createDraft('so-ket-tong-ket', base, 'general');
    writes = [];
    const fresh = repoOn(db);
    await fresh.saveDraft(draft.id, editChapter(base, 0, 'Chương một'), 'general');
    expect(chapterWrites().sort()).toEqual(base.sections.map((s) => s.id).sort());
  });

  it('saves whatever changed since the previous save, save after save', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    let report = await openReport(repo, draft.id);
    for (const [i, text] of [[0, 'a'], [2, 'b'], [2, 'c']] as const) {
      report = editChapter(report, i, text);
      writes = [];
      await repo.saveDraft(draft.id, report, 'general');
      expect(chapterWrites()).toEqual([report.sections[i]!.id]);
    }
    expect(await openReport(repoOn(db), draft.id)).toEqual(report);
  });

  it('a removed chapter is deleted in the same save, an added one written, a reorder writes no chapter', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    const [first, second, ...rest] = opened.sections as [Section, Section, ...Section[]];

    writes = [];
    const removed = { ...opened, sections: [first, ...rest] };
    await repo.saveDraft(draft.id, removed, 'general');
    expect(chapterWrites()).toEqual([]);
    expect(chapterDeletes()).toEqual([second.id]);
    expect(await storedChapterIds(draft.id)).toEqual([first, ...rest].map((s) => s.id).sort());

    writes = [];
    const added: Section = { id: 'chuong-moi', heading: 'Chương mới', blocks: [], children: [] };
    const withNew = { ...removed, sections: [...removed.sections, added] };
    await repo.saveDraft(draft.id, withNew, 'general');
    expect(chapterWrites()).toEqual(['chuong-moi']);

    writes = [];
    const reordered = { ...withNew, sections: [...withNew.sections].reverse() };
    await repo.saveDraft(draft.id, reordered, 'general');
    expect(chapterWrites()).toEqual([]);
    expect(await openReport(repoOn(db), draft.id)).toEqual(reordered);
  });

  it('when another window saved in between, the next save stores the whole draft: never a mix of both', async () => {
    const mine = repoOn(db);
    const draft = await mine.createDraft('so-ket-tong-ket', base, 'general');
    const myCopy = await openReport(mine, draft.id);
    const other = repoOn(db);
    const theirs = await openReport(other, draft.id);
    await other.saveDraft(draft.id, editChapter(theirs, 0, 'sửa ở cửa sổ khác'), 'general');

    writes = [];
    const myEdit = editChapter(myCopy, 1, 'sửa ở cửa sổ này');
    await mine.saveDraft(draft.id, myEdit, 'general');
    expect(chapterWrites().sort()).toEqual(base.sections.map((s) => s.id).sort());
    expect(await openReport(repoOn(db), draft.id)).toEqual(myEdit);
  });

  it('a save that fails part-way leaves the previous draft whole, and the next save still writes what is needed', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    failNextHeadPut = true;
    const failed = editChapter(opened, 1, 'không lưu được');
    await expect(repo.saveDraft(draft.id, failed, 'general')).rejects.toThrow();
    expect(await openReport(repoOn(db), draft.id)).toEqual(opened);

    const next = editChapter(failed, 2, 'lần sau');
    await repo.saveDraft(draft.id, next, 'general');
    expect(await openReport(repoOn(db), draft.id)).toEqual(next);
  });

  it('saving a deleted draft fails with a Vietnamese message and writes nothing', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    await repo.deleteDraft(draft.id);
    writes = [];
    await expect(repo.saveDraft(draft.id, base, 'general')).rejects.toThrow('Bản nháp không còn trong bộ nhớ');
    expect(writes).toEqual([]);
  });
});

describe('other operations on the split layout', () => {
  it('duplicate makes an independent copy (same chapter ids, its own records)', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'gốc' }, 'general');
    const copy = await repo.duplicateDraft(draft.id);
    const copyReport = await openReport(repo, copy.id);
    await repo.saveDraft(copy.id, editChapter(copyReport, 0, 'chỉ bản sao'), 'general');
    expect((await openReport(repoOn(db), draft.id)).sections[0]!.heading).toBe(base.sections[0]!.heading);
    expect((await openReport(repoOn(db), copy.id)).sections[0]!.heading).toBe('chỉ bản sao');
    expect((await openReport(repoOn(db), copy.id)).title).toBe('gốc (bản sao)');
  });

  it('delete hides a draft from the list, restore brings it back whole, purge removes head and chapters', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    await repo.deleteDraft(draft.id);
    expect((await repo.listDrafts()).drafts).toEqual([]);
    expect((await repo.getDraft(draft.id)).ok).toBe(false);
    await repo.restoreDraft(draft.id);
    const listed = (await repo.listDrafts()).drafts;
    expect(listed.map((d) => d.report)).toEqual([base]);

    await repo.deleteDraft(draft.id);
    expect(await repo.purgeDeleted(clock + 1)).toBe(1);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.chapters.count()).toBe(0);
  });

  it('a broken chapter record gives the Vietnamese broken-draft message, on open and in the list', async () => {
    const repo = repoOn(db);
    const good = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'còn tốt' }, 'general');
    const hurt = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'Báo cáo quý III' }, 'general');
    await db.chapters.put({ draftId: hurt.id, sectionId: base.sections[1]!.id, json: '{"id": "x", "heading": 42' });
    const opened = await repoOn(db).getDraft(hurt.id);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toBe('Bản nháp “Báo cáo quý III” bị hỏng (tại “sections.1”) nên không mở được. Các bản nháp khác không bị ảnh hưởng.');
    const list = await repoOn(db).listDrafts();
    expect(list.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(list.broken.map((b) => b.id)).toEqual([hurt.id]);

    // A chapter record that is missing altogether is reported the same way.
    await db.chapters.delete([good.id, base.sections[0]!.id]);
    const missing = await repoOn(db).getDraft(good.id);
    expect(!missing.ok && missing.message).toContain('“còn tốt” bị hỏng (tại “sections.0”)');
  });

  it('a chapter that parses but breaks the schema is reported too', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'báo cáo năm' }, 'general');
    await db.chapters.put({ draftId: draft.id, sectionId: base.sections[2]!.id, json: JSON.stringify({ ...base.sections[2], blocks: 'hỏng' }) });
    const read = await repoOn(db).getDraft(draft.id);
    expect(!read.ok && read.message).toContain('“báo cáo năm” bị hỏng (tại “sections.2.blocks”)');
  });

  it('chapters whose ids repeat are stored whole in the head and read back unchanged', async () => {
    const twin: Section = { ...base.sections[0]!, heading: 'cùng mã' };
    const report = { ...base, sections: [base.sections[0]!, twin] };
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', report, 'general');
    expect(await db.chapters.count()).toBe(0);
    expect(await openReport(repoOn(db), draft.id)).toEqual(report);
    const split = { ...report, sections: [base.sections[0]!, { ...twin, id: 'khac' }] };
    await repo.saveDraft(draft.id, split, 'general');
    expect(await storedChapterIds(draft.id)).toEqual([base.sections[0]!.id, 'khac'].sort());
    expect(await openReport(repoOn(db), draft.id)).toEqual(split);
  });
});
