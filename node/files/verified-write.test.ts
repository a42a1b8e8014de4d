/** The single-file verified writer: free name instead of overwrite, pre-flight refusals, read-back check. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileWriteError } from './file-write-error';
import { cleanupStaleTemps } from './stale-temp-cleanup';
import { realSubmissionFs, type SubmissionFs } from './verified-write-fs';
import { faultySubmissionFs } from './testing/faulty-fs';
import { writeFileVerified } from './verified-write';
import { tempFolderPerTest } from './testing/temp-folder-per-test';

const tmp = tempFolderPerTest('verified-');
const DATA = new TextEncoder().encode('báo cáo mới');

describe('writeFileVerified', () => {
  it('writes, verifies and returns the hash; a second export gets "(2)" instead of overwriting', async () => {
    await writeFile(join(tmp.path, 'báo cáo.docx'), 'bản cũ');
    const result = await writeFileVerified(tmp.path, 'BÁO CÁO.docx', DATA, realSubmissionFs);
    expect(result.name).toBe('BÁO CÁO (2).docx');
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(join(tmp.path, 'báo cáo.docx'), 'utf8')).toBe('bản cũ');
    expect(await readFile(result.path, 'utf8')).toBe('báo cáo mới');
  });

  it('overwrites only when asked to', async () => {
    await writeFile(join(tmp.path, 'bc.docx'), 'bản cũ');
    const result = await writeFileVerified(tmp.path, 'bc.docx', DATA, realSubmissionFs, { overwrite: true });
    expect(result.name).toBe('bc.docx');
    expect(await readdir(tmp.path)).toEqual(['bc.docx']);
  });

  it('refuses before writing when statfs says the space is short, or the path is too long', async () => {
    const full: SubmissionFs = {
      ...realSubmissionFs,
      statfs: async () => ({ bavail: 10, bsize: 4096, type: 0x01021994 }),
    };
    await expect(writeFileVerified(tmp.path, 'bc.docx', DATA, full)).rejects.toMatchObject({
      code: 'ENOSPC',
      step: 'preflight',
    });
    await expect(writeFileVerified(tmp.path, `${'a'.repeat(250)}.docx`, DATA, realSubmissionFs)).rejects.toMatchObject({
      code: 'ENAMETOOLONG',
    });
    const fat: SubmissionFs = {
      ...realSubmissionFs,
      statfs: async () => ({ bavail: 2 ** 40, bsize: 1, type: 0x4d44 }),
    };
    const huge = { byteLength: 5 * 1024 ** 3 } as Uint8Array;
    await expect(writeFileVerified(tmp.path, 'bc.docx', huge, fat)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('a read-back that differs → VERIFY_FAILED and the bad new file is removed', async () => {
    const lying: SubmissionFs = { ...realSubmissionFs, readFile: async () => new TextEncoder().encode('báo cáo mớj') };
    const error = await writeFileVerified(tmp.path, 'bc.docx', DATA, lying).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('fault injection: every failing call leaves the old file and no stray new file', async () => {
    const clean = faultySubmissionFs(0, 'EIO');
    await writeFile(join(tmp.path, 'bc.docx'), 'bản cũ');
    await writeFileVerified(tmp.path, 'bc.docx', DATA, clean.fsx, { overwrite: true });
    for (let k = 1; k <= clean.calls(); k++) {
      await writeFile(join(tmp.path, 'bc.docx'), 'bản cũ');
      const faulty = faultySubmissionFs(k, 'EIO');
      const ok = await writeFileVerified(tmp.path, 'bc.docx', DATA, faulty.fsx, { overwrite: true }).then(
        () => true,
        (e: unknown) => (expect(e).toBeInstanceOf(FileWriteError), false),
      );
      const content = await readFile(join(tmp.path, 'bc.docx'), 'utf8');
      expect(ok ? content === 'báo cáo mới' : ['bản cũ', 'báo cáo mới'].includes(content), `call ${k}`).toBe(true);
      expect(
        (await readdir(tmp.path)).filter((n) => n !== 'bc.docx'),
        `call ${k}`,
      ).toEqual([]);
    }
  });
});

describe('cleanupStaleTemps', () => {
  // The names are built here, not classified by the module's own matcher: our temp names, near misses and
  // anything else a stick may hold.
  const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
  const ourTemp = hex(12).map((h) => `.~soan-bao-cao-${h}.tmp`);
  const nearMiss = fc.oneof(
    hex(11).map((h) => `.~soan-bao-cao-${h}.tmp`),
    hex(13).map((h) => `.~soan-bao-cao-${h}.tmp`),
    hex(11).map((h) => `.~soan-bao-cao-A${h}.tmp`),
    hex(12).map((h) => `.~soan-bao-cao-${h}.TMP`),
    hex(12).map((h) => `.~soan-bao-cao-${h}.tmp.docx`),
    hex(12).map((h) => `Báo cáo .~soan-bao-cao-${h}.tmp`),
    hex(12).map((h) => `~soan-bao-cao-${h}.tmp`),
  );
  const otherName = fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((n) => !/[/\0]/.test(n) && n !== '.' && n !== '..' && !n.startsWith('.~soan-bao-cao-'));
  const folder = fc.uniqueArray(
    fc.oneof(
      ourTemp.map((name) => ({ name, ours: true })),
      fc.oneof(nearMiss, otherName).map((name) => ({ name, ours: false })),
    ),
    { selector: (e) => e.name, maxLength: 8 },
  );

  it('property: removes our stale temp files and never a name that is not exactly our temp pattern', async () => {
    await fc.assert(
      fc.asyncProperty(folder, async (entries) => {
        const sub = await mkdtemp(join(tmp.path, 'p-'));
        for (const { name } of entries) await writeFile(join(sub, name), 'x');
        await cleanupStaleTemps(realSubmissionFs, sub, Date.now() + 10 * 3600_000);
        const left = await readdir(sub);
        expect(left.sort()).toEqual(
          entries
            .filter((e) => !e.ours)
            .map((e) => e.name)
            .sort(),
        );
        await rm(sub, { recursive: true });
      }),
      { numRuns: 100 },
    );
  });
});
