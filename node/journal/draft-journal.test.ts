/**
 * The journal on a real temporary folder: save/read/list, trash and purge, checkpoints and restore, recovery
 * check; then the same writes with a file system that fails the N-th call for every N (T-01) and on a real
 * 64 KB tmpfs (T-02, root only): a half-written journal file is never read back and the old copy survives.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import type { Report } from '../../core/model/report-schema';
import { createDraftJournal, type ValidDraftInput } from './draft-journal';
import { realJournalFs, type JournalFs } from './journal-fs';
import { createJournalHandlers } from './journal-ipc';
import { TRASH_KEEP_MS } from './retention';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'journal-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function draft(id: string, text: string, updatedAt = 1000): ValidDraftInput {
  return {
    id,
    templateId: 'so-ket-tong-ket',
    createdAt: 1,
    updatedAt,
    lastStepKey: 'general',
    report: minimalReport({ title: `báo cáo ${text}`, sections: [section('Tình hình', [textParagraph(text)])] }),
  };
}

describe('draft journal', () => {
  it('saves, reads back after a restart, counts revisions and reports what IndexedDB lacks', async () => {
    const userData = await tempDir();
    let clock = 10_000;
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => clock });
    expect(await journal.save(draft('a', 'một'), 'edit')).toMatchObject({ revision: 1 });
    clock += 1000;
    expect(await journal.save(draft('a', 'hai', 2000), 'edit')).toMatchObject({ revision: 2 });
    await journal.save(draft('b', 'ba', 3000), 'edit');

    const restarted = createDraftJournal({ userData, fs: realJournalFs, now: () => clock });
    expect((await restarted.read('a')).report.sections[0]!.blocks[0]).toEqual(textParagraph('hai'));
    expect((await restarted.list()).map((d) => [d.id, d.revision, d.title])).toEqual([
      ['b', 1, 'báo cáo ba'],
      ['a', 2, 'báo cáo hai'],
    ]);
    const recoverable = await restarted.recoveryCheck([{ id: 'a', updatedAt: 1500 }]);
    expect(recoverable.map((d) => [d.id, d.why])).toEqual([
      ['b', 'missing'],
      ['a', 'newer'],
    ]);
    expect(
      await restarted.recoveryCheck([
        { id: 'a', updatedAt: 2000 },
        { id: 'b', updatedAt: 3000 },
      ]),
    ).toEqual([]);
  });

  it('keeps trashed drafts 30 days, then purges them with their revisions', async () => {
    const userData = await tempDir();
    let clock = 50_000;
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => clock });
    await journal.save(draft('a', 'một'), 'step-change');
    await journal.setTrashed('a', true);
    clock += TRASH_KEEP_MS - 1;
    expect(await journal.purgeTrash()).toEqual([]);
    expect((await journal.list())[0]?.deletedAt).toBe(50_000);
    clock += 1;
    expect(await journal.purgeTrash()).toEqual(['a']);
    expect(await readdir(join(userData, 'drafts'))).toEqual([]);
  });

  it('takes checkpoints, named versions, and restores one undoably', async () => {
    const userData = await tempDir();
    let clock = 1_700_000_000_000;
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => clock });
    const first = await journal.save(draft('a', 'bản đầu'), 'step-change');
    expect(first.checkpointId).toBeDefined();
    clock += 60_000;
    expect((await journal.save(draft('a', 'sửa lần hai'), 'edit')).checkpointId).toBeUndefined();
    const named = await journal.createVersion('a', 'Bản gửi xin ý kiến');
    clock += 60_000;
    await journal.save(draft('a', 'sửa lần ba'), 'edit');

    const { record, undoRevisionId } = await journal.restoreRevision('a', first.checkpointId!);
    expect(record.report.sections[0]!.blocks[0]).toEqual(textParagraph('bản đầu'));
    expect(record.revision).toBe(4);
    const undo = await journal.readRevision('a', undoRevisionId);
    expect(undo.record.report.sections[0]!.blocks[0]).toEqual(textParagraph('sửa lần ba'));
    const kinds = (await journal.listRevisions('a')).map((r) => [r.kind, r.name]);
    expect(kinds).toEqual([
      ['restore', 'Trước khi khôi phục'],
      ['named', 'Bản gửi xin ý kiến'],
      ['auto', ''],
    ]);
    expect(named.kind).toBe('named');
    await expect(journal.readRevision('a', '../../etc/passwd')).rejects.toThrow();
  });

  it('refuses ids that could escape the folder, and hostile reports, before touching the disk', async () => {
    const userData = await tempDir();
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => 1 });
    await expect(journal.save({ ...draft('a', 'x'), id: '../x' }, 'edit')).rejects.toThrow();
    const handlers = createJournalHandlers(journal, () => undefined);
    const bad = await handlers.save({
      draft: { ...draft('a', 'x'), report: { __proto__: { polluted: 1 } } },
      reason: 'edit',
    });
    expect(bad).toMatchObject({ status: 'error', reason: 'invalid-draft' });
    const huge = await handlers.save({
      draft: { ...draft('a', 'x'), report: { t: 'x'.repeat(6 * 1024 * 1024) } },
      reason: 'edit',
    });
    expect(huge).toMatchObject({ status: 'error', reason: 'too-large' });
    expect(await readdir(userData)).toEqual([]);
  });
});

/** Wraps the real fs; the k-th call (counting every method) throws `code`. */
function failingFs(k: number, code: string): { fs: JournalFs; calls: () => number } {
  let n = 0;
  const tick = () => {
    n++;
    if (n === k) throw Object.assign(new Error(code), { code });
  };
  const fs: JournalFs = {
    open: async (path, flags) => {
      tick();
      const handle = await realJournalFs.open(path, flags);
      return {
        writeFile: async (data) => {
          tick();
          // A failed write leaves half the bytes behind, like a full disk does.
          if (n + 1 === k) {
            await handle.writeFile(data.subarray(0, data.length >> 1));
            tick();
          }
          return handle.writeFile(data);
        },
        sync: async () => (tick(), handle.sync()),
        close: async () => (tick(), handle.close()),
      };
    },
    rename: async (a, b) => (tick(), realJournalFs.rename(a, b)),
    unlink: async (p) => (tick(), realJournalFs.unlink(p)),
    readFile: async (p) => (tick(), realJournalFs.readFile(p)),
    size: async (p) => (tick(), realJournalFs.size(p)),
    readdir: async (p) => (tick(), realJournalFs.readdir(p)),
    mkdir: async (p) => (tick(), realJournalFs.mkdir(p)),
    remove: async (p) => (tick(), realJournalFs.remove(p)),
  };
  return { fs, calls: () => n };
}

describe('journal writes under injected failures (T-01)', () => {
  it('for every N: a failed save leaves the previous good copy readable and never a partial one', async () => {
    const probeDir = await tempDir();
    const probe = failingFs(Number.POSITIVE_INFINITY, 'EIO');
    const seeded = createDraftJournal({ userData: probeDir, fs: realJournalFs, now: () => 1 });
    await seeded.save(draft('a', 'bản tốt'), 'edit');
    const counting = createDraftJournal({ userData: probeDir, fs: probe.fs, now: () => 1, log: () => undefined });
    const before = probe.calls();
    await counting.save(draft('a', 'bản mới'), 'step-change');
    const total = probe.calls() - before;
    expect(total).toBeGreaterThan(5);

    const outcomes = new Set<string>();
    for (const code of ['EIO', 'ENOSPC']) {
      for (let k = 1; k <= total; k++) {
        const userData = await tempDir();
        await createDraftJournal({ userData, fs: realJournalFs, now: () => 1 }).save(draft('a', 'bản tốt'), 'edit');
        const { fs } = failingFs(k, code);
        const journal = createDraftJournal({ userData, fs, now: () => 1, log: () => undefined });
        const result = await createJournalHandlers(journal, () => undefined).save({
          draft: draft('a', 'bản mới'),
          reason: 'step-change',
        });
        const reread = await createDraftJournal({ userData, fs: realJournalFs, now: () => 1 }).read('a');
        const text = reread.report.sections[0]!.blocks[0];
        // Old or new, never anything else; "saved" only when the new copy is really there. (A failure after the
        // rename — the folder fsync — may leave the new copy in place while reporting an error.)
        expect([textParagraph('bản tốt'), textParagraph('bản mới')]).toContainEqual(text);
        if (result.status === 'saved') expect(text).toEqual(textParagraph('bản mới'));
        else {
          outcomes.add(JSON.stringify(text));
          if (code === 'ENOSPC')
            expect(result).toMatchObject({
              reason: 'disk-full',
              message: expect.stringContaining('Ổ đĩa máy tính đã đầy'),
            });
        }
        const leftovers = (await readdir(join(userData, 'drafts'))).filter((n) => n.endsWith('.tmp'));
        expect(leftovers).toEqual([]);
      }
    }
    // Most failures happen before the rename: the previous good copy is what survives.
    expect(outcomes).toContain(JSON.stringify(textParagraph('bản tốt')));
  });
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
describe('a real full disk (T-02)', () => {
  it('ENOSPC on a 64 KB tmpfs: typed disk-full error, the earlier copy intact', async (ctx) => {
    const mountPoint = await tempDir();
    try {
      if (!isRoot) throw new Error('not root');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
    } catch (error) {
      console.info(`[journal] tmpfs ENOSPC test skipped: ${error instanceof Error ? error.message : String(error)}`);
      ctx.skip();
      return;
    }
    try {
      const journal = createDraftJournal({ userData: mountPoint, fs: realJournalFs, now: () => 1 });
      const handlers = createJournalHandlers(journal, () => undefined);
      expect(await handlers.save({ draft: draft('a', 'bản tốt'), reason: 'blur' })).toMatchObject({ status: 'saved' });
      const big = {
        ...draft('a', 'x'),
        report: minimalReport({ sections: [section('Đầy', [textParagraph('đầy '.repeat(20_000))])] }),
      };
      const result = await handlers.save({ draft: big, reason: 'blur' });
      expect(result).toMatchObject({ status: 'error', reason: 'disk-full' });
      const reread = await createDraftJournal({ userData: mountPoint, fs: realJournalFs, now: () => 1 }).read('a');
      expect(reread.report.sections[0]!.blocks[0]).toEqual(textParagraph('bản tốt'));
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});

/** ~100 pages: 300 paragraphs of Vietnamese prose, footnotes every tenth, a table per chapter. */
function hundredPageReport(): Report {
  const sentence =
    'Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng triển khai thực hiện nghiêm túc Kết luận số 23-KL/TW, gắn với nhiệm vụ chính trị của địa phương. ';
  const chapters = Array.from({ length: 10 }, (_, c) =>
    section(`Chương ${c + 1}`, [
      ...Array.from({ length: 30 }, (_, p) =>
        textParagraph(
          sentence.repeat(4),
          p % 10 === 0
            ? [
                {
                  type: 'footnote',
                  paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: `Chú thích ${c}.${p}` }] }],
                },
              ]
            : [],
        ),
      ),
      {
        type: 'table',
        headerRows: 1,
        rows: Array.from({ length: 12 }, (_, r) => ({
          cells: Array.from({ length: 5 }, (_, k) => ({
            paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: `Ô ${r}-${k} tỷ lệ 95,5%` }] }],
          })),
        })),
      },
    ]),
  );
  return minimalReport({ sections: chapters });
}

// How fast is measured by `npm run bench` and bench/journal-main-thread.ts, not asserted here: on a machine
// busy with other jobs a time limit fails for reasons that are not the journal's.
describe('save time of a 100-page draft', () => {
  it('50 saves in a row all land (validation + atomic write with fsync); p50/p95 printed', async () => {
    const userData = await tempDir();
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => Date.now() });
    const handlers = createJournalHandlers(journal, () => undefined);
    const report = hundredPageReport();
    const bytes = JSON.stringify(report).length;
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const result = await handlers.save({ draft: { ...draft('big', ''), report, updatedAt: i }, reason: 'edit' });
      times.push(performance.now() - t0);
      expect(result.status).toBe('saved');
    }
    times.sort((a, b) => a - b);
    const p50 = times[24]!;
    const p95 = times[47]!;
    console.info(
      `[journal] 100-page draft (${Math.round(bytes / 1024)} KB JSON): save p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over 50 saves`,
    );
    const restarted = createDraftJournal({ userData, fs: realJournalFs, now: () => Date.now() });
    expect(await restarted.read('big')).toMatchObject({ revision: 50, updatedAt: 49, report });
  });
});
