/**
 * Reads a signed package (a stored zip: manifest.json, manifest.sig and the files the manifest lists)
 * and checks, in this order: size cap, container and entry names (zip-slip, overlaps, bombs: nothing is
 * inflated yet), Ed25519 signature over the exact manifest bytes against a built-in key, manifest
 * schema, then that the entries are exactly the listed files with their signed size and SHA-512. Used for USB updates, template packs, the CLI
 * `verify` and (detached form) the online update path.
 */
import { createHash, timingSafeEqual, verify } from 'node:crypto';
import type { z } from 'zod';
import {
  MANIFEST_ENTRY,
  MAX_MANIFEST_BYTES,
  MAX_TEMPLATE_PACK_FILES,
  MAX_TEMPLATE_PACK_INFLATED_BYTES,
  MAX_UPDATE_PACKAGE_BYTES,
  packageManifestSchema,
  SIGNATURE_ENTRY,
  type PackageManifest,
} from '../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../core/packages/package-refusal';
import { inflateEntry, inflateEntryCapped, readZipDirectory, type ZipEntry } from './bounded-zip';
import type { TrustedKey } from './trusted-keys';

export interface VerifiedPackage<M extends PackageManifest> {
  ok: true;
  manifest: M;
  /** The verified files by entry name (manifest and signature excluded). */
  files: Map<string, Uint8Array>;
}

export interface ReadPackageOptions {
  trustedKeys: readonly TrustedKey[];
  maxBytes: number;
  /** Adds up every byte inflated, hostile or not (tests and logs). */
  stats?: { inflatedBytes: number };
}

const ED25519_SIGNATURE_BYTES = 64;

export function sha512Hex(data: Uint8Array): string {
  return createHash('sha512').update(data).digest('hex');
}

/** Constant-time comparison of two hex digests (U-02). */
export function digestsEqual(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/**
 * Checks the signature over the exact manifest bytes and parses them. Shared by the zip form and the
 * detached form (online updates: manifest + signature served next to the installer).
 */
export function verifyManifest<S extends z.ZodType<PackageManifest>>(
  manifestBytes: Uint8Array,
  signature: Uint8Array,
  schema: S,
  trustedKeys: readonly TrustedKey[],
): { ok: true; manifest: z.output<S> } | Refusal {
  if (manifestBytes.length > MAX_MANIFEST_BYTES) return refuse('too-large', 'manifest');
  if (signature.length !== ED25519_SIGNATURE_BYTES)
    return refuse('bad-signature', `signature has ${signature.length} bytes`);
  // Signature first: nothing about an unsigned manifest is trusted, not even its keyId.
  const signer = trustedKeys.find((k) => verify(null, manifestBytes, k.key, signature));
  if (!signer) return refuse('bad-signature', 'no built-in key verifies the manifest');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    return refuse('bad-manifest', 'manifest is not UTF-8 JSON');
  }
  const kind = packageManifestSchema.safeParse(json);
  if (!kind.success)
    return refuse('bad-manifest', kind.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const parsed = schema.safeParse(json);
  if (!parsed.success) return refuse('wrong-kind', `manifest kind ${kind.data.kind}`);
  if (parsed.data.keyId !== signer.keyId) return refuse('bad-signature', 'keyId does not match the signing key');
  return { ok: true, manifest: parsed.data };
}

/** Size and SHA-512 of one file against its signed entry; size first, so a huge file is never hashed. */
export function checkFile(data: Uint8Array, expected: { size: number; sha512: string }, name: string): Refusal | null {
  if (data.length !== expected.size) return refuse('size-mismatch', `${name}: ${data.length} ≠ ${expected.size}`);
  if (!digestsEqual(sha512Hex(data), expected.sha512)) return refuse('hash-mismatch', name);
  return null;
}

/** The entries a manifest lists, with their signed size and digest. */
export function listedFiles(manifest: PackageManifest): { path: string; size: number; sha512: string }[] {
  return manifest.kind === 'update'
    ? [{ path: manifest.file, size: manifest.size, sha512: manifest.sha512 }]
    : manifest.files;
}

/** Entries a package may hold before its manifest is known: every listed file plus manifest and signature. */
export const MAX_PACKAGE_ENTRIES = MAX_TEMPLATE_PACK_FILES + 2;
/**
 * Highest inflated/compressed ratio accepted. Packages are built stored (ratio 1); JSON outlines
 * deflated by another zip tool stay far below this, while bombs sit near deflate's limit of ~1032.
 */
export const MAX_COMPRESSION_RATIO = 200;

/** Most bytes a package of this kind may inflate to in total (the manifest's signed sizes are added up). */
export function maxInflatedBytes(manifest: PackageManifest): number {
  return manifest.kind === 'update' ? MAX_UPDATE_PACKAGE_BYTES : MAX_TEMPLATE_PACK_INFLATED_BYTES;
}

/**
 * Reads and verifies a package in the order that keeps a hostile file cheap: the directory is checked
 * without inflating anything (bounded-zip.ts), then only manifest.json and manifest.sig are inflated
 * (each capped) and the signature checked; the payload entries are inflated only when the signed
 * manifest lists them, each capped at its signed size and hashed as it streams.
 */
export function readSignedPackage<S extends z.ZodType<PackageManifest>>(
  bytes: Uint8Array,
  schema: S,
  options: ReadPackageOptions,
): VerifiedPackage<z.output<S>> | Refusal {
  if (bytes.length > options.maxBytes) return refuse('too-large', `${bytes.length} > ${options.maxBytes}`);
  const counter = options.stats ?? { inflatedBytes: 0 };
  const directory = readZipDirectory(bytes, { maxEntries: MAX_PACKAGE_ENTRIES, maxRatio: MAX_COMPRESSION_RATIO });
  if (!directory.ok) return directory;
  const byName = new Map(directory.entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_ENTRY);
  const signatureEntry = byName.get(SIGNATURE_ENTRY);
  if (!manifestEntry || !signatureEntry) return refuse('missing-entry', 'manifest.json or manifest.sig');
  const manifestBytes = inflateEntryCapped(bytes, manifestEntry, MAX_MANIFEST_BYTES, counter);
  if (!manifestBytes.ok) return manifestBytes;
  const signature = inflateEntryCapped(bytes, signatureEntry, ED25519_SIGNATURE_BYTES, counter);
  if (!signature.ok) return signature.code === 'too-large' ? refuse('bad-signature', signature.detail) : signature;
  const checked = verifyManifest(manifestBytes.data, signature.data, schema, options.trustedKeys);
  if (!checked.ok) return checked;

  const listed = listedFiles(checked.manifest);
  const expectedNames = new Set([MANIFEST_ENTRY, SIGNATURE_ENTRY, ...listed.map((f) => f.path)]);
  const extra = directory.entries.find((e) => !expectedNames.has(e.name));
  if (extra !== undefined) return refuse('extra-entry', extra.name);
  const total = listed.reduce((sum, f) => sum + f.size, 0);
  if (total > maxInflatedBytes(checked.manifest))
    return refuse('too-large', `${total} bytes inflated > ${maxInflatedBytes(checked.manifest)}`);
  // Every size is compared before anything is inflated, so a lying entry costs nothing.
  const found: { file: (typeof listed)[number]; entry: ZipEntry }[] = [];
  for (const file of listed) {
    const entry = byName.get(file.path);
    if (!entry) return refuse('missing-entry', file.path);
    if (entry.size !== file.size) return refuse('size-mismatch', `${file.path}: ${entry.size} ≠ ${file.size}`);
    found.push({ file, entry });
  }
  const files = new Map<string, Uint8Array>();
  for (const { file, entry } of found) {
    const hash = createHash('sha512');
    const data = new Uint8Array(entry.size);
    let filled = 0;
    const bad = inflateEntry(
      bytes,
      entry,
      (chunk) => {
        hash.update(chunk);
        data.set(chunk, filled);
        filled += chunk.length;
      },
      counter,
    );
    if (bad) return bad;
    if (!digestsEqual(hash.digest('hex'), file.sha512)) return refuse('hash-mismatch', file.path);
    files.set(file.path, data);
  }
  return { ok: true, manifest: checked.manifest, files };
}
