/**
 * The verified writer (M-01…M-05, M-07) built on `writeFileAtomic`: pre-flight, stale temp cleanup,
 * a free name instead of a silent overwrite, the atomic write, then read the file back and compare
 * SHA-256 before anyone may say "saved". Used for single .docx exports; the submission bundle uses
 * the same pieces for a whole folder.
 */
import { join } from 'node:path';
import { uniqueName } from '../../core/submission/bundle-names';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { errorCode, FileWriteError } from './file-write-error';
import { preflight } from './preflight';
import { sha256Hex } from './sha256';
import { cleanupStaleTemps } from './stale-temp-cleanup';
import type { SubmissionFs } from './verified-write-fs';

export interface VerifiedWriteOptions extends AtomicWriteOptions {
  /** Replace an existing file of that name (only after the user confirmed it); default: pick "name (2)". */
  overwrite?: boolean;
  /** Epoch ms, for stale temp cleanup. */
  nowMs?: number;
}

export interface VerifiedFile {
  path: string;
  name: string;
  bytes: number;
  sha256: string;
}

export async function writeFileVerified(
  dir: string,
  wantedName: string,
  data: Uint8Array,
  fsx: SubmissionFs,
  options: VerifiedWriteOptions = {},
): Promise<VerifiedFile> {
  await preflight(fsx, dir, [data.byteLength], join(dir, wantedName).length + 4);
  await cleanupStaleTemps(fsx, dir, options.nowMs ?? Date.now());
  let name = wantedName;
  if (!options.overwrite) {
    try {
      name = uniqueName(await fsx.readdir(dir), wantedName);
    } catch (error) {
      throw new FileWriteError(errorCode(error), 'list', error);
    }
  }
  const path = join(dir, name);
  await writeFileAtomic(path, data, fsx, options);
  const sha256 = sha256Hex(data);
  try {
    await verifyFile(fsx, path, sha256, data.byteLength);
  } catch (error) {
    // A new file that failed verification must not be mistaken later for a good export.
    if (!options.overwrite) await fsx.unlink(path).catch(() => undefined);
    throw error;
  }
  return { path, name, bytes: data.byteLength, sha256 };
}

/** Reads `path` back and throws VERIFY_FAILED (or the read's own error) unless size and hash match. */
export async function verifyFile(fsx: SubmissionFs, path: string, sha256: string, bytes: number): Promise<void> {
  let back: Uint8Array;
  try {
    back = await fsx.readFile(path);
  } catch (error) {
    throw new FileWriteError(errorCode(error), 'verify', error);
  }
  if (back.byteLength !== bytes || sha256Hex(back) !== sha256) throw new FileWriteError('VERIFY_FAILED', 'verify');
}
