import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs, TEMP_PREFIX, writeFileAtomic, type AtomicFileHandle, type AtomicFs } from './atomic-write';
import { FileWriteError, fileWriteMessage } from './file-write-error';
import { tempFolderPerTest } from './testing/temp-folder-per-test';

/** Wraps the real fs and throws `{code}` at the k-th call (1-based) of any method, handles included. */
function faultyFs(failAt: number, code: string): { fsx: AtomicFs; calls: () => number } {
  let count = 0;
  const tick = () => {
    count++;
    if (count === failAt) throw Object.assign(new Error(`injected ${code}`), { code });
  };
  const wrapHandle = (h: AtomicFileHandle): AtomicFileHandle => ({
    writeFile: async (data) => (tick(), h.writeFile(data)),
    sync: async () => (tick(), h.sync()),
    // The real handle is always closed so an injected close failure does not leak a descriptor.
    close: async () => {
      await h.close();
      tick();
    },
  });
  const fsx: AtomicFs = {
    open: async (path, flags) => (tick(), wrapHandle(await realFs.open(path, flags))),
    rename: async (from, to) => (tick(), realFs.rename(from, to)),
    unlink: async (path) => (tick(), realFs.unlink(path)),
  };
  return { fsx, calls: () => count };
}

const OLD = new TextEncoder().encode('nội dung cũ — báo cáo tháng trước');
const NEW = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
/** Which version the destination holds; compared as bytes (deep-equal on 200 KB arrays is slow). */
async function contentAt(path: string): Promise<'old' | 'new' | 'absent' | 'other'> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return 'absent';
  if (bytes.equals(OLD)) return 'old';
  return bytes.equals(NEW) ? 'new' : 'other';
}

const CODES = ['ENOSPC', 'EIO', 'EBUSY', 'EPERM', 'EACCES', 'EROFS', 'ENOENT', 'EISDIR'];

const tmp = tempFolderPerTest('atomic-write-');

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file', async () => {
    const dest = join(tmp.path, 'Báo cáo.docx');
    await writeFileAtomic(dest, NEW);
    expect(await contentAt(dest)).toBe('new');
    expect(await readdir(tmp.path)).toEqual(['Báo cáo.docx']);
  });

  it('replaces an existing file', async () => {
    const dest = join(tmp.path, 'bc.docx');
    await writeFile(dest, OLD);
    await writeFileAtomic(dest, NEW);
    expect(await contentAt(dest)).toBe('new');
  });

  it('leaves old or new content and never a temp file, whichever call fails', async () => {
    const clean = faultyFs(0, 'NONE');
    await writeFileAtomic(join(tmp.path, 'count.docx'), NEW, clean.fsx, { platform: 'linux' });
    const n = clean.calls();
    expect(n).toBeGreaterThanOrEqual(7); // open, write, sync, close, rename, open dir, sync dir, close dir
    await rm(join(tmp.path, 'count.docx'));

    let failures = 0;
    for (const hadOld of [true, false]) {
      for (const code of CODES) {
        for (let k = 1; k <= n; k++) {
          const dest = join(tmp.path, 'bc.docx');
          await rm(dest, { force: true });
          if (hadOld) await writeFile(dest, OLD);
          const { fsx } = faultyFs(k, code);
          let error: unknown;
          await writeFileAtomic(dest, NEW, fsx, { platform: 'linux' }).catch((e: unknown) => (error = e));
          const now = await contentAt(dest);
          const names = await readdir(tmp.path);
          expect(
            names.filter((f) => f.startsWith(TEMP_PREFIX)),
            `k=${k} ${code}`,
          ).toEqual([]);
          if (error === undefined) {
            expect(now, `k=${k} ${code}`).toBe('new');
            continue;
          }
          failures++;
          expect(error).toBeInstanceOf(FileWriteError);
          const fwe = error as FileWriteError;
          expect(fwe.code).toBe(code);
          expect(fwe.message).toMatch(/^Không lưu được tệp vì/);
          if (fwe.step === 'fsync-dir') expect(now).toBe('new');
          else expect(now, `k=${k} ${code} step=${fwe.step}`).toBe(hadOld ? 'old' : 'absent');
        }
      }
    }
    // Every call before the rename must surface as an error (none is silently swallowed).
    expect(failures).toBeGreaterThanOrEqual(2 * CODES.length * 5);
  });

  it('reports a missing folder (USB pulled) in Vietnamese', async () => {
    const error = await writeFileAtomic(join(tmp.path, 'khong-co', 'bc.docx'), NEW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).code).toBe('ENOENT');
    expect((error as FileWriteError).message).toContain('USB có thể đã bị rút');
  });

  it('on Windows retries a rename locked by antivirus, then succeeds', async () => {
    let renames = 0;
    const waits: number[] = [];
    const fsx: AtomicFs = {
      ...realFs,
      rename: async (from, to) => {
        renames++;
        if (renames <= 2) throw Object.assign(new Error('locked'), { code: 'EPERM' });
        return realFs.rename(from, to);
      },
    };
    const dest = join(tmp.path, 'bc.docx');
    await writeFileAtomic(dest, NEW, fsx, { platform: 'win32', sleep: async (ms) => void waits.push(ms) });
    expect(renames).toBe(3);
    expect(waits).toEqual([100, 200]);
    expect(await contentAt(dest)).toBe('new');
  });

  it('on Windows gives up after a bounded wait when Word keeps the file open', async () => {
    const waits: number[] = [];
    const fsx: AtomicFs = {
      ...realFs,
      rename: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })),
    };
    const dest = join(tmp.path, 'bc.docx');
    await writeFile(dest, OLD);
    const error = await writeFileAtomic(dest, NEW, fsx, {
      platform: 'win32',
      sleep: async (ms) => void waits.push(ms),
    }).catch((e: unknown) => e);
    expect((error as FileWriteError).message).toContain('đang mở trong Word');
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    expect(await contentAt(dest)).toBe('old');
    expect(await readdir(tmp.path)).toEqual(['bc.docx']);
  });

  it('does not retry a locked rename on Linux (EACCES there is a real permission problem)', async () => {
    let renames = 0;
    const fsx: AtomicFs = {
      ...realFs,
      rename: async () => {
        renames++;
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    };
    await expect(writeFileAtomic(join(tmp.path, 'bc.docx'), NEW, fsx, { platform: 'linux' })).rejects.toThrow(
      /không có quyền ghi/,
    );
    expect(renames).toBe(1);
  });
});

describe('fileWriteMessage', () => {
  it.each([
    ['ENOSPC', 'đã đầy'],
    ['EROFS', 'chống ghi'],
    ['EACCES', 'không có quyền ghi'],
    ['EPERM', 'không có quyền ghi'],
    ['EBUSY', 'đang mở trong Word'],
    ['ENOENT', 'USB có thể đã bị rút'],
    ['ENODEV', 'USB có thể đã bị rút'],
    ['ENAMETOOLONG', 'quá dài'],
    ['EIO', 'lỗi đọc/ghi'],
    ['EWHATEVER', 'mã EWHATEVER'],
    ['', 'mã không rõ'],
  ])('%s → a sentence saying what happened and what to do', (code, phrase) => {
    const message = fileWriteMessage(code);
    expect(message).toContain(phrase);
    expect(message).toMatch(/Hãy .+\.$/);
    expect(message).toBe(message.normalize('NFC'));
  });
});
