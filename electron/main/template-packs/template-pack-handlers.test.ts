import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { promises as fs, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../../core/packages/package-refusal';
import { listRuleSets } from '../../../core/rules/rule-sets';
import { builtInTemplates } from '../../../core/templates/templates';
import { buildTemplatePack, type PackRelease } from '../../../node/packages/package-builder';
import { realPackageFs } from '../../../node/packages/real-package-fs';
import { keyIdOf, type TrustedKey } from '../../../node/packages/trusted-keys';
import { createTrustStore } from '../../../node/packages/trust-store';
import { createPackStore, PACK_FILE, STORE_MESSAGES, type PackStoreFs } from '../../../node/packages/pack-store';
import { createTemplatePackHandlers, PACK_MESSAGES } from './template-pack-handlers';
import { inProcessPackageReader } from '../../../node/packages/package-reader';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NOW = Date.parse('2026-03-01T00:00:00Z');
const RELEASE: PackRelease = {
  packId: 'tinh-uy-tq',
  version: '1.0.0',
  name: 'Đề cương Tỉnh ủy 2026',
  releasedAt: '2026-02-01T00:00:00Z',
  expiresAt: '2027-02-01T00:00:00Z',
};
const fsx: PackStoreFs = { ...realPackageFs, readdir: (p) => fs.readdir(p) };
const encode = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

let userData: string;
let stick: string;
let privateKey: KeyObject;
let trusted: TrustedKey[];

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'packs-'));
  stick = mkdtempSync(join(tmpdir(), 'packs-stick-'));
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
});
afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
  rmSync(stick, { recursive: true, force: true });
});

function outline(id: string, name: string, version = 1) {
  const base = JSON.parse(readFileSync(join(ROOT, 'assets', 'templates', 'dinh-ky.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...base, id, name, version };
}
function ruleSet(name: string) {
  return {
    ...(JSON.parse(readFileSync(join(ROOT, 'core', 'rules', 'hd36-2018.json'), 'utf8')) as Record<string, unknown>),
    id: 'tq-2026',
    name,
  };
}

function writePack(
  files: Record<string, unknown>,
  release: Partial<PackRelease> = {},
  name = 'de-cuong.goi-de-cuong',
): string {
  const map = new Map(Object.entries(files).map(([p, v]) => [p, encode(v)]));
  const path = join(stick, name);
  writeFileSync(path, buildTemplatePack(map, { ...RELEASE, ...release }, privateKey));
  return path;
}

function handlers(picked: () => string | null) {
  let n = 0;
  return createTemplatePackHandlers<null>({
    showOpenDialog: async () => {
      const p = picked();
      return p === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [p] };
    },
    fs: fsx,
    userData,
    store: createPackStore(userData, fsx, trusted, inProcessPackageReader),
    trustedKeys: trusted,
    readPackage: inProcessPackageReader,
    installedAppVersion: '1.0.0',
    trust: createTrustStore(join(userData, 'update-trust.json'), realPackageFs),
    builtInTemplates,
    builtInRuleSets: listRuleSets,
    newToken: () => (++n).toString(16).padStart(32, '0'),
    now: () => NOW,
    log: () => undefined,
  });
}

describe('template packs', () => {
  it('verifies, shows what changes, installs on confirm and lists the validated outlines', async () => {
    let source = writePack({
      'templates/tq.json': outline('tq-so-ket', 'Sơ kết (mẫu Tỉnh ủy)'),
      'rule-sets/tq.json': ruleSet('Thể thức Tỉnh ủy'),
    });
    const h = handlers(() => source);
    expect(await h.list()).toEqual({ templates: [], ruleSets: [], packs: [], problems: [] });

    const picked = await h.pick(null);
    expect(picked).toMatchObject({
      status: 'verified',
      packId: 'tinh-uy-tq',
      version: '1.0.0',
      installedVersion: null,
    });
    if (picked.status !== 'verified') throw new Error('not verified');
    expect(picked.changes).toEqual([
      'Đề cương “Sơ kết (mẫu Tỉnh ủy)”: thêm mới',
      'Bộ quy tắc thể thức “Thể thức Tỉnh ủy”: thêm mới',
    ]);
    // Nothing is installed before the clerk confirms, and the copy in userData is cleaned up.
    expect((await h.list()).templates).toEqual([]);
    expect(readdirSync(join(userData, 'template-packs', '.incoming'))).toEqual([]);

    const done = await h.install({ token: picked.token });
    expect(done).toMatchObject({ status: 'installed', packId: 'tinh-uy-tq', version: '1.0.0' });
    const listed = await h.list();
    expect(listed.templates).toHaveLength(1);
    expect(listed.templates[0]).toMatchObject({ id: 'tq-so-ket', name: 'Sơ kết (mẫu Tỉnh ủy)' });
    expect(listed.packs).toEqual([
      {
        packId: 'tinh-uy-tq',
        name: RELEASE.name,
        activeVersion: '1.0.0',
        previousVersion: null,
        templateNames: ['Sơ kết (mẫu Tỉnh ủy)'],
        ruleSetNames: ['Thể thức Tỉnh ủy'],
      },
    ]);

    // Version 1.1.0 changes the outline: "cập nhật"; 1.0.0 is kept to go back to.
    source = writePack(
      {
        'templates/tq.json': outline('tq-so-ket', 'Sơ kết (mẫu Tỉnh ủy)', 2),
        'rule-sets/tq.json': ruleSet('Thể thức Tỉnh ủy'),
      },
      { version: '1.1.0' },
      'v2.goi-de-cuong',
    );
    const second = await h.pick(null);
    if (second.status !== 'verified') throw new Error(JSON.stringify(second));
    expect(second.installedVersion).toBe('1.0.0');
    expect(second.changes).toEqual([
      'Đề cương “Sơ kết (mẫu Tỉnh ủy)”: cập nhật',
      'Bộ quy tắc thể thức “Thể thức Tỉnh ủy”: không đổi',
    ]);
    await h.install({ token: second.token });
    expect((await h.list()).packs[0]).toMatchObject({ activeVersion: '1.1.0', previousVersion: '1.0.0' });
    expect((await h.list()).templates[0]).toMatchObject({ version: 2 });

    // Going back restores 1.0.0, and there is then nothing further to go back to.
    const back = await h.rollback({ packId: 'tinh-uy-tq' });
    expect(back).toMatchObject({ status: 'installed', version: '1.0.0' });
    expect((await h.list()).templates[0]).toMatchObject({ version: 1 });
    expect(await h.rollback({ packId: 'tinh-uy-tq' })).toEqual({
      status: 'refused',
      message: PACK_MESSAGES.noPrevious,
    });
  });

  it('refuses an invalid outline, an older or same version, and an update package, with Vietnamese reasons', async () => {
    let source = writePack({ 'templates/bad.json': { id: 'BAD ID', name: 'x' } });
    const h = handlers(() => source);
    expect(await h.pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES['invalid-content'] });

    source = writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') }, { version: '2.0.0' });
    const ok = await h.pick(null);
    if (ok.status !== 'verified') throw new Error('not verified');
    await h.install({ token: ok.token });
    source = writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') }, { version: '1.5.0' }, 'old.goi-de-cuong');
    expect(await h.pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES.rollback });
    source = writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') }, { version: '2.0.0' }, 'same.goi-de-cuong');
    expect(await h.pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES['same-version'] });
    expect(await h.install({ token: 'f'.repeat(32) })).toEqual({ status: 'error', message: PACK_MESSAGES.noPending });
  });

  it('stops using an installed pack whose stored file was modified, and says so', async () => {
    const source = writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') });
    const h = handlers(() => source);
    const picked = await h.pick(null);
    if (picked.status !== 'verified') throw new Error('not verified');
    await h.install({ token: picked.token });
    const stored = join(userData, 'template-packs', 'tinh-uy-tq', '1.0.0', PACK_FILE);
    const bytes = new Uint8Array(readFileSync(stored));
    const at = bytes.length - 300;
    bytes[at] = bytes[at]! ^ 0x20;
    writeFileSync(stored, bytes);
    expect(await h.list()).toEqual({
      templates: [],
      ruleSets: [],
      packs: [],
      problems: [STORE_MESSAGES.damaged('tinh-uy-tq')],
    });
  });

  describe('downgrade protection does not rest on state.json', () => {
    async function installVersion(h: ReturnType<typeof handlers>, set: (path: string) => void, version: string) {
      set(writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') }, { version }, `v${version}.goi-de-cuong`));
      const picked = await h.pick(null);
      if (picked.status !== 'verified') throw new Error(JSON.stringify(picked));
      expect(await h.install({ token: picked.token })).toMatchObject({ status: 'installed', version });
    }
    const statePath = () => join(userData, 'template-packs', 'tinh-uy-tq', 'state.json');
    const trustFile = () =>
      JSON.parse(readFileSync(join(userData, 'update-trust.json'), 'utf8')) as Record<string, unknown>;

    it('an older signed pack stays refused after state.json is deleted or edited', async () => {
      let source = '';
      const h = handlers(() => source);
      await installVersion(h, (p) => (source = p), '2.0.0');
      expect(trustFile()).toMatchObject({ packVersions: { 'tinh-uy-tq': '2.0.0' } });

      rmSync(statePath());
      source = writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') }, { version: '1.5.0' }, 'old.goi-de-cuong');
      expect(await h.pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES.rollback });

      writeFileSync(statePath(), JSON.stringify({ active: '0.1.0', previous: null }));
      expect(await h.pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES.rollback });
      // The same version, with nothing installed any more, may be installed again.
      rmSync(statePath());
      source = writePack(
        { 'templates/tq.json': outline('tq-so-ket', 'A') },
        { version: '2.0.0' },
        'again.goi-de-cuong',
      );
      expect(await h.pick(null)).toMatchObject({ status: 'verified', version: '2.0.0' });
    });

    it('"Quay lại bản trước" still works, and a newer pack after it too', async () => {
      let source = '';
      const h = handlers(() => source);
      await installVersion(h, (p) => (source = p), '1.0.0');
      await installVersion(h, (p) => (source = p), '1.1.0');
      expect(await h.rollback({ packId: 'tinh-uy-tq' })).toMatchObject({ status: 'installed', version: '1.0.0' });
      await installVersion(h, (p) => (source = p), '1.1.0');
    });

    it('versions in existing state.json files are copied into the trust store once', async () => {
      let source = '';
      const h = handlers(() => source);
      await installVersion(h, (p) => (source = p), '3.0.0');
      // As written by a build that kept versions only in state.json: no packVersions in the trust file.
      writeFileSync(
        join(userData, 'update-trust.json'),
        JSON.stringify({ highestSeenVersion: '1.0.0', newestReleaseSeen: null }),
      );
      await handlers(() => source).list();
      expect(trustFile()).toEqual({
        highestSeenVersion: '1.0.0',
        newestReleaseSeen: null,
        packVersions: { 'tinh-uy-tq': '3.0.0' },
        packStateMigrated: true,
      });
      // Once: a state.json edited afterwards is not copied again.
      writeFileSync(statePath(), JSON.stringify({ active: '9.0.0', previous: null }));
      await handlers(() => source).list();
      expect(trustFile()).toMatchObject({ packVersions: { 'tinh-uy-tq': '3.0.0' } });
      rmSync(statePath());
      source = writePack({ 'templates/tq.json': outline('tq-so-ket', 'A') }, { version: '2.0.0' }, 'old.goi-de-cuong');
      expect(await handlers(() => source).pick(null)).toEqual({
        status: 'refused',
        message: REFUSAL_MESSAGES.rollback,
      });
    });
  });
});
