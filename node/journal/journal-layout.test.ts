/**
 * The journal's files on disk since journal version 2 (a manifest per draft naming its records by hash), and
 * the files the previous release wrote (version 1: the whole report in each file), on real files in a temp
 * folder: old journals are read, restored and carried on; an autosave of one paragraph writes one record.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model/report-schema';
import { flattenSections, sectionJson } from '../../core/model/section-records';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import type { JournalSaveRequest } from '../../electron/ipc/journal-types';
import { createDraftJournal } from './draft-journal';
import { realJournalFs } from './journal-fs';
import { createJournalHandlers } from './journal-ipc';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempUserData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'journal-layout-'));
  dirs.push(dir);
  return dir;
}

function journalAt(userData: string, start = 1_700_001_000_000) {
  let clock = start;
  const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => (clock += 1000), log: () => undefined });
  return { journal, handlers: createJournalHandlers(journal, () => undefined) };
}

const paragraphOf = (report: unknown, i: number) => (report as Report).sections[i]!.blocks[0];

/** The autosave's request, built as the renderer builds it. */
function autosave(
  id: string,
  report: Report,
  updatedAt: number,
  reason: JournalSaveRequest['reason'] = 'edit',
): JournalSaveRequest {
  const all = flattenSections(report.sections)!;
  return {
    draft: {
      id,
      templateId: 'so-ket-tong-ket',
      createdAt: 1,
      updatedAt,
      lastStepKey: 'general',
      report: { ...report, sections: [] },
      sections: {
        chapterIds: report.sections.map((s) => s.id),
        records: all.map((s): [string, string] => [s.id, sectionJson(s)]),
      },
    },
    reason,
  };
}

const longReport = (word: string) =>
  minimalReport({
    title: 'báo cáo dài',
    sections: Array.from({ length: 12 }, (_, i) => ({
      ...section(`Mục ${i}`, [textParagraph(i === 3 ? word : `Nội dung ${i}`)]),
      id: `muc${i}`,
    })),
  });

describe('a journal written by the previous release (version 1 files)', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'journal-v1');

  it('lists and reads the draft, its checkpoint and named version, and its backup copy', async () => {
    const userData = await tempUserData();
    await cp(fixture, userData, { recursive: true });
    const { journal } = journalAt(userData);
    expect(await journal.list()).toEqual([expect.objectContaining({ id: 'banv1', title: 'báo cáo ba', revision: 3 })]);
    const draft = await journal.read('banv1');
    expect(paragraphOf(draft.report, 0)).toEqual(textParagraph('Đoạn ba'));
    expect((draft.report as Report).sections[0]!.children[0]!.heading).toBe('Chi tiết');

    const revisions = await journal.listRevisions('banv1');
    expect(revisions.map((r) => [r.kind, r.name, r.title])).toEqual([
      ['named', 'Bản gửi xin ý kiến', 'báo cáo hai'],
      ['auto', '', 'báo cáo một'],
    ]);
    expect(paragraphOf((await journal.readRevision('banv1', revisions[1]!.revisionId)).record.report, 0)).toEqual(
      textParagraph('Đoạn một'),
    );
    expect((await journal.listDraftBackups('banv1')).map((b) => b.title)).toEqual(['báo cáo hai']);
  });

  it('is carried on: the next autosave writes version 2, the old revisions stay restorable, all after a restart', async () => {
    const userData = await tempUserData();
    await cp(fixture, userData, { recursive: true });
    const { journal, handlers } = journalAt(userData);
    const old = await journal.read('banv1');
    const edited: Report = {
      ...old.report,
      sections: [{ ...old.report.sections[0]!, blocks: [textParagraph('Đoạn bốn')] }, ...old.report.sections.slice(1)],
    };
    expect(await handlers.save(autosave('banv1', edited, 1_700_000_500_000))).toMatchObject({
      status: 'saved',
      revision: 4,
    });
    expect((await readFile(join(userData, 'drafts', 'banv1.json'), 'utf8')).startsWith('{"journalVersion":2,')).toBe(
      true,
    );

    const { journal: restarted } = journalAt(userData, 1_700_002_000_000);
    expect(paragraphOf((await restarted.read('banv1')).report, 0)).toEqual(textParagraph('Đoạn bốn'));
    const named = (await restarted.listRevisions('banv1')).find((r) => r.kind === 'named')!;
    const restored = await restarted.restoreRevision('banv1', named.revisionId);
    expect(paragraphOf(restored.record.report, 0)).toEqual(textParagraph('Đoạn hai'));
    // The restore is undoable, and the undo checkpoint (version 2) reads back.
    const undo = await restarted.readRevision('banv1', restored.undoRevisionId);
    expect(paragraphOf(undo.record.report, 0)).toEqual(textParagraph('Đoạn bốn'));
  });
});

describe('version 2 files', () => {
  it('an autosave of one edited paragraph writes that section’s record and the small manifest only', async () => {
    const userData = await tempUserData();
    const { journal, handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('trước'), 1000));
    const records = join(userData, 'drafts', 'dai', 'records');
    const before = new Set(await readdir(records));
    expect(before.size).toBe(13); // the head and 12 sections

    await handlers.save(autosave('dai', longReport('sau'), 2000));
    const added = (await readdir(records)).filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    expect(await readFile(join(records, added[0]!), 'utf8')).toContain('"sau"');
    expect((await readFile(join(userData, 'drafts', 'dai.json'))).byteLength).toBeLessThan(3000);
    expect(paragraphOf((await journal.read('dai')).report, 3)).toEqual(textParagraph('sau'));
  });

  it('writes the new record under its name and makes it and its folder entry durable before the manifest is put in place', async () => {
    const userData = await tempUserData();
    const log: string[] = [];
    const rel = (path: string) => path.slice(userData.length + 1).replaceAll('\\', '/');
    const fs: typeof realJournalFs = {
      ...realJournalFs,
      open: async (path, flags) => {
        const handle = await realJournalFs.open(path, flags);
        log.push(`open ${rel(path)} ${flags}`);
        return {
          writeFile: (data) => handle.writeFile(data),
          sync: async () => {
            await handle.sync();
            log.push(`fsync ${rel(path)}`);
          },
          close: () => handle.close(),
        };
      },
      rename: async (from, to) => {
        await realJournalFs.rename(from, to);
        log.push(`rename ${rel(to)}`);
      },
    };
    const journal = createDraftJournal({ userData, fs, now: () => 1_700_001_000_000, log: () => undefined });
    const handlers = createJournalHandlers(journal, () => undefined);
    await handlers.save(autosave('dai', longReport('trước'), 1000));
    log.length = 0;
    await handlers.save(autosave('dai', longReport('sau'), 2000));

    const record = log.find((line) => /^open drafts\/dai\/records\/[0-9a-f]{64}\.json wx$/.test(line));
    expect(record).toBeDefined();
    const recordPath = record!.split(' ')[1]!;
    const at = (line: string) => log.indexOf(line);
    expect(log.filter((line) => line.startsWith('rename drafts/dai/records'))).toEqual([]);
    // The record's content and its folder entry (fsynced once the name is in, whichever finishes first) are
    // both durable before the manifest naming the record is renamed into place, and that rename after it.
    expect(at(`fsync ${recordPath}`)).toBeGreaterThan(at(record!));
    expect(at('fsync drafts/dai/records')).toBeGreaterThan(at(record!));
    expect(at('rename drafts/dai.json')).toBeGreaterThan(at(`fsync ${recordPath}`));
    expect(at('rename drafts/dai.json')).toBeGreaterThan(at('fsync drafts/dai/records'));
    expect(at('fsync drafts')).toBeGreaterThan(at('rename drafts/dai.json'));
  });

  it('refuses a changed section the schema rejects, and a tree that names a section twice, keeping the last good state', async () => {
    const userData = await tempUserData();
    const { journal, handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('tốt'), 1000));

    const tooLong = autosave('dai', longReport('x'.repeat(200_000)), 2000);
    expect(await handlers.save(tooLong)).toMatchObject({ status: 'error', reason: 'invalid-draft' });
    const twice = autosave('dai', longReport('tốt'), 3000);
    twice.draft.sections!.chapterIds.push('muc0');
    expect(await handlers.save(twice)).toMatchObject({ status: 'error', reason: 'invalid-draft' });
    const badId = autosave('dai', longReport('tốt'), 4000);
    badId.draft.sections!.records[0]![0] = '../muc0';
    badId.draft.sections!.chapterIds[0] = '../muc0';
    expect(await handlers.save(badId)).toMatchObject({ status: 'error', reason: 'invalid-draft' });

    expect(paragraphOf((await journal.read('dai')).report, 3)).toEqual(textParagraph('tốt'));
  });

  it('a damaged record makes the draft come back from its checkpoint at the next start', async () => {
    const userData = await tempUserData();
    const { handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('một'), 1000, 'step-change'));
    await handlers.save(autosave('dai', longReport('hai'), 2000));
    const records = join(userData, 'drafts', 'dai', 'records');
    for (const name of await readdir(records)) {
      const path = join(records, name);
      if ((await readFile(path, 'utf8')).includes('"hai"')) await writeFile(path, '{"hỏng":');
    }
    const { journal } = journalAt(userData, 1_700_009_000_000);
    expect(paragraphOf((await journal.read('dai')).report, 3)).toEqual(textParagraph('một'));
    expect((await readdir(join(userData, 'drafts'))).some((n) => /^dai\.damaged-\d+\.json$/.test(n))).toBe(true);
  });

  it('records no longer named by the draft or a revision are removed after a checkpoint', async () => {
    const userData = await tempUserData();
    const { journal, handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('một'), 1000, 'step-change'));
    for (const word of ['hai', 'ba', 'bốn']) await handlers.save(autosave('dai', longReport(word), 2000));
    const records = join(userData, 'drafts', 'dai', 'records');
    expect(await readdir(records)).toHaveLength(16);
    await handlers.save(autosave('dai', longReport('năm'), 3000, 'step-change'));
    // "một" is kept by the first checkpoint, "năm" by the draft and the second; "hai", "ba", "bốn" are gone.
    const texts = await Promise.all((await readdir(records)).map((n) => readFile(join(records, n), 'utf8')));
    expect(texts.filter((t) => /"(hai|ba|bốn)"/.test(t))).toEqual([]);
    expect(texts).toHaveLength(14);
    const revisions = await journal.listRevisions('dai');
    expect(paragraphOf((await journal.readRevision('dai', revisions.at(-1)!.revisionId)).record.report, 3)).toEqual(
      textParagraph('một'),
    );
  });
});

describe('a damaged record on disk', () => {
  it('is written again, not trusted by its name, when a later save names the same content', async () => {
    const userData = await tempUserData();
    const { handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('một'), 1000, 'step-change'));
    await handlers.save(autosave('dai', longReport('hai'), 2000));
    const records = join(userData, 'drafts', 'dai', 'records');
    const damaged: string[] = [];
    for (const name of await readdir(records)) {
      const path = join(records, name);
      if ((await readFile(path, 'utf8')).includes('"hai"')) {
        await writeFile(path, '{"hỏng":');
        damaged.push(path);
      }
    }
    // After a restart the draft comes back as "một"; the clerk types "hai" again: the record must be rewritten.
    const { journal, handlers: again } = journalAt(userData, 1_700_009_000_000);
    expect(paragraphOf((await journal.read('dai')).report, 3)).toEqual(textParagraph('một'));
    expect(await again.save(autosave('dai', longReport('hai'), 3000))).toMatchObject({ status: 'saved' });
    expect(await readFile(damaged[0]!, 'utf8')).toContain('"hai"');
    const { journal: later } = journalAt(userData, 1_700_019_000_000);
    expect(paragraphOf((await later.read('dai')).report, 3)).toEqual(textParagraph('hai'));
  });
});

describe('an autosave whose records cannot be written', () => {
  it('leaves the previous manifest in place and no temp file, although the manifest was prepared at the same time', async () => {
    const userData = await tempUserData();
    let failRecords = false;
    const fs = {
      ...realJournalFs,
      open: (path: string, flags: string) =>
        failRecords && path.includes(join('dai', 'records')) && flags === 'wx'
          ? Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))
          : realJournalFs.open(path, flags),
    };
    const journal = createDraftJournal({ userData, fs, now: () => 1_700_001_000_000, log: () => undefined });
    const handlers = createJournalHandlers(journal, () => undefined);
    expect(await handlers.save(autosave('dai', longReport('một'), 1000))).toMatchObject({ status: 'saved' });
    const manifestBefore = await readFile(join(userData, 'drafts', 'dai.json'));
    failRecords = true;
    expect(await handlers.save(autosave('dai', longReport('hai'), 2000))).toMatchObject({ status: 'error' });
    expect(await readFile(join(userData, 'drafts', 'dai.json'))).toEqual(manifestBefore);
    expect((await readdir(join(userData, 'drafts'))).filter((name) => name.startsWith('.~'))).toEqual([]);
    const { journal: restarted } = journalAt(userData, 1_700_009_000_000);
    expect(paragraphOf((await restarted.read('dai')).report, 3)).toEqual(textParagraph('một'));
  });
});

describe('journal folders removed while the app runs (by hand, by a cleaning tool)', () => {
  it('the drafts folder: the next autosave makes it again with every record, even with nothing new to write', async () => {
    const userData = await tempUserData();
    const { handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('một'), 1000));
    await handlers.save(autosave('khac', longReport('khác'), 1000));
    await rm(join(userData, 'drafts'), { recursive: true, force: true });
    // The same content again (only the time changed): no new record, yet every record must be back on disk.
    expect(await handlers.save(autosave('dai', longReport('một'), 2000))).toMatchObject({ status: 'saved' });
    // The other draft's records went with the folder too: its next edit writes them all again.
    expect(await handlers.save(autosave('khac', longReport('khác nữa'), 2000))).toMatchObject({ status: 'saved' });
    const { journal } = journalAt(userData, 1_700_009_000_000);
    expect(paragraphOf((await journal.read('dai')).report, 3)).toEqual(textParagraph('một'));
    expect(paragraphOf((await journal.read('khac')).report, 3)).toEqual(textParagraph('khác nữa'));
  });

  it("a draft's records folder: the next autosave that writes a record writes all of them again", async () => {
    const userData = await tempUserData();
    const { handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('một'), 1000));
    await rm(join(userData, 'drafts', 'dai', 'records'), { recursive: true, force: true });
    expect(await handlers.save(autosave('dai', longReport('hai'), 2000))).toMatchObject({ status: 'saved' });
    expect(await readdir(join(userData, 'drafts', 'dai', 'records'))).toHaveLength(13);
    const { journal } = journalAt(userData, 1_700_009_000_000);
    expect(paragraphOf((await journal.read('dai')).report, 3)).toEqual(textParagraph('hai'));
  });

  it('a purged draft: a new draft with the same id saves into a new folder', async () => {
    const userData = await tempUserData();
    const { journal, handlers } = journalAt(userData);
    await handlers.save(autosave('dai', longReport('một'), 1000));
    await journal.setTrashed('dai', true);
    await journal.purge('dai');
    expect(await handlers.save(autosave('dai', longReport('mới'), 2000))).toMatchObject({ status: 'saved' });
    const { journal: restarted } = journalAt(userData, 1_700_009_000_000);
    expect(paragraphOf((await restarted.read('dai')).report, 3)).toEqual(textParagraph('mới'));
  });
});
