/**
 * THE verifier: the app (USB update, template pack) and the CLI `verify` call exactly this. A package is
 * accepted only when it would be installed: signature, files, content schemas, and the version/expiry
 * decision against what is installed and the persisted trust state.
 */
import {
  MAX_TEMPLATE_PACK_BYTES,
  MAX_UPDATE_PACKAGE_BYTES,
  type TemplatePackManifest,
  type UpdateManifest,
} from '../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../core/packages/package-refusal';
import { decideTemplatePack, decideUpdate, type TrustState } from '../../core/packages/update-decision';
import { ruleSetSchema, type RuleSet } from '../../core/rules/rule-set-schema';
import { templateSchema, type Template } from '../../core/templates/template-schema';
import { readPackageNow, type PackageReader, type PackageReadResult } from './package-reader';
import type { TrustedKey } from './trusted-keys';

export interface VerifyContext {
  trustedKeys: readonly TrustedKey[];
  installedAppVersion: string;
  /** Version of the installed pack with this id, or null when none is installed. */
  installedPackVersion(packId: string): string | null;
  trust: TrustState;
  nowMs: number;
  /** The kind the caller wants (the update dialog refuses a template pack and vice versa). */
  expect?: 'update' | 'template-pack';
}

export interface VerifiedUpdate {
  ok: true;
  kind: 'update';
  manifest: UpdateManifest;
  installer: Uint8Array;
}
export interface VerifiedTemplatePack {
  ok: true;
  kind: 'template-pack';
  manifest: TemplatePackManifest;
  templates: Template[];
  ruleSets: RuleSet[];
  /** Raw verified bytes by entry path, written as is on install. */
  files: Map<string, Uint8Array>;
}
export type PackageVerdict = VerifiedUpdate | VerifiedTemplatePack | Refusal;

function parseJson(data: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data).normalize('NFC'));
  } catch {
    return undefined;
  }
}

/**
 * Parses the verified files of a template pack: each template with templateSchema, each rule-set with
 * ruleSetSchema, template ids unique. Also used when an installed pack is loaded again from userData.
 */
export function parsePackFiles(
  files: ReadonlyMap<string, Uint8Array>,
): { ok: true; templates: Template[]; ruleSets: RuleSet[] } | Refusal {
  const templates: Template[] = [];
  const ruleSets: RuleSet[] = [];
  for (const [path, data] of files) {
    const json = parseJson(data);
    if (path.startsWith('templates/')) {
      const parsed = templateSchema.safeParse(json);
      if (!parsed.success) return refuse('invalid-content', `${path}: ${parsed.error.issues[0]?.message ?? ''}`);
      templates.push(parsed.data);
    } else {
      const parsed = ruleSetSchema.safeParse(json);
      if (!parsed.success) return refuse('invalid-content', `${path}: ${parsed.error.issues[0]?.message ?? ''}`);
      ruleSets.push(parsed.data);
    }
  }
  const ids = templates.map((t) => t.id);
  if (new Set(ids).size !== ids.length) return refuse('invalid-content', 'duplicate template id');
  return { ok: true, templates, ruleSets };
}

/** The cap on a package file's size for the kind the caller expects. */
export function packageCap(expect: VerifyContext['expect']): number {
  return expect === 'template-pack' ? MAX_TEMPLATE_PACK_BYTES : MAX_UPDATE_PACKAGE_BYTES;
}

/** The decision on a package already read (signature, files): kind, contents, version and expiry. */
export function judgePackage(read: PackageReadResult, byteLength: number, context: VerifyContext): PackageVerdict {
  if (!read.ok) return read;
  const { manifest } = read;
  if (context.expect && manifest.kind !== context.expect) return refuse('wrong-kind', manifest.kind);

  if (manifest.kind === 'update') {
    const decision = decideUpdate(manifest, context.installedAppVersion, context.trust, context.nowMs);
    if (!decision.ok) return decision;
    const installer = read.files.get(manifest.file);
    if (!installer) return refuse('missing-entry', manifest.file);
    return { ok: true, kind: 'update', manifest, installer };
  }

  if (byteLength > MAX_TEMPLATE_PACK_BYTES) return refuse('too-large', 'template pack');
  const parsedFiles = parsePackFiles(read.files);
  if (!parsedFiles.ok) return parsedFiles;
  const { templates, ruleSets } = parsedFiles;
  const decision = decideTemplatePack(
    manifest,
    context.installedPackVersion(manifest.packId),
    context.trust,
    context.nowMs,
  );
  if (!decision.ok) return decision;
  return { ok: true, kind: 'template-pack', manifest, templates, ruleSets, files: read.files };
}

/** In-process (CLI, tests): the reader bounds bytes and work by itself. */
export function verifyPackage(bytes: Uint8Array, context: VerifyContext): PackageVerdict {
  const read = readPackageNow({ bytes, trustedKeys: context.trustedKeys, maxBytes: packageCap(context.expect) });
  return judgePackage(read, bytes.length, context);
}

/** The app's form: reading (inflate, hash, signature) happens in `reader`, a worker thread in main. */
export async function verifyPackageWith(
  reader: PackageReader,
  bytes: Uint8Array,
  context: VerifyContext,
): Promise<PackageVerdict> {
  const read = await reader({ bytes, trustedKeys: context.trustedKeys, maxBytes: packageCap(context.expect) });
  return judgePackage(read, bytes.length, context);
}
