/**
 * Packaging layout check against a STAND-IN Electron folder — not a runnable app.
 *
 * The real Electron zip cannot be downloaded on this machine, so electron-builder (`--dir`, Linux) packages the
 * built app around a stand-in folder whose "executable" is a shell script carrying the fuse sentinel. That is
 * enough to check what a real build would ship: the contents of app.asar (only what main needs) and the fuse
 * wire electron-builder writes into the executable. Whether the packaged app starts is for a machine with the
 * Electron binary (e2e/electron).
 */
import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import { checkFuseWire, FUSE_SENTINEL, FUSE_WIRE_ORDER, ELECTRON_FUSES } from './main/hardening/hardening-policy';

const ROOT = join(import.meta.dirname, '..');
const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) =>
  existsSync(join(ROOT, f)),
);
if (!built)
  console.log('Bỏ qua: chưa dựng out/ — chạy `npm run build:app` trước (the app is not built, nothing to package).');

/** Every fuse set to the opposite of the policy, so the test sees electron-builder flip each one. */
const INVERTED_WIRE = FUSE_WIRE_ORDER.map((name) => (ELECTRON_FUSES[name] ? '0' : '1')).join('');

let work = '';
let asarEntries: string[] = [];
let executable = new Uint8Array();

beforeAll(() => {
  if (!built) return;
  work = mkdtempSync(join(tmpdir(), 'packaging-layout-'));
  const standIn = join(work, 'stand-in-electron');
  mkdirSync(join(standIn, 'resources'), { recursive: true });
  writeFileSync(join(standIn, 'version'), packageJson.devDependencies.electron);
  const script = `#!/bin/sh\necho "stand-in for Electron, not runnable"\nexit 1\n# ${FUSE_SENTINEL}`;
  writeFileSync(
    join(standIn, 'electron'),
    Buffer.concat([
      Buffer.from(script),
      Buffer.from([1, FUSE_WIRE_ORDER.length]),
      Buffer.from(INVERTED_WIRE),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(join(standIn, 'electron'), 0o755);

  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--publish',
      'never',
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`electron-builder failed:\n${result.stdout}\n${result.stderr}`);
  const appDir = join(work, 'dist', 'linux-unpacked');
  asarEntries = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((p) =>
    p.replaceAll('\\', '/'),
  );
  executable = new Uint8Array(readFileSync(join(appDir, 'soan-bao-cao')));
}, 150_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Top-level package names under app.asar's node_modules ("@scope/name" for scoped ones). */
function shippedPackages(): Set<string> {
  const names = new Set<string>();
  for (const entry of asarEntries) {
    const m = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry);
    if (m) names.add(m[1]!);
  }
  return names;
}

describe.skipIf(!built)('packaging layout (stand-in Electron folder, not a runnable app)', () => {
  it('puts the compiled app and package.json in app.asar, and no sources or source maps', () => {
    expect(asarEntries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
      ]),
    );
    const ours = asarEntries.filter((e) => !e.startsWith('/node_modules/'));
    expect(ours.filter((e) => /\.(ts|tsx|map)$/.test(e))).toEqual([]);
    expect(ours.filter((e) => /^\/(core|node|renderer|electron|cli|e2e|bench|test-support|scripts)\//.test(e))).toEqual(
      [],
    );
    expect(ours.filter((e) => e.startsWith('/out/bench-page') || e.startsWith('/out/cli'))).toEqual([]);
  });

  it('ships the main-process dependencies and none of the renderer or build tooling', () => {
    const shipped = shippedPackages();
    for (const dep of Object.keys(packageJson.dependencies)) expect(shipped).toContain(dep);
    for (const devOnly of [
      'react',
      'react-dom',
      '@mui/material',
      'dexie',
      '@tiptap/core',
      'docx-preview',
      'electron',
      'electron-builder',
      'vite',
      'typescript',
    ]) {
      expect(shipped).not.toContain(devOnly);
    }
  });

  it('flips every fuse in the packaged executable to the security policy (S-19)', () => {
    expect(INVERTED_WIRE).not.toBe(FUSE_WIRE_ORDER.map((n) => (ELECTRON_FUSES[n] ? '1' : '0')).join(''));
    expect(checkFuseWire(executable)).toEqual([]);
  });
});
