/** Scratch folders for tests (kept here so renderer tests need no Node import of their own). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeDir(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true });
}
