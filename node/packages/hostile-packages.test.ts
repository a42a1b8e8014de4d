/**
 * Zip bombs and malformed zips from the security review, read the way "Cập nhật từ USB…", "Gói đề
 * cương từ USB…" and the CLI `verify` read them. Each must be refused with a Vietnamese sentence in
 * bounded time and memory, having inflated (almost) nothing. Bounds are generous: the machine may be busy.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from '../../core/packages/package-manifest';
import { REFUSAL_MESSAGES } from '../../core/packages/package-refusal';
import {
  buildRawZip,
  endRecord,
  overlappingZip,
  sharedStreamZip,
  stored,
  zerosDeflated,
  type RawEntry,
} from '../../test-support/hostile-zip';
import { buildTemplatePack } from './package-builder';
import { readPackageNow, type PackageReadResult } from './package-reader';
import { keyIdOf, type TrustedKey } from './trusted-keys';

const MB = 1024 * 1024;
let privateKey: KeyObject;
let trusted: TrustedKey[];

beforeAll(() => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
});

interface Measured {
  result: PackageReadResult;
  inflatedBytes: number;
  millis: number;
  /** Growth of the process's peak resident memory while reading. */
  peakGrowthBytes: number;
  /** Resident + array-buffer memory right after reading, above what it was before. */
  memoryGrowthBytes: number;
}

function measure(bytes: Uint8Array, maxBytes = 600 * MB): Measured {
  const stats = { inflatedBytes: 0 };
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const before = process.memoryUsage();
  const started = performance.now();
  const result = readPackageNow({ bytes, trustedKeys: trusted, maxBytes }, stats);
  const millis = performance.now() - started;
  const after = process.memoryUsage();
  return {
    result,
    inflatedBytes: stats.inflatedBytes,
    millis,
    peakGrowthBytes: process.resourceUsage().maxRSS * 1024 - peakBefore,
    memoryGrowthBytes: after.rss + after.arrayBuffers - (before.rss + before.arrayBuffers),
  };
}

function expectRefused(m: Measured, codes: string[], maxInflated = 0) {
  expect(m.result.ok).toBe(false);
  if (m.result.ok) return;
  expect(codes).toContain(m.result.code);
  expect(m.result.message).toBe(REFUSAL_MESSAGES[m.result.code]);
  expect(m.inflatedBytes).toBeLessThanOrEqual(maxInflated);
  expect(m.millis).toBeLessThan(5_000);
  expect(m.peakGrowthBytes).toBeLessThan(200 * MB);
  expect(m.memoryGrowthBytes).toBeLessThan(200 * MB);
}

/** manifest.json + manifest.sig of a real signed pack listing one file of `size` bytes, and that file. */
function signedParts(size: number) {
  const content = new Uint8Array(size).fill(0x20);
  const pack = unzipSync(
    buildTemplatePack(
      new Map([['templates/a.json', content]]),
      {
        packId: 'tinh-lc',
        version: '1.0.0',
        name: 'Đề cương',
        releasedAt: '2026-01-01T00:00:00Z',
        expiresAt: '2027-01-01T00:00:00Z',
      },
      privateKey,
    ),
  );
  return {
    manifest: stored(MANIFEST_ENTRY, pack[MANIFEST_ENTRY]!),
    signature: stored(SIGNATURE_ENTRY, pack[SIGNATURE_ENTRY]!),
    content,
  };
}

describe('zip bombs are refused before they are inflated', () => {
  it('300 entries sharing one 8 MB stream (2.4 GB declared): refused from the directory, nothing inflated', () => {
    expectRefused(measure(sharedStreamZip(8, 300)), ['unsafe-archive']);
  });

  it('150 entries (under the entry cap) sharing one 200 MB stream: refused, nothing inflated', () => {
    expectRefused(measure(sharedStreamZip(200, 150)), ['unsafe-archive', 'corrupt']);
  });

  it('1,000 entries declaring 1 byte each, sharing one stream that inflates to 256 MB: refused, nothing inflated', () => {
    expectRefused(measure(sharedStreamZip(256, 1000, 1)), ['unsafe-archive']);
  });

  it('two named entries whose records overlap (one hidden inside the other): refused, nothing inflated', () => {
    expectRefused(measure(overlappingZip()), ['unsafe-archive']);
  });

  it('manifest.json declaring 1 byte that inflates to 128 MB: stops after one small step', () => {
    const data = zerosDeflated(128);
    const zip = buildRawZip([
      { name: MANIFEST_ENTRY, data, method: 8, size: 1 },
      stored(SIGNATURE_ENTRY, new Uint8Array(64)),
    ]);
    // Declared 1 byte from ~500 KB is no "ratio bomb": the lie is caught while inflating, after ≤ ~4 MB.
    expectRefused(measure(zip), ['unsafe-archive'], 5 * MB);
  });

  it('manifest.json declaring 60 KB (under its cap) that inflates to 128 MB: stops after one small step', () => {
    const data = zerosDeflated(128);
    const zip = buildRawZip([
      { name: MANIFEST_ENTRY, data, method: 8, size: 60 * 1024 },
      stored(SIGNATURE_ENTRY, new Uint8Array(64)),
    ]);
    expectRefused(measure(zip), ['unsafe-archive'], 5 * MB);
  });

  it('a ratio bomb (honest 64 MB from 64 KB) is refused from the directory', () => {
    const zip = buildRawZip([
      { name: MANIFEST_ENTRY, data: zerosDeflated(64), method: 8, size: 64 * MB },
      stored(SIGNATURE_ENTRY, new Uint8Array(64)),
    ]);
    expectRefused(measure(zip), ['unsafe-archive']);
  });

  it('an entry-count bomb is refused from the end record: 65,534 claimed, or 203 real entries', () => {
    expectRefused(measure(new Uint8Array(endRecord(65534, 0, 0))), ['unsafe-archive']);
    const many: RawEntry[] = Array.from({ length: 203 }, (_, i) => stored(`f${i}`, 'x'));
    expectRefused(measure(buildRawZip(many)), ['unsafe-archive']);
  });

  it('a signed payload swapped for a 128 MB stream declaring its signed 1,000 bytes: stopped after one step', () => {
    const { manifest, signature, content } = signedParts(1000);
    const zip = buildRawZip([
      manifest,
      signature,
      { name: 'templates/a.json', data: zerosDeflated(128), method: 8, size: content.length },
    ]);
    expectRefused(measure(zip), ['unsafe-archive'], manifest.size + signature.size + 5 * MB);
  });

  it('a signed payload whose stream inflates past its signed size at a plausible ratio: stopped while streaming', () => {
    const { manifest, signature, content } = signedParts(150 * 1024);
    // 8 MB of zeros deflate to ~8 KB: a declared 150 KB is within the ratio cap, the real output is not.
    const zip = buildRawZip([
      manifest,
      signature,
      { name: 'templates/a.json', data: zerosDeflated(8), method: 8, size: content.length },
    ]);
    expectRefused(measure(zip), ['unsafe-archive'], manifest.size + signature.size + content.length + 5 * MB);
  });

  it('a zip inside a signed pack is only bytes: hashed, never unpacked', () => {
    const inner = sharedStreamZip(8, 300);
    const pack = buildTemplatePack(
      new Map([['templates/a.json', inner]]),
      {
        packId: 'tinh-lc',
        version: '1.0.0',
        name: 'Đề cương',
        releasedAt: '2026-01-01T00:00:00Z',
        expiresAt: '2027-01-01T00:00:00Z',
      },
      privateKey,
    );
    const m = measure(pack);
    expect(m.result.ok).toBe(true);
    if (m.result.ok) expect(m.result.files.get('templates/a.json')).toEqual(inner);
    expect(m.inflatedBytes).toBeLessThan(inner.length + 64 * 1024);
  });
});

describe('malformed zips are refused with their reason', () => {
  const cases: [string, () => Uint8Array, string][] = [
    [
      'duplicate names',
      () =>
        buildRawZip([stored('manifest.json', '{}'), stored('manifest.json', '{"x":1}'), stored('manifest.sig', 'x')]),
      'extra-entry',
    ],
    [
      'a symlink entry',
      () =>
        buildRawZip([
          stored('manifest.json', '{}'),
          stored('manifest.sig', 'x'),
          stored('templates/a.json', '/etc/passwd', (0o120777 << 16) >>> 0),
        ]),
      'unsafe-entry',
    ],
    ['zip-slip', () => buildRawZip([stored('../../evil.json', '{}'), stored('manifest.json', '{}')]), 'unsafe-entry'],
    [
      'backslashes',
      () => buildRawZip([stored('templates\\..\\..\\evil.json', '{}'), stored('manifest.json', '{}')]),
      'unsafe-entry',
    ],
    [
      'an absolute name',
      () => buildRawZip([stored('/etc/passwd', '{}'), stored('manifest.json', '{}')]),
      'unsafe-entry',
    ],
    [
      '__proto__',
      () =>
        buildRawZip([stored('__proto__', 'x'), stored('manifest.json', '{}'), stored('manifest.sig', 'x'.repeat(64))]),
      'bad-signature',
    ],
    ['not a zip', () => new TextEncoder().encode('MZ this is an exe'), 'corrupt'],
    ['an empty file', () => new Uint8Array(0), 'corrupt'],
    ['an end record only', () => new Uint8Array(endRecord(0, 0, 0)), 'corrupt'],
    [
      'a truncated package',
      () => buildRawZip([stored('manifest.json', '{}'), stored('manifest.sig', 'x'.repeat(64))]).subarray(0, 60),
      'corrupt',
    ],
    [
      'a directory pointing past the file',
      () => {
        const zip = buildRawZip([stored('manifest.json', '{}')]);
        new DataView(zip.buffer).setUint32(zip.length - 6, 1_000_000, true);
        return zip;
      },
      'corrupt',
    ],
  ];
  it.each(cases)('%s', (_name, make, code) => {
    expectRefused(measure(make()), [code], 200);
  });
});
