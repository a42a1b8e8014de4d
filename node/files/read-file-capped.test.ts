/**
 * The capped reader behind "Mở tệp bản nháp", USB packages and CLI inputs, on real special files
 * (Linux): a FIFO, a symlink to /dev/zero, a directory. None may block, read without end or starve
 * libuv's thread pool so that the journal's saves stall.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { openDraftFileAt, DRAFT_FILE_IPC_MESSAGES } from '../journal/draft-file-ipc';
import { readFileCapped } from './read-file-capped';

const linux = process.platform === 'linux';
if (!linux) console.log('[read-file-capped.test] FIFO and /dev/zero cases skipped: they need Linux');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'capped-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Settles with the outcome, or 'pending' when `promise` is still open after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<{ value?: T; error?: unknown } | 'pending'> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}

describe('readFileCapped', () => {
  it('reads a regular file, and a symlink to one', async () => {
    writeFileSync(join(dir, 'a.json'), 'xin chào');
    symlinkSync(join(dir, 'a.json'), join(dir, 'link.json'));
    expect(new TextDecoder().decode((await readFileCapped(join(dir, 'a.json'), 100)) as Uint8Array)).toBe('xin chào');
    expect(new TextDecoder().decode((await readFileCapped(join(dir, 'link.json'), 100)) as Uint8Array)).toBe(
      'xin chào',
    );
    expect(await readFileCapped(join(dir, 'a.json'), 5)).toBe('too-large');
  });

  it('refuses a directory with EISDIR', async () => {
    mkdirSync(join(dir, 'thu-muc.baocao.json'));
    await expect(readFileCapped(join(dir, 'thu-muc.baocao.json'), 100)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it.runIf(linux)('refuses a symlink to /dev/zero at once, reading nothing', async () => {
    symlinkSync('/dev/zero', join(dir, 'x.baocao.json'));
    const before = process.memoryUsage().arrayBuffers;
    const outcome = await within(readFileCapped(join(dir, 'x.baocao.json'), 8 * 1024 * 1024), 10_000);
    expect(outcome).not.toBe('pending');
    expect(outcome).toMatchObject({ error: { code: 'ENOTREG' } });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it.runIf(linux)('refuses a FIFO without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.baocao.json')]);
    const outcome = await within(readFileCapped(join(dir, 'pipe.baocao.json'), 1024), 10_000);
    expect(outcome).toMatchObject({ error: { code: 'ENOTREG' } });
  });

  it.runIf(linux)('after four FIFO picks, an atomic journal-style save still completes', async () => {
    const reads = [1, 2, 3, 4].map((i) => {
      execFileSync('mkfifo', [join(dir, `fifo${i}`)]);
      return within(readFileCapped(join(dir, `fifo${i}`), 1024), 10_000);
    });
    const save = await within(
      writeFileAtomic(join(dir, 'journal.json'), new TextEncoder().encode('{"ok":true}')),
      10_000,
    );
    expect(save).not.toBe('pending');
    expect(await readFile(join(dir, 'journal.json'), 'utf8')).toBe('{"ok":true}');
    for (const outcome of await Promise.all(reads)) expect(outcome).toMatchObject({ error: { code: 'ENOTREG' } });
  });

  it.runIf(linux)('"Mở tệp bản nháp" on a FIFO says it is not a draft file', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.baocao.json')]);
    const response = await openDraftFileAt(join(dir, 'pipe.baocao.json'), {
      readFile: readFileCapped,
      findJournalDraft: async () => null,
    });
    expect(response).toEqual({ status: 'error', message: DRAFT_FILE_IPC_MESSAGES.notAFile });
  });
});
