import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileDurable } from './create-file-durable';
import { FileWriteError } from './file-write-error';
import { faultySubmissionFs } from './testing/faulty-fs';

const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(base, 'create-file-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DATA = new TextEncoder().encode('{"tiêu đề":"Mục 1"}');

describe('createFileDurable', () => {
  it('writes the bytes under the name itself: no temp file, one open, write, fsync and close', async () => {
    const faulty = faultySubmissionFs(0, 'EIO');
    await createFileDurable(join(dir, 'a.json'), DATA, faulty.fsx);
    expect(await readFile(join(dir, 'a.json'))).toEqual(Buffer.from(DATA));
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(faulty.log).toEqual(['open', 'write', 'fsync', 'close']);
  });

  it('refuses a name already taken (EEXIST) and leaves that file as it was', async () => {
    await writeFile(join(dir, 'a.json'), 'cũ');
    const error = await createFileDurable(join(dir, 'a.json'), DATA, faultySubmissionFs(0, 'EIO').fsx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('cũ');
  });

  it('whichever step fails, nothing is left under the name and the error says which code', async () => {
    for (const [k, step] of [
      [1, 'open'],
      [2, 'write'],
      [3, 'fsync'],
      [4, 'close'],
    ] as const) {
      const path = join(dir, `b${k}.json`);
      const error = await createFileDurable(path, DATA, faultySubmissionFs(k, 'ENOSPC').fsx).catch((e: unknown) => e);
      expect(error, step).toMatchObject({ code: 'ENOSPC', step });
      expect(existsSync(path), step).toBe(false);
    }
  });
});
