/**
 * The app reads packages in a worker thread (package-reader-worker.ts) with a time limit: the main
 * thread, which also saves the journal and paints the window, keeps running while a package is
 * inflated and hashed, and a worker that takes too long is terminated.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../core/packages/package-refusal';
import { sharedStreamZip } from '../../test-support/hostile-zip';
import { startTsWorker } from '../../test-support/ts-worker';
import { buildUpdatePackage } from './package-builder';
import { createWorkerPackageReader, type PackageReader } from './package-reader';
import { keyIdOf, type TrustedKey } from './trusted-keys';

const WORKER = join(import.meta.dirname, 'package-reader-worker.ts');
const MB = 1024 * 1024;
let privateKey: KeyObject;
let trusted: TrustedKey[];

beforeAll(() => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
});

function reader(timeoutMs?: number): PackageReader {
  return createWorkerPackageReader({
    startWorker: () => startTsWorker(WORKER),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

/** Runs `work` while a 5 ms interval counts how often the main thread got to run. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    const value = await work();
    return { value, ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('package reader in a worker thread', () => {
  it('verifies a 64 MB update while the main thread keeps running, and hands the installer back', async () => {
    const installer = new Uint8Array(64 * MB);
    for (let i = 0; i < installer.length; i += 4096) installer[i] = i / 4096;
    const release = {
      version: '1.2.0',
      minimumVersion: '0.1.0',
      releasedAt: '2026-02-01T00:00:00Z',
      expiresAt: '2026-08-01T00:00:00Z',
    };
    const bytes = buildUpdatePackage('setup.exe', installer, release, privateKey);
    const { value, ticks } = await ticksDuring(() => reader()({ bytes, trustedKeys: trusted, maxBytes: 600 * MB }));
    expect(value.ok).toBe(true);
    // Compared as buffers: a deep equal over 64 M elements would take minutes.
    if (value.ok) expect(Buffer.from(value.files.get('setup.exe') ?? []).equals(installer)).toBe(true);
    // Read in-process, the interval could not fire even once before the verdict.
    expect(ticks).toBeGreaterThan(3);
  });

  it('refuses a zip bomb with the same sentence as in-process', async () => {
    const result = await reader()({ bytes: sharedStreamZip(8, 300), trustedKeys: trusted, maxBytes: 600 * MB });
    expect(result).toMatchObject({ ok: false, code: 'unsafe-archive', message: REFUSAL_MESSAGES['unsafe-archive'] });
  });

  it('terminates a worker that takes longer than the limit and refuses the package', async () => {
    const bytes = buildUpdatePackage(
      'setup.exe',
      new Uint8Array(32 * MB),
      {
        version: '1.2.0',
        minimumVersion: '0.1.0',
        releasedAt: '2026-02-01T00:00:00Z',
        expiresAt: '2026-08-01T00:00:00Z',
      },
      privateKey,
    );
    const started = performance.now();
    const result = await reader(20)({ bytes, trustedKeys: trusted, maxBytes: 600 * MB });
    expect(result).toMatchObject({ ok: false, code: 'too-slow', message: REFUSAL_MESSAGES['too-slow'] });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
