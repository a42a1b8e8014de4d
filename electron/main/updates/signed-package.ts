/**
 * Reads a signed package (a stored zip: manifest.json, manifest.sig and the files the manifest lists)
 * and checks, in this order: size cap, container, entry names (zip-slip), Ed25519 signature over the
 * exact manifest bytes against a built-in key, manifest schema, then that the entries are exactly the
 * listed files with their signed size and SHA-512. Used for USB updates, template packs, the CLI
 * `verify` and (detached form) the online update path.
 */
import { createHash, timingSafeEqual, verify } from 'node:crypto';
import { unzipSync } from 'fflate';
import type { z } from 'zod';
import {
  isSafeEntryName,
  MANIFEST_ENTRY,
  MAX_MANIFEST_BYTES,
  packageManifestSchema,
  SIGNATURE_ENTRY,
  type PackageManifest,
} from '../../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../../core/packages/package-refusal';
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
  if (signature.length !== ED25519_SIGNATURE_BYTES) return refuse('bad-signature', `signature has ${signature.length} bytes`);
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
  if (!kind.success) return refuse('bad-manifest', kind.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
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
  return manifest.kind === 'update' ? [{ path: manifest.file, size: manifest.size, sha512: manifest.sha512 }] : manifest.files;
}

export function readSignedPackage<S extends z.ZodType<PackageManifest>>(
  bytes: Uint8Array,
  schema: S,
  options: ReadPackageOptions,
): VerifiedPackage<z.output<S>> | Refusal {
  if (bytes.length > options.maxBytes) return refuse('too-large', `${bytes.length} > ${options.maxBytes}`);
  const names: string[] = [];
  let unsafe: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        if (!isSafeEntryName(file.name)) unsafe ??= file.name;
        // Zip bombs: the declared size is checked again against the real size below.
        return unsafe === null && file.originalSize <= options.maxBytes;
      },
    });
  } catch (error) {
    return refuse('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (unsafe !== null) return refuse('unsafe-entry', unsafe);
  if (new Set(names).size !== names.length) return refuse('extra-entry', 'duplicate entry names');
  const manifestBytes = entries[MANIFEST_ENTRY];
  const signature = entries[SIGNATURE_ENTRY];
  if (!manifestBytes || !signature) return refuse(names.length === 0 ? 'corrupt' : 'missing-entry', 'manifest.json or manifest.sig');
  const checked = verifyManifest(manifestBytes, signature, schema, options.trustedKeys);
  if (!checked.ok) return checked;

  const listed = listedFiles(checked.manifest);
  const expectedNames = new Set([MANIFEST_ENTRY, SIGNATURE_ENTRY, ...listed.map((f) => f.path)]);
  const extra = names.find((n) => !expectedNames.has(n));
  if (extra !== undefined) return refuse('extra-entry', extra);
  const files = new Map<string, Uint8Array>();
  for (const entry of listed) {
    const data = entries[entry.path];
    if (!data) return refuse('missing-entry', entry.path);
    const bad = checkFile(data, entry, entry.path);
    if (bad) return bad;
    files.set(entry.path, data);
  }
  return { ok: true, manifest: checked.manifest, files };
}
