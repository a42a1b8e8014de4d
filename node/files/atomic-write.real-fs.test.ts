/**
 * Real full and read-only file systems (T-02): a 64 KB tmpfs stands in for a full USB stick and a
 * read-only remount for a write-protected one. Needs root and `mount`; skipped, saying so, otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { FileWriteError } from './file-write-error';

const mountPoint = mkdtempSync(join(tmpdir(), 'atomic-usb-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore', timeout: 5_000 });
  mounted = true;
} catch {
  console.log('Bỏ qua kiểm thử ổ đầy/chống ghi thật: cần quyền root và lệnh mount (cannot mount a tmpfs here).');
}

describe.skipIf(!mounted)('writeFileAtomic on a real small volume', () => {
  const dest = join(mountPoint, 'Báo cáo.docx');
  const old = new TextEncoder().encode('bản cũ');

  beforeAll(() => writeFileSync(dest, old));
  afterAll(() => {
    execFileSync('umount', [mountPoint], { stdio: 'ignore' });
    rmdirSync(mountPoint);
  });

  it('ENOSPC: keeps the old file, removes the temp file, says the disk is full', async () => {
    const error = await writeFileAtomic(dest, new Uint8Array(200_000).fill(7)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).code).toBe('ENOSPC');
    expect((error as FileWriteError).message).toContain('đã đầy');
    expect(readFileSync(dest)).toEqual(Buffer.from(old));
    expect(readdirSync(mountPoint)).toEqual(['Báo cáo.docx']);
  });

  it('EROFS: a write-protected volume is reported as such', async () => {
    execFileSync('mount', ['-o', 'remount,ro', mountPoint], { stdio: 'ignore' });
    try {
      const error = await writeFileAtomic(dest, new Uint8Array(10)).catch((e: unknown) => e);
      expect((error as FileWriteError).code).toBe('EROFS');
      expect((error as FileWriteError).message).toContain('chống ghi');
      expect(readFileSync(dest)).toEqual(Buffer.from(old));
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint], { stdio: 'ignore' });
    }
  });
});

if (!mounted) rmdirSync(mountPoint);
