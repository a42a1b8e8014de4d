/**
 * Builds signed packages (maintainer side: CLI `sign`, and tests). The manifest is generated from the
 * files themselves, so its size and SHA-512 cannot drift from what is shipped.
 */
import { sign, createPublicKey, type KeyObject } from 'node:crypto';
import { zipSync } from 'fflate';
import {
  MANIFEST_ENTRY,
  PACKAGE_APP_ID,
  SIGNATURE_ENTRY,
  type TemplatePackManifest,
  type UpdateManifest,
} from '../../core/packages/package-manifest';
import { sha512Hex } from './signed-package';
import { keyIdOf } from './trusted-keys';

export function signManifest(manifestBytes: Uint8Array, privateKey: KeyObject): Uint8Array {
  return new Uint8Array(sign(null, manifestBytes, privateKey));
}

export function encodeManifest(manifest: object): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}

/** A stored (uncompressed) zip: installers do not compress further, and stored entries are easy to audit. */
export function zipPackage(
  manifestBytes: Uint8Array,
  signature: Uint8Array,
  files: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  const entries: Record<string, Uint8Array> = { [MANIFEST_ENTRY]: manifestBytes, [SIGNATURE_ENTRY]: signature };
  for (const [name, data] of files) entries[name] = data;
  // Fixed timestamp: the same inputs give the same bytes.
  return zipSync(entries, { level: 0, mtime: new Date('2020-01-01T00:00:00Z') });
}

export interface UpdateRelease {
  version: string;
  minimumVersion: string;
  releasedAt: string;
  expiresAt: string;
}

export function updateManifestFor(
  fileName: string,
  installer: Uint8Array,
  release: UpdateRelease,
  privateKey: KeyObject,
): UpdateManifest {
  return {
    schema: 1,
    kind: 'update',
    app: PACKAGE_APP_ID,
    version: release.version,
    channel: 'stable',
    file: fileName,
    size: installer.length,
    sha512: sha512Hex(installer),
    minimumVersion: release.minimumVersion,
    releasedAt: release.releasedAt,
    expiresAt: release.expiresAt,
    keyId: keyIdOf(createPublicKey(privateKey)),
  };
}

export function buildUpdatePackage(
  fileName: string,
  installer: Uint8Array,
  release: UpdateRelease,
  privateKey: KeyObject,
): Uint8Array {
  const manifestBytes = encodeManifest(updateManifestFor(fileName, installer, release, privateKey));
  return zipPackage(manifestBytes, signManifest(manifestBytes, privateKey), new Map([[fileName, installer]]));
}

export interface PackRelease {
  packId: string;
  version: string;
  name: string;
  releasedAt: string;
  expiresAt: string;
}

export function buildTemplatePack(
  files: ReadonlyMap<string, Uint8Array>,
  release: PackRelease,
  privateKey: KeyObject,
): Uint8Array {
  const manifest: TemplatePackManifest = {
    schema: 1,
    kind: 'template-pack',
    app: PACKAGE_APP_ID,
    ...release,
    keyId: keyIdOf(createPublicKey(privateKey)),
    files: [...files].map(([path, data]) => ({ path, size: data.length, sha512: sha512Hex(data) })),
  };
  const manifestBytes = encodeManifest(manifest);
  return zipPackage(manifestBytes, signManifest(manifestBytes, privateKey), files);
}
