/**
 * The verified installer is kept in a folder only the app writes (`userData/updates/<version>/`, created
 * owner-only) and is hashed again immediately before it is started, from there: whatever sits in that
 * file when the installer runs is exactly what the signed manifest lists (U-03). Used by the USB path and
 * by online updates.
 */
import { basename, join } from 'node:path';
import { MAX_UPDATE_PACKAGE_BYTES, type UpdateManifest } from '../../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../../core/packages/package-refusal';
import type { PackageFs } from '../../../node/packages/package-copy';
import { checkFile } from '../../../node/packages/signed-package';

export interface StagedInstaller {
  version: string;
  path: string;
  /** From the signed manifest. */
  size: number;
  sha512: string;
}

/** Writes the verified bytes into `updatesDir/<version>/<file name>`; any earlier copy of that version is removed. */
export async function stageVerifiedInstaller(
  updatesDir: string,
  manifest: UpdateManifest,
  bytes: Uint8Array,
  fsx: PackageFs,
): Promise<StagedInstaller> {
  const bad = checkFile(bytes, manifest, manifest.file);
  if (bad) throw new Error(`not the signed installer: ${bad.code}`);
  const dir = join(updatesDir, manifest.version);
  await fsx.mkdir(updatesDir);
  await fsx.remove(dir);
  await fsx.mkdir(dir);
  const path = join(dir, basename(manifest.file));
  await fsx.writeFileAtomic(path, bytes);
  return { version: manifest.version, path, size: manifest.size, sha512: manifest.sha512 };
}

/** The staged file read now, against its signed size and SHA-512 (a missing or oversized file is a mismatch). */
export function recheckStaged(staged: StagedInstaller, data: Uint8Array | 'too-large' | null): Refusal | null {
  if (data === null) return refuse('missing-entry', staged.path);
  if (data === 'too-large') return refuse('size-mismatch', staged.path);
  return checkFile(data, staged, basename(staged.path));
}

export async function readStaged(
  staged: StagedInstaller,
  fsx: Pick<PackageFs, 'readFileCapped'>,
): Promise<Uint8Array | 'too-large' | null> {
  return fsx.readFileCapped(staged.path, MAX_UPDATE_PACKAGE_BYTES).catch(() => null);
}
