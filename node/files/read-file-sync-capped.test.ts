import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSyncCapped } from './read-file-sync-capped';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-sync-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileSyncCapped (quit-time installer check)', () => {
  it('reads a regular file, refuses one over the cap, and null when absent', () => {
    writeFileSync(join(dir, 'a.exe'), 'abc');
    expect(readFileSyncCapped(join(dir, 'a.exe'), 3)).toEqual(new TextEncoder().encode('abc'));
    expect(readFileSyncCapped(join(dir, 'a.exe'), 2)).toBe('too-large');
    expect(readFileSyncCapped(join(dir, 'missing.exe'), 10)).toBeNull();
  });

  it('a FIFO in the installer’s place neither blocks the quit nor is read', () => {
    if (process.platform === 'win32') return console.info('FIFO check skipped: no mkfifo on Windows');
    const fifo = join(dir, 'setup.exe');
    execFileSync('mkfifo', [fifo]);
    expect(readFileSyncCapped(fifo, 10)).toBeNull();
  });
});
