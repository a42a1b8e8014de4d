/**
 * The all-or-nothing promise of "Nộp qua USB", checked the SQLite way (T-01): count the fs calls of a
 * clean submission of the sample report, then fail call k for every k with each error code. After
 * each run the destination holds either the complete folder whose bytes match the manifest, or
 * nothing but (at most) our prefixed temp folder, and a failure carries a Vietnamese message.
 */
import { readdir, readFile, rm, utimes, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import type { Report } from '../../core/model/report-schema';
import { parseManifest } from '../../core/submission/manifest';
import { parseDraftFile } from '../../core/draft-file/draft-file-format';
import { loadFixtureReport } from '../../test-support/sample-report';
import { FileWriteError } from '../files/file-write-error';
import { submitReport, type SubmitReportDeps } from './submit-report';
import { realSubmissionFs, type SubmissionFs } from '../files/verified-write-fs';
import { isOurTempName } from '../files/stale-temp-cleanup';
import { faultySubmissionFs } from '../files/testing/faulty-fs';
import type { BundleProgress } from './write-bundle';
import { tempFolderPerTest } from '../files/testing/temp-folder-per-test';

const NOW = new Date('2023-06-20T08:30:00+07:00');
let report: Report;
let docx: Uint8Array;

beforeAll(async () => {
  report = await loadFixtureReport();
  docx = await renderDocx(report);
});
const tmp = tempFolderPerTest('submit-');

const deps = (fsx: SubmissionFs): SubmitReportDeps => ({
  // Rendered once: the fault loop is about the writes, not the renderer.
  renderDocx: async () => docx,
  fsx,
  now: () => NOW,
  appLabel: 'Soạn Báo Cáo 0.1.0',
});
const submit = (fsx: SubmissionFs, onProgress?: (p: BundleProgress) => void) =>
  submitReport({ report, templateId: 'so-ket-tong-ket', destDir: tmp.path }, deps(fsx), {
    platform: 'linux',
    ...(onProgress === undefined ? {} : { onProgress }),
  });

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** 'complete' when exactly one folder is there and every file matches the manifest; 'empty' when only temp leftovers. */
async function destinationState(): Promise<'complete' | 'empty' | string> {
  const names = await readdir(tmp.path);
  const ours = names.filter((n) => !isOurTempName(n));
  if (ours.length === 0) return 'empty';
  if (ours.length > 1) return `several: ${ours.join(', ')}`;
  const folder = join(tmp.path, ours[0] ?? '');
  const manifest = parseManifest(await readFile(join(folder, 'manifest.json'), 'utf8').catch(() => ''));
  if (!manifest.ok) return 'no valid manifest';
  const files = (await readdir(folder)).sort();
  const expected = [...manifest.manifest.files.map((f) => f.name), 'manifest.json'].sort();
  if (JSON.stringify(files) !== JSON.stringify(expected)) return `files ${files.join(', ')}`;
  for (const f of manifest.manifest.files) {
    const bytes = await readFile(join(folder, f.name));
    if (bytes.length !== f.bytes || sha(bytes) !== f.sha256) return `mismatch ${f.name}`;
  }
  return 'complete';
}

describe('submitReport', () => {
  it('writes the folder with the .docx, the draft and a manifest whose hashes match, and reports progress', async () => {
    const progress: BundleProgress[] = [];
    const result = await submit(realSubmissionFs, (p) => progress.push(p));
    expect(result.folderName).toBe('2023-06-15 - Báo cáo sơ kết 5 năm triển khai thực hiện Kết luận số 23-KL-TW');
    expect(await readdir(tmp.path)).toEqual([result.folderName]);
    expect(await destinationState()).toBe('complete');
    const names = result.files.map((f) => f.name);
    expect(names[0]).toMatch(/^Báo cáo sơ kết 5 năm .*\.docx$/);
    expect(names[1]).toMatch(/\.baocao\.json$/);
    expect(names[2]).toBe('manifest.json');
    expect(new Uint8Array(await readFile(result.files[0]?.path ?? ''))).toEqual(docx);
    const draft = parseDraftFile(await readFile(result.files[1]?.path ?? '', 'utf8'));
    expect(draft.ok && draft.draft.report).toEqual(report);
    const manifest = parseManifest(await readFile(result.files[2]?.path ?? '', 'utf8'));
    expect(manifest.ok && manifest.manifest.report.issuer).toBe('HUYỆN ỦY TAM ĐƯỜNG');
    expect(manifest.ok && manifest.manifest.createdAt).toBe(NOW.toISOString());
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 8, total: 8 });
    expect(progress.map((p) => p.phase)).toContain('verifying');
    // Steps only ever advance.
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]?.done).toBeGreaterThanOrEqual(progress[i - 1]?.done ?? 0);
  });

  it('never overwrites: a second submission gets "… (2)", compared case-insensitively', async () => {
    const first = await submit(realSubmissionFs);
    await rm(join(tmp.path, first.folderName), { recursive: true });
    await mkdir(join(tmp.path, first.folderName.toUpperCase()));
    const second = await submit(realSubmissionFs);
    expect(second.folderName).toBe(`${first.folderName} (2)`);
  });

  it('removes a stale temp folder of ours (older than 1 h) but nothing else', async () => {
    const stale = join(tmp.path, '.~soan-bao-cao-0123456789ab.tmp');
    const fresh = join(tmp.path, '.~soan-bao-cao-ba9876543210.tmp');
    const foreign = join(tmp.path, '.~soan-bao-cao-notours.tmp');
    for (const p of [stale, fresh, foreign]) await mkdir(p);
    await writeFile(join(tmp.path, 'ghi-chu.txt'), 'của người dùng');
    const old = new Date(NOW.getTime() - 2 * 3600_000);
    await utimes(stale, old, old);
    await utimes(foreign, old, old);
    const result = await submit(realSubmissionFs);
    expect((await readdir(tmp.path)).sort()).toEqual(
      [result.folderName, '.~soan-bao-cao-ba9876543210.tmp', '.~soan-bao-cao-notours.tmp', 'ghi-chu.txt'].sort(),
    );
  });

  it('refuses a symlink or a file as destination before writing anything', async () => {
    const { symlink } = await import('node:fs/promises');
    const real = join(tmp.path, 'real');
    await mkdir(real);
    await symlink(real, join(tmp.path, 'link'));
    await expect(
      submitReport({ report, templateId: 'so-ket-tong-ket', destDir: join(tmp.path, 'link') }, deps(realSubmissionFs)),
    ).rejects.toMatchObject({ code: 'NOT_A_FOLDER', step: 'preflight' });
    expect(await readdir(real)).toEqual([]);
  });

  it('says VERIFY_FAILED and leaves nothing when the stick returns different bytes', async () => {
    const flipping: SubmissionFs = {
      ...realSubmissionFs,
      readFile: async (path) => {
        const bytes = await realSubmissionFs.readFile(path);
        const copy = new Uint8Array(bytes);
        if (path.endsWith('.docx')) copy[100] = (copy[100] ?? 0) ^ 0xff;
        return copy;
      },
    };
    const error = await submit(flipping).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code: 'VERIFY_FAILED', step: 'verify' });
    expect((error as Error).message).toMatch(/không khớp/);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('fault injection: failing fs call k (every k, several codes) leaves a verified bundle or nothing', async () => {
    const clean = faultySubmissionFs(0, 'EIO');
    await submit(clean.fsx);
    const total = clean.calls();
    expect(total).toBeGreaterThan(20);
    await rm(tmp.path, { recursive: true, force: true });
    await mkdir(tmp.path);

    const outcomes = { complete: 0, failed: 0 };
    for (const code of ['EIO', 'ENOSPC', 'EROFS', 'EACCES', 'ENOENT', 'EBUSY']) {
      for (let k = 1; k <= total; k++) {
        const faulty = faultySubmissionFs(k, code);
        let failure: unknown;
        await submit(faulty.fsx).catch((e: unknown) => (failure = e));
        const state = await destinationState();
        const where = `${code} at call ${k} (${faulty.log[k - 1] ?? '?'})`;
        if (failure === undefined) {
          expect(state, where).toBe('complete');
          outcomes.complete++;
        } else {
          expect(state, where).toBe('empty');
          expect(failure, where).toBeInstanceOf(FileWriteError);
          expect((failure as FileWriteError).message, where).toMatch(/^(Không lưu được|Đã ghi)/);
          expect((failure as FileWriteError).code, where).toBe(code);
          outcomes.failed++;
        }
        await rm(tmp.path, { recursive: true, force: true });
        await mkdir(tmp.path);
      }
    }
    // Only the best-effort steps (cleanup listing, closing the synced folder) may fail without failing the submission.
    expect(outcomes.failed).toBeGreaterThan(outcomes.complete * 4);
  });
});
