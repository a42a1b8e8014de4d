import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileDurable } from './create-file-durable';
import { FileWriteError } from './file-write-error';
import { faultySubmissionFs } from './testing/faulty-fs';
import { tempFolderPerTest } from './testing/temp-folder-per-test';

const tmp = tempFolderPerTest('create-file-durable-');

const DATA = new TextEncoder().encode('{"tiêu đề":"Mục 1"}');

describe('createFileDurable', () => {
  it('writes the bytes under the name itself: no temp file, one open, write, fsync and close', async () => {
    const faulty = faultySubmissionFs(0, 'EIO');
    await createFileDurable(join(tmp.path, 'a.json'), DATA, faulty.fsx);
    expect(await readFile(join(tmp.path, 'a.json'))).toEqual(Buffer.from(DATA));
    expect(await readdir(tmp.path)).toEqual(['a.json']);
    expect(faulty.log).toEqual(['open', 'write', 'fsync', 'close']);
  });

  it('refuses a name already taken (EEXIST) and leaves that file as it was', async () => {
    await writeFile(join(tmp.path, 'a.json'), 'cũ');
    const error = await createFileDurable(join(tmp.path, 'a.json'), DATA, faultySubmissionFs(0, 'EIO').fsx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(tmp.path, 'a.json'), 'utf8')).toBe('cũ');
  });

  it('whichever step fails, nothing is left under the name and the error says which code', async () => {
    for (const [k, step] of [
      [1, 'open'],
      [2, 'write'],
      [3, 'fsync'],
      [4, 'close'],
    ] as const) {
      const path = join(tmp.path, `b${k}.json`);
      const error = await createFileDurable(path, DATA, faultySubmissionFs(k, 'ENOSPC').fsx).catch((e: unknown) => e);
      expect(error, step).toMatchObject({ code: 'ENOSPC', step });
      expect(existsSync(path), step).toBe(false);
    }
  });
});
