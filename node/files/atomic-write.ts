/**
 * Writes a file so that the destination holds either the complete old content or the complete new
 * content, never a truncated mix: a pulled USB stick or a full disk mid-export must not destroy the
 * previous report (M-01, M-04). No Electron import: the CLI uses this too.
 *
 * Steps: temp file in the destination folder (same volume, so rename is atomic) → write → fsync →
 * close → rename over the target → fsync the folder so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { createFileDurable } from './create-file-durable';
import { errorCode, FileWriteError } from './file-write-error';

export { FileWriteError } from './file-write-error';

/** The subset of an fs FileHandle the writer uses (Node's `FileHandle` satisfies it). */
export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Injectable file system so every failing call can be simulated (T-01). */
export interface AtomicFs {
  open(path: string, flags: string): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const realFs: AtomicFs = {
  open: (path, flags) => fs.open(path, flags),
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
};

export interface AtomicWriteOptions {
  /** Defaults to `process.platform`; win32 retries a locked rename and skips the folder fsync. */
  platform?: NodeJS.Platform;
  /** Waits between rename retries; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

/** Prefix of our temp files, so a later cleanup can recognise (only) them. */
export const TEMP_PREFIX = '.~soan-bao-cao-';
/** Windows: antivirus or the indexer briefly lock a fresh file; Word holds it while open (≈3 s total). */
const RENAME_RETRY_DELAYS_MS = [100, 200, 400, 800, 1600];
const LOCK_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
// Folders cannot be fsynced on every platform/file system; the data itself is already synced.
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP']);

export function tempPathFor(filePath: string): string {
  return join(dirname(filePath), `${TEMP_PREFIX}${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(
  filePath: string,
  data: Uint8Array,
  fsx: AtomicFs = realFs,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await (await prepareFileAtomic(filePath, data, fsx, options)).commit();
}

/** A complete, fsynced temp file beside its target, not yet in place. */
export interface PreparedWrite {
  /** Renames it over the target and fsyncs the folder: from then on the new content is what is read. */
  commit(): Promise<void>;
  /** Removes the temp file; the target is untouched. */
  abort(): Promise<void>;
}

/**
 * The first half of an atomic write (temp file written and fsynced), so a caller can prepare a file while other
 * writes it depends on finish, and put it in place only after them.
 */
export async function prepareFileAtomic(
  filePath: string,
  data: Uint8Array,
  fsx: AtomicFs = realFs,
  options: AtomicWriteOptions = {},
): Promise<PreparedWrite> {
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tmp = tempPathFor(filePath);
  // Never follows or reuses an existing path, even one planted with our prefix.
  await createFileDurable(tmp, data, fsx);
  return {
    async commit() {
      try {
        await renameWithRetry(fsx, tmp, filePath, platform, sleep);
      } catch (error) {
        await fsx.unlink(tmp).catch(() => undefined);
        throw new FileWriteError(errorCode(error), 'rename', error);
      }
      await syncFolder(fsx, dirname(filePath), platform);
    },
    async abort() {
      await fsx.unlink(tmp).catch(() => undefined);
    },
  };
}

/**
 * Renames, retrying on Windows while an antivirus or the indexer briefly holds the file (EPERM/EBUSY/EACCES);
 * the last error is rethrown as is. Shared by single files and submission folders.
 */
export async function renameWithRetry(
  fsx: Pick<AtomicFs, 'rename'>,
  from: string,
  to: string,
  platform: NodeJS.Platform,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fsx.rename(from, to);
      return;
    } catch (error) {
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (platform !== 'win32' || !LOCK_CODES.has(errorCode(error)) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Makes the folder's entries (a rename, a new file) survive a power cut. Windows has no folder fsync (NTFS
 * journals its metadata), so there it does nothing. The files themselves are complete and in place when this
 * runs, so only a real I/O error is reported: the entries may not be durable and the write should be repeated.
 */
export async function syncFolder(
  fsx: AtomicFs,
  dir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return;
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fsx.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errorCode(error))) {
      await handle?.close().catch(() => undefined);
      throw new FileWriteError(errorCode(error), 'fsync-dir', error);
    }
  }
  await handle?.close().catch(() => undefined);
}
