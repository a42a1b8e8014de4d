/**
 * The drafts repository on real Dexie (fake-indexeddb) with one record per section: what a save writes
 * (observed with a Dexie middleware: the requests that reach IndexedDB in transactions that commit), round trips, sections
 * added / removed / reordered at any depth, other writers in between, failures mid-save, and broken records.
 */
import 'fake-indexeddb/auto';
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report, Section } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { openDraftsDb, type DraftsDb } from './drafts-db';
import { createDraftsRepository, randomId, type DraftsRepository } from './drafts-repository';
import { checkForSave } from '../autosave/check-for-save';

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
            const keys =
              req.type === 'delete'
                ? req.keys
                : req.type === 'deleteRange'
                  ? [req.range]
                  : req.type === 'put' || req.type === 'add'
                    ? (req.keys ??
                      req.values.map((v) =>
                        tableName === 'sections'
                          ? [(v as { draftId: string }).draftId, (v as { sectionId: string }).sectionId]
                          : (v as { id: string }).id,
                      ))
                    : [];
            // Recorded when its transaction commits: a save may issue writes and then abort (stale memory).
            const write: Write = { table: tableName, type: req.type, keys: [...keys] };
            (req.trans as unknown as IDBTransaction).addEventListener('complete', () => writes.push(write));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return opened;
}

const repoOn = (database: DraftsDb): DraftsRepository =>
  createDraftsRepository({ db: database, now: () => ++clock, newId: randomId });
const sectionWrites = () =>
  writes
    .filter((w) => w.table === 'sections' && w.type === 'put')
    .flatMap((w) => w.keys.map((k) => (k as [string, string])[1]));
const sectionDeletes = () =>
  writes
    .filter((w) => w.table === 'sections' && w.type === 'delete')
    .flatMap((w) => w.keys.map((k) => (k as [string, string])[1]));
const storedSectionIds = async (draftId: string) =>
  (await db.sections.toArray())
    .filter((c) => c.draftId === draftId)
    .map((c) => c.sectionId)
    .sort();
/** Every section id under `sections`, at any depth, sorted. */
const allIds = (sections: readonly Section[]): string[] =>
  sections.flatMap((s) => [s.id, ...allIds(s.children)]).sort();

/** A React-style edit: a new object for the chapter and the report, every other chapter keeps its identity. */
function editChapter(report: Report, index: number, heading: string): Report {
  const sections = [...report.sections];
  sections[index] = { ...sections[index]!, heading };
  return { ...report, sections };
}

/** Replaces the section at `path` (indexes from the top) with `edit(section)`, React-style: new objects on the path only. */
function editAt(report: Report, path: readonly number[], edit: (s: Section) => Section): Report {
  const walk = (list: Section[], [i, ...rest]: readonly number[]): Section[] => {
    const copy = [...list];
    const s = copy[i!]!;
    copy[i!] = rest.length ? { ...s, children: walk(s.children, rest) } : edit(s);
    return copy;
  };
  return { ...report, sections: walk(report.sections, path) };
}

/** One more character at the end of the first text run of the section's first paragraph. */
function typeIn(section: Section, typed: string): Section {
  const at = section.blocks.findIndex((b) => b.type === 'paragraph' && b.content[0]?.type === 'text');
  const block = section.blocks[at];
  if (!block || block.type !== 'paragraph' || block.content[0]?.type !== 'text')
    throw new Error('no paragraph to type in');
  const blocks = [...section.blocks];
  blocks[at] = {
    ...block,
    content: [{ ...block.content[0], text: block.content[0].text + typed }, ...block.content.slice(1)],
  };
  return { ...section, blocks };
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

describe('saving a draft stored as head + one record per section', () => {
  it('after opening a draft, an edit in one chapter writes that chapter and the head only, and reads back whole', async () => {
    expect(base.sections.length).toBeGreaterThanOrEqual(3);
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    writes = [];
    const edited = editChapter(opened, 1, 'Kết quả thực hiện (đã sửa)');
    await repo.saveDraft(draft.id, edited, 'chapter:x');
    // The heading is the chapter's own field: its record only, not its sub-sections'.
    expect(sectionWrites()).toEqual([edited.sections[1]!.id]);
    expect(writes.filter((w) => w.table === 'drafts').map((w) => w.keys)).toEqual([[draft.id]]);

    // A new repository (as after a reload) reads exactly what was saved.
    const reread = await repoOn(db).getDraft(draft.id);
    expect(reread.ok && reread.draft.report).toEqual(edited);
    expect(reread.ok && reread.draft.lastStepKey).toBe('chapter:x');
  });

  it('without memory of the draft (e.g. after a reload) a save writes every section', async () => {
    const draft = await repoOn(db).createDraft('so-ket-tong-ket', base, 'general');
    writes = [];
    const fresh = repoOn(db);
    await fresh.saveDraft(draft.id, editChapter(base, 0, 'Chương một'), 'general');
    expect(sectionWrites().sort()).toEqual(allIds(base.sections));
  });

  it('saves whatever changed since the previous save, save after save', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    let report = await openReport(repo, draft.id);
    for (const [i, text] of [
      [0, 'a'],
      [2, 'b'],
      [2, 'c'],
    ] as const) {
      report = editChapter(report, i, text);
      writes = [];
      await repo.saveDraft(draft.id, report, 'general');
      expect(sectionWrites()).toEqual([report.sections[i]!.id]);
    }
    expect(await openReport(repoOn(db), draft.id)).toEqual(report);
  });

  it('a removed chapter is deleted with its sub-sections in the same save, an added one written, a reorder writes no section', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    const [first, second, ...rest] = opened.sections as [Section, Section, ...Section[]];

    writes = [];
    const removed = { ...opened, sections: [first, ...rest] };
    await repo.saveDraft(draft.id, removed, 'general');
    expect(sectionWrites()).toEqual([]);
    expect(second.children.length).toBeGreaterThan(0);
    expect(sectionDeletes().sort()).toEqual(allIds([second]));
    expect(await storedSectionIds(draft.id)).toEqual(allIds([first, ...rest]));

    writes = [];
    const added: Section = { id: 'chuong-moi', heading: 'Chương mới', blocks: [], children: [] };
    const withNew = { ...removed, sections: [...removed.sections, added] };
    await repo.saveDraft(draft.id, withNew, 'general');
    expect(sectionWrites()).toEqual(['chuong-moi']);

    writes = [];
    const reordered = { ...withNew, sections: [...withNew.sections].reverse() };
    await repo.saveDraft(draft.id, reordered, 'general');
    expect(sectionWrites()).toEqual([]);
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
    expect(sectionWrites().sort()).toEqual(allIds(base.sections));
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

  it('typing in a sub-section rewrites that section only, not its chapter or its sub-sections, save after save', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    let report = await openReport(repo, draft.id);
    const path = [1, 0];
    const target = report.sections[1]!.children[0]!;
    expect(target.children.length).toBeGreaterThan(0);
    for (const typed of ['a', 'b']) {
      report = editAt(report, path, (s) => typeIn(s, typed));
      writes = [];
      await repo.saveDraft(draft.id, report, 'general');
      expect(sectionWrites()).toEqual([target.id]);
    }
    expect(await openReport(repoOn(db), draft.id)).toEqual(report);
  });

  it('the same through the autosave path: checked (edited sections only), then saved', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    let input = opened;
    for (const typed of ['x', 'y']) {
      input = editAt(input, [1, 1, 1, 0], (s) => typeIn(s, typed));
      const checked = checkForSave(input);
      if (!checked.ok) throw new Error('invalid');
      const value = checked.value;
      writes = [];
      await repo.saveDraft(draft.id, value, 'general');
      expect(sectionWrites()).toEqual([input.sections[1]!.children[1]!.children[1]!.children[0]!.id]);
    }
    expect(await openReport(repoOn(db), draft.id)).toEqual(input);
  });

  it('a sub-section added, removed or moved rewrites only the sections whose child list changed', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    const added: Section = { id: 'muc-moi', heading: 'Mục mới', blocks: [], children: [] };
    const parent = opened.sections[0]!;
    writes = [];
    const withNew = editAt(opened, [0], (s) => ({ ...s, children: [...s.children, added] }));
    await repo.saveDraft(draft.id, withNew, 'general');
    expect(sectionWrites().sort()).toEqual([parent.id, 'muc-moi'].sort());

    writes = [];
    const [gone, ...kept] = parent.children as [Section, ...Section[]];
    const removed = editAt(withNew, [0], (s) => ({ ...s, children: [...kept, added] }));
    await repo.saveDraft(draft.id, removed, 'general');
    expect(sectionWrites()).toEqual([parent.id]);
    expect(sectionDeletes().sort()).toEqual(allIds([gone]));

    // Moved to another chapter: both parents' lists change, the moved section's own record stays.
    writes = [];
    const moved = editAt(
      editAt(removed, [0], (s) => ({ ...s, children: kept })),
      [1],
      (s) => ({ ...s, children: [...s.children, added] }),
    );
    await repo.saveDraft(draft.id, moved, 'general');
    expect(sectionWrites().sort()).toEqual([parent.id, moved.sections[1]!.id].sort());
    expect(sectionDeletes()).toEqual([]);
    expect(await openReport(repoOn(db), draft.id)).toEqual(moved);
    expect(await storedSectionIds(draft.id)).toEqual(allIds(moved.sections));
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
  it('duplicate makes an independent copy (same chapter ids, its own records), without the number and date', async () => {
    const repo = repoOn(db);
    const original = { ...base, title: 'gốc', header: { ...base.header, number: '125', date: '2024-05-02' } };
    const draft = await repo.createDraft('so-ket-tong-ket', original, 'general');
    const copy = await repo.duplicateDraft(draft.id);
    const copyReport = await openReport(repo, copy.id);
    await repo.saveDraft(copy.id, editChapter(copyReport, 0, 'chỉ bản sao'), 'general');
    expect((await openReport(repoOn(db), draft.id)).sections[0]!.heading).toBe(base.sections[0]!.heading);
    expect((await openReport(repoOn(db), copy.id)).sections[0]!.heading).toBe('chỉ bản sao');
    expect((await openReport(repoOn(db), copy.id)).title).toBe('gốc (bản sao)');
    expect((await openReport(repoOn(db), copy.id)).header).toMatchObject({ number: '', date: '' });
    expect((await openReport(repoOn(db), draft.id)).header).toMatchObject({ number: '125', date: '2024-05-02' });
  });

  it('delete hides a draft from the list, restore brings it back whole, purge removes head and sections', async () => {
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
    expect(await db.sections.count()).toBe(0);
  });

  it('a broken section record gives the Vietnamese broken-draft message, on open and in the list', async () => {
    const repo = repoOn(db);
    const good = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'còn tốt' }, 'general');
    const hurt = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'Báo cáo quý III' }, 'general');
    await db.sections.put({
      draftId: hurt.id,
      sectionId: base.sections[1]!.id,
      json: '{"heading": "x", "childIds": [',
    });
    const opened = await repoOn(db).getDraft(hurt.id);
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.message).toBe(
        'Bản nháp “Báo cáo quý III” bị hỏng (tại “sections.1”) nên không mở được. Các bản nháp khác không bị ảnh hưởng.',
      );
    const list = await repoOn(db).listDrafts();
    expect(list.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(list.broken.map((b) => b.id)).toEqual([hurt.id]);

    // A record that is missing altogether is reported the same way, at any depth.
    await db.sections.delete([good.id, base.sections[0]!.children[1]!.id]);
    const missing = await repoOn(db).getDraft(good.id);
    expect(!missing.ok && missing.message).toContain('“còn tốt” bị hỏng (tại “sections.0.children.1”)');
    await db.sections.delete([good.id, base.sections[0]!.id]);
    const missingChapter = await repoOn(db).getDraft(good.id);
    expect(!missingChapter.ok && missingChapter.message).toContain('“còn tốt” bị hỏng (tại “sections.0”)');
  });

  it('a section that parses but breaks the schema is reported too, and a child list pointing back up ends', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', { ...base, title: 'báo cáo năm' }, 'general');
    const third = base.sections[2]!;
    await db.sections.put({
      draftId: draft.id,
      sectionId: third.id,
      json: JSON.stringify({ heading: third.heading, blocks: 'hỏng', childIds: third.children.map((c) => c.id) }),
    });
    const read = await repoOn(db).getDraft(draft.id);
    expect(!read.ok && read.message).toContain('“báo cáo năm” bị hỏng (tại “sections.2.blocks”)');

    // A hand-edited record listing its own chapter as a child: assembled once, the repeat is reported.
    const first = base.sections[0]!;
    await db.sections.put({
      draftId: draft.id,
      sectionId: first.id,
      json: JSON.stringify({ heading: first.heading, blocks: first.blocks, childIds: [first.id] }),
    });
    const loop = await repoOn(db).getDraft(draft.id);
    expect(!loop.ok && loop.message).toContain('“báo cáo năm” bị hỏng (tại “sections.0.children.0”)');
  });

  it('sections whose ids repeat are stored whole in the head and read back unchanged', async () => {
    const twin: Section = { ...base.sections[0]!, heading: 'cùng mã' };
    const report = { ...base, sections: [base.sections[0]!, twin] };
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', report, 'general');
    expect(await db.sections.count()).toBe(0);
    expect(await openReport(repoOn(db), draft.id)).toEqual(report);
    const split = { ...report, sections: [base.sections[0]!, { ...twin, id: 'khac', children: [] }] };
    await repo.saveDraft(draft.id, split, 'general');
    expect(await storedSectionIds(draft.id)).toEqual(allIds(split.sections));
    expect(await openReport(repoOn(db), draft.id)).toEqual(split);
  });
});
