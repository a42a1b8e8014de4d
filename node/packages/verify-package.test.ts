import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from '../../core/packages/package-manifest';
import { EMPTY_TRUST_STATE } from '../../core/packages/update-decision';
import {
  buildTemplatePack,
  buildUpdatePackage,
  encodeManifest,
  signManifest,
  updateManifestFor,
  zipPackage,
  type UpdateRelease,
} from './package-builder';
import { BUILT_IN_PUBLIC_KEYS_PEM, keyIdOf, trustedKeysFromPem, type TrustedKey } from './trusted-keys';
import { verifyPackage, type VerifyContext } from './verify-package';

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = Date.parse('2026-03-01T00:00:00Z');
const RELEASE: UpdateRelease = {
  version: '1.2.0',
  minimumVersion: '0.1.0',
  releasedAt: '2026-02-01T00:00:00Z',
  expiresAt: '2026-08-01T00:00:00Z',
};
// A small installer stand-in: every byte position matters, so keep it short but non-trivial.
const INSTALLER = new Uint8Array(Array.from({ length: 96 }, (_, i) => (i * 37 + 11) % 256));

let privateKey: KeyObject;
let trusted: TrustedKey[];
let otherKey: KeyObject;

beforeAll(() => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
  otherKey = generateKeyPairSync('ed25519').privateKey;
});

function context(overrides: Partial<VerifyContext> = {}): VerifyContext {
  return {
    trustedKeys: trusted,
    installedAppVersion: '1.1.0',
    installedPackVersion: () => null,
    trust: EMPTY_TRUST_STATE,
    nowMs: NOW,
    ...overrides,
  };
}

/** The three logical parts of a good package, so tests can damage one and repack. */
function parts(release = RELEASE, key = privateKey) {
  const manifest = encodeManifest(updateManifestFor('soan-bao-cao-setup.exe', INSTALLER, release, key));
  return { manifest, signature: signManifest(manifest, key), installer: INSTALLER as Uint8Array };
}
function pack(p: ReturnType<typeof parts>, extra: Record<string, Uint8Array> = {}) {
  return zipPackage(
    p.manifest,
    p.signature,
    new Map([['soan-bao-cao-setup.exe', p.installer], ...Object.entries(extra)]),
  );
}
function flip(data: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const copy = data.slice();
  copy[index]! ^= mask;
  return copy;
}

describe('update packages', () => {
  it('accepts a good package and hands back the installer bytes', () => {
    const verdict = verifyPackage(
      buildUpdatePackage('soan-bao-cao-setup.exe', INSTALLER, RELEASE, privateKey),
      context(),
    );
    expect(verdict).toMatchObject({ ok: true, kind: 'update', manifest: { version: '1.2.0' } });
    expect(verdict.ok && verdict.kind === 'update' && verdict.installer).toEqual(INSTALLER);
  });

  it('rejects every single-byte flip in the manifest', () => {
    const p = parts();
    for (let i = 0; i < p.manifest.length; i++) {
      const verdict = verifyPackage(pack({ ...p, manifest: flip(p.manifest, i) }), context());
      expect(verdict, `byte ${i}`).toMatchObject({ ok: false, code: 'bad-signature' });
    }
  });

  it('rejects every single-byte flip in the signature', () => {
    const p = parts();
    for (let i = 0; i < p.signature.length; i++) {
      expect(verifyPackage(pack({ ...p, signature: flip(p.signature, i) }), context()), `byte ${i}`).toMatchObject({
        ok: false,
        code: 'bad-signature',
      });
    }
  });

  it('rejects every single-byte flip in the installer', () => {
    const p = parts();
    for (let i = 0; i < p.installer.length; i++) {
      expect(verifyPackage(pack({ ...p, installer: flip(p.installer, i) }), context()), `byte ${i}`).toMatchObject({
        ok: false,
        code: 'hash-mismatch',
      });
    }
  });

  it('rejects a manifest re-serialized with other whitespace (the exact bytes are signed)', () => {
    const p = parts();
    const reformatted = new TextEncoder().encode(JSON.stringify(JSON.parse(new TextDecoder().decode(p.manifest))));
    expect(verifyPackage(pack({ ...p, manifest: reformatted }), context())).toMatchObject({
      ok: false,
      code: 'bad-signature',
    });
  });

  it('rejects a package signed with another key, and says so in Vietnamese', () => {
    const verdict = verifyPackage(pack(parts(RELEASE, otherKey)), context());
    expect(verdict).toMatchObject({ ok: false, code: 'bad-signature' });
    expect(!verdict.ok && verdict.message).toMatch(/Chữ ký số của gói không hợp lệ/);
  });

  it.each([
    ['older than installed (rollback)', '1.0.9', {}, 'rollback'],
    ['equal to installed', '1.1.0', {}, 'same-version'],
    ['a prerelease of the installed version', '1.1.0-beta.1', {}, 'rollback'],
    [
      'newer than installed but older than one seen before',
      '1.1.5',
      { trust: { highestSeenVersion: '1.2.0', newestReleaseSeen: null } },
      'rollback',
    ],
  ] as const)('rejects a version %s', (_label, version, overrides, code) => {
    expect(verifyPackage(pack(parts({ ...RELEASE, version })), context(overrides))).toMatchObject({ ok: false, code });
  });

  it('accepts a newer prerelease and a version equal to the highest seen', () => {
    expect(verifyPackage(pack(parts({ ...RELEASE, version: '1.2.0-rc.1' })), context())).toMatchObject({ ok: true });
    expect(
      verifyPackage(pack(parts()), context({ trust: { highestSeenVersion: '1.2.0', newestReleaseSeen: null } })),
    ).toMatchObject({ ok: true });
  });

  it('rejects an update the installed version is too old for', () => {
    expect(verifyPackage(pack(parts({ ...RELEASE, minimumVersion: '1.1.1' })), context())).toMatchObject({
      ok: false,
      code: 'too-old-to-update',
    });
  });

  it('rejects an expired package, also when the PC clock was turned back before a release already seen', () => {
    expect(verifyPackage(pack(parts()), context({ nowMs: Date.parse('2026-09-01T00:00:00Z') }))).toMatchObject({
      ok: false,
      code: 'expired',
    });
    const clockBehind = context({
      nowMs: Date.parse('2020-01-01T00:00:00Z'),
      trust: { highestSeenVersion: null, newestReleaseSeen: '2026-09-01T00:00:00Z' },
    });
    expect(verifyPackage(pack(parts()), clockBehind)).toMatchObject({ ok: false, code: 'expired' });
  });

  it('rejects truncated packages at every length', () => {
    const good = pack(parts());
    for (let length = 0; length < good.length; length += 7) {
      const verdict = verifyPackage(good.subarray(0, length), context());
      expect(verdict.ok, `length ${length}`).toBe(false);
    }
  });

  it('rejects an oversized package before unpacking it', () => {
    const good = pack(parts());
    expect(verifyPackage(good, context({ expect: 'template-pack' }))).toMatchObject({ ok: false });
    const huge = new Uint8Array(600 * 1024 * 1024 + 1);
    expect(verifyPackage(huge, context())).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('rejects an installer larger than the signed size', () => {
    const p = parts();
    expect(verifyPackage(pack({ ...p, installer: new Uint8Array([...INSTALLER, 0]) }), context())).toMatchObject({
      ok: false,
      code: 'size-mismatch',
    });
  });

  it.each([
    '../evil.exe',
    '../../AppData/Roaming/x.js',
    'a/../../b',
    '/etc/passwd',
    'C:/Windows/x.exe',
    'a\\..\\b',
    'dir/',
  ])('rejects a zip-slip entry %s', (name) => {
    expect(verifyPackage(pack(parts(), { [name]: new Uint8Array([1]) }), context())).toMatchObject({
      ok: false,
      code: 'unsafe-entry',
    });
  });

  it('rejects an unlisted extra file (mix-and-match) and a missing signature', () => {
    expect(verifyPackage(pack(parts(), { 'readme.txt': new Uint8Array([1]) }), context())).toMatchObject({
      ok: false,
      code: 'extra-entry',
    });
    const entries = unzipSync(pack(parts()));
    delete entries[SIGNATURE_ENTRY];
    expect(Object.keys(entries)).toContain(MANIFEST_ENTRY);
    expect(verifyPackage(zipSync(entries, { level: 0 }), context())).toMatchObject({
      ok: false,
      code: 'missing-entry',
    });
  });

  it('property: a random byte flip anywhere in the package is rejected or changes nothing that is installed', () => {
    const good = pack(parts());
    fc.assert(
      fc.property(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, mask) => {
        const verdict = verifyPackage(flip(good, index, mask), context());
        // A flip in zip bookkeeping (timestamps, "version made by") may leave every signed byte intact;
        // then exactly the signed installer is what would be installed.
        if (verdict.ok) expect(verdict.kind === 'update' && verdict.installer).toEqual(INSTALLER);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: random flips inside the manifest, signature or installer are always rejected', () => {
    const p = parts();
    const part = fc.constantFrom('manifest', 'signature', 'installer') as fc.Arbitrary<
      'manifest' | 'signature' | 'installer'
    >;
    fc.assert(
      fc.property(part, fc.nat(), fc.integer({ min: 1, max: 255 }), (which, index, mask) => {
        const damaged = { ...p, [which]: flip(p[which], index % p[which].length, mask) };
        expect(verifyPackage(pack(damaged), context()).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('template packs', () => {
  const template = readFileSync(join(ROOT, 'assets', 'templates', 'dinh-ky.json'));
  const ruleSet = readFileSync(join(ROOT, 'core', 'rules', 'hd36-2018.json'));
  const release = {
    packId: 'tinh-uy-mau',
    version: '2.0.0',
    name: 'Đề cương của Tỉnh ủy',
    releasedAt: RELEASE.releasedAt,
    expiresAt: RELEASE.expiresAt,
  };
  const files = () =>
    new Map<string, Uint8Array>([
      ['templates/dinh-ky.json', new Uint8Array(template)],
      ['rule-sets/hd36-2018.json', new Uint8Array(ruleSet)],
    ]);

  it('accepts a signed pack and validates its outlines and rule-sets', () => {
    const verdict = verifyPackage(
      buildTemplatePack(files(), release, privateKey),
      context({ expect: 'template-pack' }),
    );
    expect(verdict).toMatchObject({ ok: true, kind: 'template-pack' });
    if (!verdict.ok || verdict.kind !== 'template-pack') return;
    expect(verdict.templates.map((t) => t.id)).toEqual(['dinh-ky']);
    expect(verdict.ruleSets).toHaveLength(1);
  });

  it('refuses a pack whose signed outline does not match the template schema', () => {
    const bad = files();
    bad.set('templates/dinh-ky.json', new TextEncoder().encode('{"id":"x"}'));
    expect(verifyPackage(buildTemplatePack(bad, release, privateKey), context())).toMatchObject({
      ok: false,
      code: 'invalid-content',
    });
  });

  it('refuses an older or equal pack version than the installed one, and the wrong kind', () => {
    const packBytes = buildTemplatePack(files(), release, privateKey);
    expect(verifyPackage(packBytes, context({ installedPackVersion: () => '2.1.0' }))).toMatchObject({
      ok: false,
      code: 'rollback',
    });
    expect(verifyPackage(packBytes, context({ installedPackVersion: () => '2.0.0' }))).toMatchObject({
      ok: false,
      code: 'same-version',
    });
    expect(verifyPackage(packBytes, context({ expect: 'update' }))).toMatchObject({ ok: false, code: 'wrong-kind' });
  });
});

describe('built-in key', () => {
  it('is one Ed25519 key, the same as build/update-public-key.pem', () => {
    expect(trustedKeysFromPem(BUILT_IN_PUBLIC_KEYS_PEM)).toHaveLength(1);
    expect(readFileSync(join(ROOT, 'build', 'update-public-key.pem'), 'utf8')).toBe(BUILT_IN_PUBLIC_KEYS_PEM[0]);
  });
  it('does not verify packages signed by a throwaway test key', () => {
    const verdict = verifyPackage(
      pack(parts()),
      context({ trustedKeys: trustedKeysFromPem(BUILT_IN_PUBLIC_KEYS_PEM) }),
    );
    expect(verdict).toMatchObject({ ok: false, code: 'bad-signature' });
  });
});
