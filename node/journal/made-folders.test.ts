/**
 * The journal's folders are made once, on real files: a folder removed between writes is made again and the
 * write lands; any other failure is the caller's to report, not retried.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMadeFolders } from './made-folders';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'made-folders-'));
  dirs.push(root);
  const made: string[] = [];
  const folders = createMadeFolders(async (path) => {
    made.push(path);
    await mkdir(path, { recursive: true });
  });
  return { folder: join(root, 'drafts', 'a'), made, folders };
}

describe('journal folders made once', () => {
  it('makes the folder before the first write only', async () => {
    const { folder, made, folders } = await setup();
    await folders.writeIn(folder, () => writeFile(join(folder, '1.json'), 'một'));
    await folders.writeIn(folder, () => writeFile(join(folder, '2.json'), 'hai'));
    expect(made).toEqual([folder]);
    expect(await readFile(join(folder, '2.json'), 'utf8')).toBe('hai');
  });

  it('a folder removed between writes is made again, told to the caller, and the write lands', async () => {
    const { folder, made, folders } = await setup();
    await folders.writeIn(folder, () => writeFile(join(folder, '1.json'), 'một'));
    await rm(folder, { recursive: true });
    let gone = 0;
    await folders.writeIn(
      folder,
      () => writeFile(join(folder, '2.json'), 'hai'),
      () => void gone++,
    );
    expect(gone).toBe(1);
    expect(made).toEqual([folder, folder]);
    expect(await readFile(join(folder, '2.json'), 'utf8')).toBe('hai');
  });

  it('another failure is thrown as it is, without a retry', async () => {
    const { folder, folders } = await setup();
    let tries = 0;
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    await expect(
      folders.writeIn(folder, async () => {
        tries++;
        throw full;
      }),
    ).rejects.toBe(full);
    expect(tries).toBe(1);
  });

  it('a folder forgotten on purpose (a purged draft) is made again before the next write', async () => {
    const { folder, made, folders } = await setup();
    await folders.writeIn(folder, () => writeFile(join(folder, '1.json'), 'một'));
    folders.forget(folder);
    await folders.writeIn(folder, () => writeFile(join(folder, '2.json'), 'hai'));
    expect(made).toEqual([folder, folder]);
  });
});
