/**
 * Installed template packs in `userData/template-packs/<packId>/<version>/pack.goi-de-cuong`, with
 * `<packId>/state.json` naming the active version and the previous one kept for going back. The signed
 * package itself is stored, so every load checks its signature and contents again: a file edited in
 * userData is reported, never used. Expiry is not re-checked on load: it limits installing, not using.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { SLUG_PATTERN } from '../../core/model/ids';
import { MAX_TEMPLATE_PACK_BYTES, type TemplatePackManifest } from '../../core/packages/package-manifest';
import type { RuleSet } from '../../core/rules/rule-set-schema';
import type { Template } from '../../core/templates/template-schema';
import type { PackageFs } from './package-copy';
import type { PackageReader } from './package-reader';
import type { TrustedKey } from './trusted-keys';
import { parsePackFiles } from './verify-package';

export const PACKS_DIR = 'template-packs';
export const PACK_FILE = 'pack.goi-de-cuong';
const STATE_FILE = 'state.json';

const packStateSchema = z.strictObject({
  active: z.string().max(64),
  previous: z.string().max(64).nullable(),
});
export type PackState = z.infer<typeof packStateSchema>;

export interface PackStoreFs extends PackageFs {
  readdir(path: string): Promise<string[]>;
}

export interface LoadedPack {
  manifest: TemplatePackManifest;
  state: PackState;
  templates: Template[];
  ruleSets: RuleSet[];
}

export const STORE_MESSAGES = {
  damaged: (packId: string) =>
    `Gói đề cương “${packId}” đã cài trên máy bị hỏng hoặc bị sửa đổi nên không được dùng. Hãy cài lại gói từ USB do đơn vị phát hành cung cấp.`,
} as const;

export function createPackStore(
  userData: string,
  fsx: PackStoreFs,
  trustedKeys: readonly TrustedKey[],
  readPackage: PackageReader,
) {
  const root = join(userData, PACKS_DIR);
  const packDir = (packId: string) => join(root, packId);
  const versionFile = (packId: string, version: string) => join(root, packId, version, PACK_FILE);

  async function readState(packId: string): Promise<PackState | null> {
    try {
      const data = await fsx.readFileCapped(join(packDir(packId), STATE_FILE), 4096);
      if (data === 'too-large') return null;
      const parsed = packStateSchema.safeParse(JSON.parse(new TextDecoder().decode(data)));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function writeState(packId: string, state: PackState): Promise<void> {
    await fsx.writeFileAtomic(
      join(packDir(packId), STATE_FILE),
      new TextEncoder().encode(`${JSON.stringify(state, null, 2)}\n`),
    );
  }

  /** Verifies the stored package of one version again (signature, hashes, schemas). */
  async function loadVersion(packId: string, version: string): Promise<Omit<LoadedPack, 'state'> | null> {
    let bytes: Uint8Array | 'too-large';
    try {
      bytes = await fsx.readFileCapped(versionFile(packId, version), MAX_TEMPLATE_PACK_BYTES);
    } catch {
      return null;
    }
    if (bytes === 'too-large') return null;
    const read = await readPackage({ bytes, trustedKeys, maxBytes: MAX_TEMPLATE_PACK_BYTES });
    if (
      !read.ok ||
      read.manifest.kind !== 'template-pack' ||
      read.manifest.packId !== packId ||
      read.manifest.version !== version
    )
      return null;
    const contents = parsePackFiles(read.files);
    if (!contents.ok) return null;
    return { manifest: read.manifest, templates: contents.templates, ruleSets: contents.ruleSets };
  }

  async function packIds(): Promise<string[]> {
    try {
      return (await fsx.readdir(root)).filter((name) => SLUG_PATTERN.test(name)).sort();
    } catch {
      return [];
    }
  }

  return {
    readState,

    /** Every pack id with a readable state.json, and that state. */
    async states(): Promise<{ packId: string; state: PackState }[]> {
      const found: { packId: string; state: PackState }[] = [];
      for (const packId of await packIds()) {
        const state = await readState(packId);
        if (state) found.push({ packId, state });
      }
      return found;
    },

    async activeVersion(packId: string): Promise<string | null> {
      return (await readState(packId))?.active ?? null;
    },

    /** Every pack's active version, verified again; damaged ones are reported by id. */
    async loadAll(): Promise<{ packs: LoadedPack[]; damaged: string[] }> {
      const packs: LoadedPack[] = [];
      const damaged: string[] = [];
      for (const packId of await packIds()) {
        const state = await readState(packId);
        if (!state) continue;
        const loaded = await loadVersion(packId, state.active);
        if (loaded) packs.push({ ...loaded, state });
        else damaged.push(packId);
      }
      return { packs, damaged };
    },

    /** Stores the verified package as the active version; the version it replaces becomes "previous". */
    async install(manifest: TemplatePackManifest, bytes: Uint8Array): Promise<boolean> {
      const { packId, version } = manifest;
      const old = await readState(packId);
      const dir = join(packDir(packId), version);
      await fsx.remove(dir);
      await fsx.mkdir(dir);
      await fsx.writeFileAtomic(versionFile(packId, version), bytes);
      // Read back and checked before it becomes active: a bad disk must not leave a broken pack in use.
      if (!(await loadVersion(packId, version))) {
        await fsx.remove(dir);
        return false;
      }
      const previous = old && old.active !== version ? old.active : null;
      await writeState(packId, { active: version, previous });
      // Keep exactly two versions: the active one and the one to go back to.
      for (const name of await fsx.readdir(packDir(packId)).catch(() => [] as string[])) {
        if (name !== STATE_FILE && name !== version && name !== previous) await fsx.remove(join(packDir(packId), name));
      }
      return true;
    },

    /** "Quay lại bản trước": the previous version becomes active; the newer one is removed. */
    async rollback(packId: string): Promise<'done' | 'no-previous' | 'damaged'> {
      const state = await readState(packId);
      if (!state?.previous) return 'no-previous';
      if (!(await loadVersion(packId, state.previous))) return 'damaged';
      await writeState(packId, { active: state.previous, previous: null });
      await fsx.remove(join(packDir(packId), state.active));
      return 'done';
    },
  };
}
export type PackStore = ReturnType<typeof createPackStore>;
