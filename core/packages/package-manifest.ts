/**
 * The signed manifests of the two package kinds the province distributes (U-01): an app update
 * (one installer) and a template pack (outlines + rule-sets). Pure schemas: the signature and hashes are
 * checked in main (node:crypto), the decisions in update-decision.ts.
 */
import { valid } from 'semver';
import { z } from 'zod';
import { SLUG_PATTERN } from '../model/ids';

/** Application id written into every manifest, so a package for another app is refused. */
export const PACKAGE_APP_ID = 'soan-bao-cao';

/** Names inside a package: the manifest, its detached Ed25519 signature, and the files it lists. */
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';

/** Caps that keep a hostile USB file from exhausting memory before the signature is even checked. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
export const MAX_UPDATE_PACKAGE_BYTES = 600 * 1024 * 1024;
export const MAX_TEMPLATE_PACK_BYTES = 8 * 1024 * 1024;
export const MAX_TEMPLATE_PACK_FILES = 200;
/** Outlines and rule-sets are small JSON files: what a whole pack may inflate to. */
export const MAX_TEMPLATE_PACK_INFLATED_BYTES = 32 * 1024 * 1024;

/**
 * A relative path made of plain ASCII segments: no "..", no absolute path, no drive letter, no backslash
 * (zip-slip), and nothing Windows would reinterpret (":", trailing dots).
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return false;
  const segments = name.split('/');
  return segments.every((s) => /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/.test(s) && !s.endsWith('.') && s !== '..');
}

const semverString = z
  .string()
  .max(64)
  .refine((v) => valid(v) === v, 'phiên bản không đúng dạng x.y.z');
const sha512Hex = z.string().regex(/^[0-9a-f]{128}$/);
const isoInstant = z.iso.datetime({ offset: true });
/** First 16 hex digits of SHA-256 over the public key's SPKI DER (see key-id in main). */
const keyId = z.string().regex(/^[0-9a-f]{16}$/);
const entryName = z.string().refine(isSafeEntryName, 'tên tệp trong gói không an toàn');

export const updateManifestSchema = z.strictObject({
  schema: z.literal(1),
  kind: z.literal('update'),
  app: z.literal(PACKAGE_APP_ID),
  version: semverString,
  channel: z.literal('stable'),
  /** The installer's name inside the package (one segment). */
  file: entryName.refine((n) => !n.includes('/'), 'bộ cài phải nằm ở gốc gói'),
  size: z.number().int().positive().max(MAX_UPDATE_PACKAGE_BYTES),
  sha512: sha512Hex,
  /** Installed versions older than this must first install an intermediate release. */
  minimumVersion: semverString,
  releasedAt: isoInstant,
  expiresAt: isoInstant,
  keyId,
});
export type UpdateManifest = z.infer<typeof updateManifestSchema>;

export const packFileSchema = z.strictObject({
  path: entryName.refine(
    (p) => /^(templates|rule-sets)\/[^/]+\.json$/.test(p),
    'tệp phải nằm trong templates/ hoặc rule-sets/ và là .json',
  ),
  size: z.number().int().nonnegative().max(MAX_TEMPLATE_PACK_BYTES),
  sha512: sha512Hex,
});
export type PackFile = z.infer<typeof packFileSchema>;

export const templatePackManifestSchema = z.strictObject({
  schema: z.literal(1),
  kind: z.literal('template-pack'),
  app: z.literal(PACKAGE_APP_ID),
  /** Stable id of the pack (e.g. the issuing province); a newer version replaces the older one. */
  packId: z.string().regex(SLUG_PATTERN),
  version: semverString,
  name: z.string().min(1).max(200),
  releasedAt: isoInstant,
  expiresAt: isoInstant,
  keyId,
  files: z
    .array(packFileSchema)
    .min(1)
    .max(MAX_TEMPLATE_PACK_FILES)
    .refine((files) => new Set(files.map((f) => f.path)).size === files.length, 'tệp bị liệt kê hai lần'),
});
export type TemplatePackManifest = z.infer<typeof templatePackManifestSchema>;

export type PackageManifest = UpdateManifest | TemplatePackManifest;
export const packageManifestSchema = z.discriminatedUnion('kind', [updateManifestSchema, templatePackManifestSchema]);
