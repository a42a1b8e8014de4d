/**
 * Test support: a new, empty folder for each test of the calling file, removed after it. RAM-backed (/dev/shm)
 * where the machine has it: the fault-injection loops fsync hundreds of times, which a real disk makes slow
 * without checking anything more.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export function tempFolderPerTest(prefix: string): { readonly path: string } {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  let path: string | undefined;
  beforeEach(async () => {
    path = await mkdtemp(join(base, prefix));
  });
  afterEach(async () => {
    if (path) await rm(path, { recursive: true, force: true });
    path = undefined;
  });
  return {
    get path() {
      if (!path) throw new Error('tempFolderPerTest: the folder exists only while a test runs');
      return path;
    },
  };
}
