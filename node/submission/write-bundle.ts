/**
 * Writes a submission folder all-or-nothing: everything goes into a temp folder on the same
 * drive, each file atomically; the folder is then renamed to its final, free name and every file is
 * read back and compared with its SHA-256 there. Any failure removes what was written, so the stick
 * holds either the complete verified folder or nothing of ours (at worst a prefixed temp folder that
 * the next submission cleans up). Progress is reported per step.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { uniqueName } from '../../core/submission/bundle-names';
import { renameWithRetry, TEMP_PREFIX, writeFileAtomic, type AtomicWriteOptions } from '../files/atomic-write';
import { errorCode, FileWriteError } from '../files/file-write-error';
import { preflight } from '../files/preflight';
import { sha256Hex } from '../files/sha256';
import { cleanupStaleTemps } from '../files/stale-temp-cleanup';
import type { SubmissionFs } from '../files/verified-write-fs';
import { verifyFile, type VerifiedFile } from '../files/verified-write';

export interface BundleFile {
  name: string;
  data: Uint8Array;
}

export type BundlePhase = 'checking' | 'writing' | 'verifying' | 'done';
export interface BundleProgress {
  phase: BundlePhase;
  /** Steps finished so far out of `total` (one per file written, one per file verified, plus two). */
  done: number;
  total: number;
  file?: string;
}

export interface BundleOptions extends AtomicWriteOptions {
  nowMs?: number;
  onProgress?: (progress: BundleProgress) => void;
}

export interface BundleResult {
  folderPath: string;
  folderName: string;
  files: VerifiedFile[];
}

/**
 * `makeLastFile` receives the verified-to-be descriptions of the other files and returns the last
 * one (the manifest), so the manifest carries the hashes of exactly the bytes written.
 */
export async function writeSubmissionBundle(
  destDir: string,
  wantedFolder: string,
  files: readonly BundleFile[],
  makeLastFile: (written: readonly Omit<VerifiedFile, 'path'>[]) => BundleFile,
  fsx: SubmissionFs,
  options: BundleOptions = {},
): Promise<BundleResult> {
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const progress = options.onProgress ?? (() => undefined);
  const described = files.map((f) => ({ name: f.name, bytes: f.data.byteLength, sha256: sha256Hex(f.data) }));
  const last = makeLastFile(described);
  const all = [...files, last];
  const total = all.length * 2 + 2;
  let done = 0;

  progress({ phase: 'checking', done, total });
  // "(99)" leaves room for a numbered folder name; the longest file name decides the path length.
  const longest = Math.max(...all.map((f) => f.name.length));
  await preflight(
    fsx,
    destDir,
    all.map((f) => f.data.byteLength),
    join(destDir, `${wantedFolder} (99)`).length + 1 + longest,
  );
  await cleanupStaleTemps(fsx, destDir, options.nowMs ?? Date.now());
  progress({ phase: 'checking', done: ++done, total });

  const tmpDir = join(destDir, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}.tmp`);
  let createdTmp = false;
  let finalPath: string | undefined;
  try {
    try {
      await fsx.mkdir(tmpDir);
    } catch (error) {
      throw new FileWriteError(errorCode(error), 'mkdir', error);
    }
    createdTmp = true;
    for (const file of all) {
      progress({ phase: 'writing', done, total, file: file.name });
      await writeFileAtomic(join(tmpDir, file.name), file.data, fsx, { platform, sleep });
      progress({ phase: 'writing', done: ++done, total, file: file.name });
    }

    let folderName: string;
    try {
      folderName = uniqueName(await fsx.readdir(destDir), wantedFolder, '');
    } catch (error) {
      throw new FileWriteError(errorCode(error), 'list', error);
    }
    const target = join(destDir, folderName);
    try {
      await renameWithRetry(fsx, tmpDir, target, platform, sleep);
    } catch (error) {
      throw new FileWriteError(errorCode(error), 'rename', error);
    }
    createdTmp = false;
    finalPath = target;
    await fsyncDirectory(fsx, destDir, platform);

    const verified: VerifiedFile[] = [];
    for (const file of all) {
      progress({ phase: 'verifying', done, total, file: file.name });
      const path = join(target, file.name);
      const sha256 = sha256Hex(file.data);
      await verifyFile(fsx, path, sha256, file.data.byteLength);
      verified.push({ path, name: file.name, bytes: file.data.byteLength, sha256 });
      progress({ phase: 'verifying', done: ++done, total, file: file.name });
    }
    progress({ phase: 'done', done: ++done, total });
    return { folderPath: target, folderName, files: verified };
  } catch (error) {
    // All or nothing: whatever part of the bundle exists goes.
    if (createdTmp) await fsx.rm(tmpDir).catch(() => undefined);
    if (finalPath !== undefined) await fsx.rm(finalPath).catch(() => undefined);
    throw error instanceof FileWriteError ? error : new FileWriteError(errorCode(error), 'write', error);
  }
}

const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP']);

/** Makes the folder rename durable (POSIX only; Windows cannot open a folder for fsync from Node). */
async function fsyncDirectory(fsx: SubmissionFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  let handle;
  try {
    handle = await fsx.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (DIR_FSYNC_UNSUPPORTED.has(errorCode(error))) return;
    throw new FileWriteError(errorCode(error), 'fsync-dir', error);
  }
  await handle.close().catch(() => undefined);
}
