/**
 * The online-update install gate against electron-updater's REAL BaseUpdater (its Windows subclass),
 * with only the network replaced: downloads run electron-updater's own executeDownload, whose task writes
 * the served bytes. electron-updater registers its quit-time install when a download finishes if
 * autoInstallOnAppQuit is true at that moment, and then runs whatever it downloaded last; before the gate,
 * a verified 0.2.0 was never installed and a refused, unsigned 0.3.0 was run on quit.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationToken } from 'builder-util-runtime';
import type { AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OnlineUpdateStatus } from '../../ipc/update-types';
import { createInstallGate } from './install-gate';
import { INSTALLER_PATH_VARIABLE, type InstallerCommand } from './installer-command';
import { encodeManifest, signManifest, updateManifestFor } from '../../../node/packages/package-builder';
import { readFileSyncCapped } from '../../../node/files/read-file-sync-capped';
import { realPackageFs } from '../../../node/packages/real-package-fs';
import { startOnlineFromPolicy } from './register-updates';
import { sha512Hex } from '../../../node/packages/signed-package';
import { newQuitRecorder, RecordingNsisUpdater, releaseAppAdapter, type QuitRecorder } from './testing/real-updater';
import { keyIdOf, type TrustedKey } from '../../../node/packages/trusted-keys';
import { createTrustStore } from '../../../node/packages/trust-store';

const FEED = 'https://capnhat.tinhuy.vn/soan-bao-cao/';
const GOOD = new TextEncoder().encode('GOOD INSTALLER 0.2.0 '.repeat(50));
const EVIL = new TextEncoder().encode('EVIL UNSIGNED INSTALLER 0.3.0 '.repeat(40));
const name = (version: string) => `soan-bao-cao-${version}-win-x64.exe`;

let dir: string;
let releaseKey: KeyObject;
let trusted: TrustedKey[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'install-gate-'));
  const pair = generateKeyPairSync('ed25519');
  releaseKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  command: InstallerCommand;
  file: string;
  sha512: string;
}

async function session() {
  const quit: QuitRecorder = newQuitRecorder();
  const updater = new RecordingNsisUpdater(releaseAppAdapter(dir, '0.1.0', quit), quit);
  updater.logger = null;
  const signed = new Map<string, Uint8Array>();
  const started: Started[] = [];
  const logs: string[] = [];
  const gate = createInstallGate({
    readFileSyncCapped,
    // What the started process would read: the file its command names, read at start time.
    spawnDetached: (command) => {
      const file = command.env?.[INSTALLER_PATH_VARIABLE] ?? command.args.at(-1)!;
      started.push({ command, file, sha512: sha512Hex(readFileSync(file)) });
    },
    platform: 'win32',
    env: { SystemRoot: 'C:\\Windows' },
    log: (message) => void logs.push(message),
  });
  const statuses: OnlineUpdateStatus[] = [];
  const userData = join(dir, 'userData');
  mkdirSync(userData, { recursive: true });
  const online = await startOnlineFromPolicy(
    {
      userData,
      updatesDir: join(userData, 'updates'),
      installedVersion: '0.1.0',
      trustedKeys: trusted,
      trust: createTrustStore(join(userData, 'update-trust.json'), realPackageFs),
      fs: realPackageFs,
      loadUpdater: () => updater as unknown as AppUpdater,
      isOnline: () => true,
      // Network stubbed: the feed serves the signed manifests put in `signed`.
      openUpdateChannel: () => async (url) => {
        const bytes = signed.get(decodeURIComponent(url.slice(FEED.length)));
        if (!bytes) throw new Error(`404 ${url}`);
        return bytes;
      },
      backupJournal: async () => undefined,
      log: (message) => void logs.push(message),
    },
    { enabled: true, feedUrl: FEED, source: 'admin' },
    (status) => void statuses.push(status),
    gate,
  );
  expect(online).not.toBeNull();

  function publishSigned(version: string, installer: Uint8Array) {
    const manifest = encodeManifest(
      updateManifestFor(
        name(version),
        installer,
        {
          version,
          minimumVersion: '0.0.0',
          releasedAt: new Date().toISOString(),
          expiresAt: new Date(Date.now() + 864e5).toISOString(),
        },
        releaseKey,
      ),
    );
    signed.set(`${name(version)}.manifest.json`, manifest);
    signed.set(`${name(version)}.manifest.sig`, signManifest(manifest, releaseKey));
  }

  /** electron-updater's announcement and download (its executeDownload; the task writes the served bytes). */
  async function download(version: string, installer: Uint8Array) {
    const sha512 = Buffer.from(sha512Hex(installer), 'hex').toString('base64');
    const file = { url: name(version), sha512, size: installer.length };
    const info = { version, files: [file], path: file.url, sha512, releaseDate: new Date().toISOString() };
    updater.emit('update-available', info);
    const before = statuses.length;
    await (updater as unknown as { executeDownload(options: unknown): Promise<unknown> }).executeDownload({
      fileExtension: 'exe',
      fileInfo: { url: new URL(file.url, FEED), info: file },
      downloadUpdateOptions: {
        requestHeaders: {},
        cancellationToken: new CancellationToken(),
        updateInfoAndProvider: { info, provider: null },
      },
      task: async (destination: string) => writeFileSync(destination, installer),
    });
    await vi.waitFor(() =>
      expect(statuses.slice(before).map((s) => s.phase)).toEqual(
        expect.arrayContaining([expect.stringMatching(/ready|refused|error/)]),
      ),
    );
    return statuses.at(-1)!;
  }

  /** The clerk closes the app: Electron's `quit` reaches electron-updater's handlers and the gate. */
  function closeApp(exitCode = 0) {
    for (const handler of quit.handlers) handler(exitCode);
    return gate.onQuit(exitCode);
  }
  return { updater, quit, started, logs, publishSigned, download, closeApp, updatesDir: join(userData, 'updates') };
}

describe('online update install gate (real electron-updater BaseUpdater)', () => {
  it('installs the verified 0.2.0 on quit, and never the unsigned 0.3.0 downloaded later in the same session', async () => {
    const s = await session();
    s.publishSigned('0.2.0', GOOD);
    expect(await s.download('0.2.0', GOOD)).toEqual({ phase: 'ready', version: '0.2.0' });
    expect(s.updater.autoInstallOnAppQuit).toBe(false);

    // The feed (compromised) offers 0.3.0 with no signed manifest (404): not installable.
    expect((await s.download('0.3.0', EVIL)).phase).not.toBe('ready');
    expect(s.updater.autoInstallOnAppQuit).toBe(false);

    expect(s.closeApp()).toBe('started');
    // electron-updater never registered a quit handler, so it installs nothing itself.
    expect(s.quit.handlers).toHaveLength(0);
    expect(s.quit.installed).toEqual([]);
    // Exactly one process: the verified bytes, from the app's own folder, through System32's PowerShell.
    expect(s.started).toHaveLength(1);
    expect(s.started[0]!.sha512).toBe(sha512Hex(GOOD));
    expect(s.started[0]!.file).toBe(join(s.updatesDir, '0.2.0', name('0.2.0')));
    expect(s.started[0]!.command.command).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
  });

  it('runs the copy it verified even if electron-updater’s cache file is swapped afterwards', async () => {
    const s = await session();
    s.publishSigned('0.2.0', GOOD);
    await s.download('0.2.0', GOOD);
    const cached = (s.updater as unknown as { installerPath: string }).installerPath;
    writeFileSync(cached, EVIL);
    expect(s.closeApp()).toBe('started');
    expect(s.started.map((x) => x.sha512)).toEqual([sha512Hex(GOOD)]);
  });

  it('re-hashes the staged copy on quit: changed since verification → nothing is started', async () => {
    const s = await session();
    s.publishSigned('0.2.0', GOOD);
    await s.download('0.2.0', GOOD);
    const staged = join(s.updatesDir, '0.2.0', name('0.2.0'));
    writeFileSync(staged, EVIL);
    expect(s.closeApp()).toBe('refused');
    expect(s.started).toEqual([]);
    expect(s.logs.join('\n')).toContain('changed since it was verified');
  });

  it('a refused download arms nothing; a crash exit starts nothing', async () => {
    const s = await session();
    expect((await s.download('0.3.0', EVIL)).phase).not.toBe('ready');
    expect(s.closeApp()).toBe('none');
    const t = await session();
    t.publishSigned('0.2.0', GOOD);
    await t.download('0.2.0', GOOD);
    expect(t.closeApp(1)).toBe('none');
    expect([...s.started, ...t.started, ...s.quit.installed, ...t.quit.installed]).toEqual([]);
  });
});
