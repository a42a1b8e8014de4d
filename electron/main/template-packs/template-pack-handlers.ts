/**
 * "Gói đề cương từ USB…": pick a `.goi-de-cuong`, copy it into userData, verify THE COPY with the one
 * verifier (signature, hashes, templateSchema, ruleSetSchema, newer than the installed version), show
 * what changes against what the app has now, and install only after the clerk confirms; "Quay lại bản
 * trước" restores the kept version. `list` feeds the renderer's template registry. Electron injected.
 */
import { createHash } from 'node:crypto';
import { valid } from 'semver';
import { join } from 'node:path';
import { describeChange, diffPack, type PackItem } from '../../../core/packages/pack-diff';
import type { TemplatePackManifest } from '../../../core/packages/package-manifest';
import { advancePackVersion, type TrustState } from '../../../core/packages/update-decision';
import type { RuleSet } from '../../../core/rules/rule-set-schema';
import type { Template } from '../../../core/templates/template-schema';
import type {
  TemplatePackChangeResponse,
  TemplatePackPickResponse,
  TemplatesListResponse,
} from '../../ipc/update-types';
import { pickSignedPackage, type OpenFileDialogOptions, type OpenFileDialogResult } from '../pick-signed-package';
import type { TrustedKey } from '../../../node/packages/trusted-keys';
import type { TrustStore } from '../../../node/packages/trust-store';
import type { PackageReader } from '../../../node/packages/package-reader';
import { verifyPackageWith } from '../../../node/packages/verify-package';
import { PACKS_DIR, STORE_MESSAGES, type PackStore, type PackStoreFs } from '../../../node/packages/pack-store';

export const PACK_MESSAGES = {
  noPending:
    'Gói đề cương đã chọn không còn trong bộ nhớ của ứng dụng. Hãy bấm “Gói đề cương từ USB…” và chọn lại tệp.',
  storeFailed:
    'Không lưu được gói đề cương vào máy (ổ đĩa có thể đã đầy hoặc bị khóa). Hãy giải phóng dung lượng ổ đĩa rồi thử lại.',
  noPrevious: 'Gói đề cương này không còn bản trước để quay lại.',
  previousDamaged:
    'Bản trước của gói đề cương bị hỏng nên không quay lại được. Hãy cài lại gói từ USB do đơn vị phát hành cung cấp.',
} as const;

export interface TemplatePackDeps<E> {
  showOpenDialog(event: E, options: OpenFileDialogOptions): Promise<OpenFileDialogResult>;
  fs: PackStoreFs;
  userData: string;
  store: PackStore;
  trustedKeys: readonly TrustedKey[];
  /** Reads and verifies the package off the main thread (package-reader.ts). */
  readPackage: PackageReader;
  installedAppVersion: string;
  trust: TrustStore;
  builtInTemplates(): Template[];
  builtInRuleSets(): RuleSet[];
  newToken(): string;
  now(): number;
  log(message: string, error?: unknown): void;
}

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
const templateItem = (t: Template): PackItem => ({
  id: t.id,
  name: t.name,
  version: t.version,
  fingerprint: fingerprint(t),
});
const ruleSetItem = (r: RuleSet): PackItem => ({ id: r.id, name: r.name, fingerprint: fingerprint(r) });

interface Pending {
  token: string;
  manifest: TemplatePackManifest;
  bytes: Uint8Array;
}

export function createTemplatePackHandlers<E>(deps: TemplatePackDeps<E>) {
  let pending: Pending | null = null;

  /**
   * The trust state, with the versions named in the packs' state.json files copied in once (from
   * before the highest accepted pack version was kept there), so later edits of state.json change
   * nothing about which versions are refused.
   */
  async function loadTrust(): Promise<TrustState> {
    const trust = await deps.trust.load();
    if (trust.packStateMigrated) return trust;
    let next: TrustState = { ...trust, packStateMigrated: true };
    for (const { packId, state } of await deps.store.states()) {
      for (const version of [state.active, state.previous]) {
        if (version !== null && valid(version) === version) next = advancePackVersion(next, packId, version);
      }
    }
    await deps.trust
      .save(next)
      .catch((error: unknown) => deps.log('[template-pack] could not save the trust state', error));
    return next;
  }

  async function list(): Promise<TemplatesListResponse> {
    await loadTrust();
    const { packs, damaged } = await deps.store.loadAll();
    const seen = new Set<string>();
    const templates: Template[] = [];
    for (const pack of packs) {
      for (const t of pack.templates) {
        // Two packs with the same outline id: the first pack (by id) wins, so the choice is stable.
        if (seen.has(t.id)) continue;
        seen.add(t.id);
        templates.push(t);
      }
    }
    return {
      templates,
      // In pack-id order, as main's export resolves them (createRuleSetRegistry: the first of an id wins).
      ruleSets: packs.flatMap((p) => p.ruleSets),
      packs: packs.map((p) => ({
        packId: p.manifest.packId,
        name: p.manifest.name,
        activeVersion: p.state.active,
        previousVersion: p.state.previous,
        templateNames: p.templates.map((t) => t.name),
        ruleSetNames: p.ruleSets.map((r) => r.name),
      })),
      problems: damaged.map((id) => STORE_MESSAGES.damaged(id)),
    };
  }

  async function pick(event: E): Promise<TemplatePackPickResponse> {
    const copy = await pickSignedPackage('template-pack', event, deps, (token, extension) => ({
      dir: join(deps.userData, PACKS_DIR, '.incoming'),
      name: `${token}.${extension}`,
    }));
    if (copy.status !== 'copied') return copy;
    const { token } = copy;
    try {
      const installed = new Map<string, string>();
      const present = await deps.store.loadAll();
      for (const p of present.packs) installed.set(p.manifest.packId, p.state.active);
      const verdict = await verifyPackageWith(deps.readPackage, copy.bytes, {
        trustedKeys: deps.trustedKeys,
        installedAppVersion: deps.installedAppVersion,
        installedPackVersion: (packId) => installed.get(packId) ?? null,
        trust: await loadTrust(),
        nowMs: deps.now(),
        expect: 'template-pack',
      });
      if (!verdict.ok) {
        deps.log(`[template-pack] refused: ${verdict.code} ${verdict.detail ?? ''}`);
        return { status: 'refused', message: verdict.message };
      }
      if (verdict.kind !== 'template-pack') return { status: 'refused', message: 'wrong kind' };
      const changes = diffPack(
        { templates: verdict.templates.map(templateItem), ruleSets: verdict.ruleSets.map(ruleSetItem) },
        {
          templates: [...deps.builtInTemplates(), ...present.packs.flatMap((p) => p.templates)].map(templateItem),
          ruleSets: [...deps.builtInRuleSets(), ...present.packs.flatMap((p) => p.ruleSets)].map(ruleSetItem),
        },
      );
      pending = { token, manifest: verdict.manifest, bytes: copy.bytes };
      return {
        status: 'verified',
        token,
        packId: verdict.manifest.packId,
        name: verdict.manifest.name,
        version: verdict.manifest.version,
        installedVersion: installed.get(verdict.manifest.packId) ?? null,
        changes: changes.map(describeChange),
      };
    } finally {
      await deps.fs
        .remove(copy.path)
        .catch((error: unknown) => deps.log('[template-pack] could not remove the copy', error));
    }
  }

  async function install(request: { token: string }): Promise<TemplatePackChangeResponse> {
    const chosen = pending;
    if (!chosen || chosen.token !== request.token) return { status: 'error', message: PACK_MESSAGES.noPending };
    // Verified again against the state of now: another pack version may have been installed meanwhile.
    const active = await deps.store.activeVersion(chosen.manifest.packId);
    const verdict = await verifyPackageWith(deps.readPackage, chosen.bytes, {
      trustedKeys: deps.trustedKeys,
      installedAppVersion: deps.installedAppVersion,
      installedPackVersion: () => active,
      trust: await loadTrust(),
      nowMs: deps.now(),
      expect: 'template-pack',
    });
    if (!verdict.ok) return { status: 'refused', message: verdict.message };
    let stored: boolean;
    try {
      stored = await deps.store.install(chosen.manifest, chosen.bytes);
    } catch (error) {
      deps.log('[template-pack] install failed', error);
      stored = false;
    }
    if (!stored) return { status: 'error', message: PACK_MESSAGES.storeFailed };
    // Remembered beside the update versions: an older signed pack stays refused even without state.json.
    await deps.trust
      .save(advancePackVersion(await loadTrust(), chosen.manifest.packId, chosen.manifest.version))
      .catch((error: unknown) => deps.log('[template-pack] could not save the trust state', error));
    pending = null;
    return {
      status: 'installed',
      packId: chosen.manifest.packId,
      version: chosen.manifest.version,
      list: await list(),
    };
  }

  async function rollback(request: { packId: string }): Promise<TemplatePackChangeResponse> {
    const result = await deps.store.rollback(request.packId);
    if (result === 'no-previous') return { status: 'refused', message: PACK_MESSAGES.noPrevious };
    if (result === 'damaged') return { status: 'refused', message: PACK_MESSAGES.previousDamaged };
    return {
      status: 'installed',
      packId: request.packId,
      version: (await deps.store.activeVersion(request.packId)) ?? '',
      list: await list(),
    };
  }

  return { list, pick, install, rollback };
}
