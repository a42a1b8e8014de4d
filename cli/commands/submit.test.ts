/**
 * `submit` end to end through the real CLI process (npm run cli), on real file systems that fail the
 * way USB sticks do (T-02): a tiny tmpfs (full before anything is written), a tmpfs out of inodes (full
 * halfway through the bundle) and a read-only remount (write-protect switch). Needs root and mount;
 * otherwise those cases are skipped with the reason printed. Also measures the time to submit the
 * sample report (render + write + verify).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { parseManifest } from '../../core/submission/manifest';
import { submitReport } from '../../node/submission/submit-report';
import { realSubmissionFs } from '../../node/files/verified-write-fs';
import { FIXTURE_PATH, loadFixtureReport } from '../../test-support/sample-report';
import { EXIT_FAILED, EXIT_OK, runCli, type CliIo } from '../run-cli';
import { createHash } from 'node:crypto';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'cli/main.ts'), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Mounting needs root and a kernel that lets this container mount tmpfs: probed once. */
function mountUnavailableReason(): string | null {
  if (process.platform !== 'linux') return 'không phải Linux';
  if (process.getuid?.() !== 0) return 'không chạy với quyền root';
  const probe = execFileSync('mktemp', ['-d']).toString().trim();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe]);
    return null;
  } catch (error) {
    return `không mount được tmpfs (${(error as Error).message.split('\n')[0]})`;
  } finally {
    execFileSync('rmdir', [probe]);
  }
}
const skipReason = mountUnavailableReason();
if (skipReason) console.warn(`[submit.test] Bỏ qua các ca ENOSPC/EROFS thật: ${skipReason}`);

const mounted: string[] = [];
async function tmpfs(options: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usb-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', [dir]);
    await rm(dir, { recursive: true, force: true });
  }
});

describe('soan-bao-cao submit (real process)', () => {
  it('writes and verifies the bundle, prints the folder, exits 0', async () => {
    const dest = await mkdtemp(join(tmpdir(), 'submit-cli-'));
    try {
      const result = await cli('submit', FIXTURE_PATH, '--to', dest);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(EXIT_OK);
      const [folderLine, doneLine] = result.stdout.trim().split('\n');
      expect(doneLine).toMatch(/^Đã ghi và kiểm tra xong 3 tệp/);
      const folders = await readdir(dest);
      expect(folders).toHaveLength(1);
      expect(folderLine).toBe(join(dest, folders[0] ?? ''));
      const manifest = parseManifest(await readFile(join(folderLine ?? '', 'manifest.json'), 'utf8'));
      expect(manifest.ok).toBe(true);
      for (const f of manifest.ok ? manifest.manifest.files : []) {
        const bytes = await readFile(join(folderLine ?? '', f.name));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      }
    } finally {
      await rm(dest, { recursive: true, force: true });
    }
  });

  it('a missing destination folder → exit 1, Vietnamese message, nothing created', async () => {
    const dest = join(tmpdir(), `khong-co-${Date.now()}`);
    const result = await cli('submit', FIXTURE_PATH, '--to', dest);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stderr).toMatch(/USB có thể đã bị rút ra/);
    expect(existsSync(dest)).toBe(false);
  });

  it.skipIf(skipReason !== null)(
    'real ENOSPC before writing: a 64 KB stick is refused up front, nothing written',
    async () => {
      const usb = await tmpfs('size=64k');
      const result = await cli('submit', FIXTURE_PATH, '--to', usb);
      expect(result.code).toBe(EXIT_FAILED);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/USB đã đầy/);
      expect(await readdir(usb)).toEqual([]);
    },
  );

  it.skipIf(skipReason !== null)(
    'real ENOSPC halfway (stick out of inodes after 1 file): rolled back, nothing left',
    async () => {
      // Root dir + temp folder + one file: the second file cannot be created.
      const usb = await tmpfs('size=8m,nr_inodes=3');
      const result = await cli('submit', FIXTURE_PATH, '--to', usb);
      expect(result.code).toBe(EXIT_FAILED);
      expect(result.stderr).toMatch(/USB đã đầy/);
      expect(await readdir(usb)).toEqual([]);
    },
  );

  it.skipIf(skipReason !== null)(
    'real EROFS (write-protect switch): exit 1, clear message, stick unchanged',
    async () => {
      const usb = await tmpfs('size=8m');
      await mkdir(join(usb, 'Tài liệu cũ'));
      execFileSync('mount', ['-o', 'remount,ro', usb]);
      const result = await cli('submit', FIXTURE_PATH, '--to', usb);
      expect(result.code).toBe(EXIT_FAILED);
      expect(result.stderr).toMatch(/chống ghi/);
      expect(await readdir(usb)).toEqual(['Tài liệu cũ']);
    },
  );
});

describe('runCli submit (in process)', () => {
  let fixture: Uint8Array;
  beforeAll(async () => {
    fixture = new Uint8Array(await readFile(FIXTURE_PATH));
  });
  const io = (out: string[], err: string[], withSubmission = true): CliIo => ({
    readFile: async () => fixture,
    writeFile: async () => undefined,
    stdout: (l) => void out.push(l),
    stderr: (l) => void err.push(l),
    now: () => performance.now(),
    ...(withSubmission ? { submission: { date: () => new Date(), fsx: realSubmissionFs, appLabel: 'test' } } : {}),
  });

  it('needs --to, and says so in Vietnamese', async () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await runCli(['submit', 'a.baocao.json'], io(out, err))).toBe(2);
    expect(err[0]).toMatch(/thư mục đích sau --to/);
  });

  it('measures the time to submit the sample report (render + write + verify)', async () => {
    const report = await loadFixtureReport();
    const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const dest = await mkdtemp(join(base, 'submit-time-'));
      const t0 = performance.now();
      await submitReport(
        { report, templateId: 'so-ket-tong-ket', destDir: dest },
        { renderDocx, fsx: realSubmissionFs, now: () => new Date(), appLabel: 't' },
      );
      times.push(performance.now() - t0);
      await rm(dest, { recursive: true });
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.info(
      `[submit.test] nộp báo cáo mẫu (render + ghi + kiểm tra): trung vị ${sorted[2]?.toFixed(1)} ms, các lần: ${times.map((t) => t.toFixed(1)).join(', ')} ms`,
    );
    expect(sorted[2]).toBeLessThan(2_000);
  });
});
