import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../../core/packages/package-refusal';
import { buildTemplatePack, buildUpdatePackage, type UpdateRelease } from '../../../node/packages/package-builder';
import { INSTALLER_PATH_VARIABLE, type InstallerCommand } from './installer-command';
import { COPY_MESSAGES } from '../../../node/packages/package-copy';
import { realPackageFs } from '../../../node/packages/real-package-fs';
import { keyIdOf, type TrustedKey } from '../../../node/packages/trusted-keys';
import { createTrustStore } from '../../../node/packages/trust-store';
import { createUsbUpdateInstaller, USB_UPDATE_MESSAGES } from './usb-update-install';
import { inProcessPackageReader } from '../../../node/packages/package-reader';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const RELEASE: UpdateRelease = {
  version: '1.2.0',
  minimumVersion: '0.1.0',
  releasedAt: '2026-02-01T00:00:00Z',
  expiresAt: '2026-08-01T00:00:00Z',
};
const INSTALLER = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 31 + 7) % 256));

let dir: string;
let stick: string;
let privateKey: KeyObject;
let trusted: TrustedKey[];
let events: string[];
let launched: InstallerCommand[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'usb-update-'));
  stick = mkdtempSync(join(tmpdir(), 'usb-stick-'));
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
  events = [];
  launched = [];
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(stick, { recursive: true, force: true });
});

function installer(
  options: {
    platform?: NodeJS.Platform;
    picked?: string | null;
    backupFails?: boolean;
    launchFails?: boolean;
    duringBackup?: () => void;
  } = {},
) {
  const trust = createTrustStore(join(dir, 'update-trust.json'), realPackageFs);
  let token = 0;
  return createUsbUpdateInstaller<null>({
    showOpenDialog: async () =>
      options.picked === null
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [options.picked ?? join(stick, 'setup.goi-cap-nhat')] },
    fs: realPackageFs,
    updatesDir: join(dir, 'updates'),
    trustedKeys: trusted,
    readPackage: inProcessPackageReader,
    installedVersion: '1.1.0',
    trust,
    backupJournal: async () => {
      events.push('backup');
      options.duringBackup?.();
      if (options.backupFails) throw new Error('ENOSPC');
    },
    launch: async (command) => {
      events.push('launch');
      if (options.launchFails) throw new Error('ENOENT');
      launched.push(command);
    },
    quit: () => events.push('quit'),
    platform: options.platform ?? 'win32',
    env: { SystemRoot: 'D:\\WINDOWS' },
    newToken: () => String(++token).padStart(32, 'a'),
    now: () => NOW,
    log: () => undefined,
  });
}

function putOnStick(bytes: Uint8Array, name = 'setup.goi-cap-nhat'): string {
  const path = join(stick, name);
  writeFileSync(path, bytes);
  return path;
}

describe('USB update install', () => {
  it('verifies the copy, keeps only the verified installer, backs up, runs it (Windows) and quits', async () => {
    putOnStick(buildUpdatePackage('Soan-Bao-Cao-Setup-1.2.0.exe', INSTALLER, RELEASE, privateKey));
    const flow = installer();
    const picked = await flow.pick(null);
    expect(picked).toMatchObject({ status: 'verified', version: '1.2.0', currentVersion: '1.1.0' });
    if (picked.status !== 'verified') throw new Error('not verified');
    const installerPath = join(dir, 'updates', '1.2.0', 'Soan-Bao-Cao-Setup-1.2.0.exe');
    expect(new Uint8Array(readFileSync(installerPath))).toEqual(INSTALLER);
    // The package copy is gone once the installer is extracted; nothing else stays in updates/.
    expect(readdirSync(join(dir, 'updates'))).toEqual(['1.2.0']);

    const done = await flow.install({ token: picked.token });
    expect(done).toEqual({ status: 'installing', version: '1.2.0' });
    expect(events).toEqual(['backup', 'launch', 'quit']);
    // What runs is the copy in userData, never the file on the stick, started through System32's
    // PowerShell (Start-Process shows the UAC prompt the per-machine installer needs).
    expect(launched).toEqual([
      {
        command: 'D:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
        args: [
          '-NoProfile',
          '-NonInteractive',
          '-WindowStyle',
          'Hidden',
          '-Command',
          `Start-Process -FilePath $env:${INSTALLER_PATH_VARIABLE}`,
        ],
        env: { [INSTALLER_PATH_VARIABLE]: installerPath },
      },
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'update-trust.json'), 'utf8'))).toEqual({
      highestSeenVersion: '1.2.0',
      newestReleaseSeen: RELEASE.releasedAt,
    });
  });

  it('on Linux runs nothing and says where the verified installer is', async () => {
    putOnStick(buildUpdatePackage('soan-bao-cao-1.2.0.AppImage', INSTALLER, RELEASE, privateKey));
    const flow = installer({ platform: 'linux' });
    const picked = await flow.pick(null);
    if (picked.status !== 'verified') throw new Error(JSON.stringify(picked));
    const done = await flow.install({ token: picked.token });
    const path = join(dir, 'updates', '1.2.0', 'soan-bao-cao-1.2.0.AppImage');
    expect(done).toEqual({ status: 'saved', version: '1.2.0', path, message: USB_UPDATE_MESSAGES.manual(path) });
    expect(events).toEqual(['backup']);
  });

  it('refuses a tampered package with the Vietnamese reason and keeps nothing', async () => {
    const bytes = buildUpdatePackage('setup.exe', INSTALLER, RELEASE, privateKey);
    const at = bytes.length - 200;
    bytes[at] = bytes[at]! ^ 0xff;
    putOnStick(bytes);
    const picked = await installer().pick(null);
    expect(picked.status).toBe('refused');
    expect(readdirSync(join(dir, 'updates'))).toEqual([]);
  });

  it('refuses a package signed by another key, an older version and a template pack', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    putOnStick(buildUpdatePackage('setup.exe', INSTALLER, RELEASE, other));
    expect(await installer().pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES['bad-signature'] });

    putOnStick(buildUpdatePackage('setup.exe', INSTALLER, { ...RELEASE, version: '1.0.0' }, privateKey));
    expect(await installer().pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES.rollback });

    const pack = buildTemplatePack(
      new Map([['rule-sets/x.json', new TextEncoder().encode('{}')]]),
      { packId: 'p', version: '1.0.0', name: 'P', releasedAt: RELEASE.releasedAt, expiresAt: RELEASE.expiresAt },
      privateKey,
    );
    putOnStick(pack);
    expect(await installer().pick(null)).toEqual({ status: 'refused', message: REFUSAL_MESSAGES['wrong-kind'] });
    expect(events).toEqual([]);
  });

  it('does not install when the journal backup fails, and the clerk can retry', async () => {
    putOnStick(buildUpdatePackage('setup.exe', INSTALLER, RELEASE, privateKey));
    const flow = installer({ backupFails: true });
    const picked = await flow.pick(null);
    if (picked.status !== 'verified') throw new Error('not verified');
    expect(await flow.install({ token: picked.token })).toEqual({
      status: 'error',
      message: USB_UPDATE_MESSAGES.backupFailed,
    });
    expect(events).toEqual(['backup']);
    expect(existsSync(join(dir, 'update-trust.json'))).toBe(false);
  });

  it('refuses to run an installer copy changed after verification', async () => {
    putOnStick(buildUpdatePackage('setup.exe', INSTALLER, RELEASE, privateKey));
    const flow = installer();
    const picked = await flow.pick(null);
    if (picked.status !== 'verified') throw new Error('not verified');
    const path = join(dir, 'updates', '1.2.0', 'setup.exe');
    const changed = new Uint8Array(readFileSync(path));
    changed[10] = changed[10]! ^ 1;
    writeFileSync(path, changed);
    expect(await flow.install({ token: picked.token })).toEqual({
      status: 'refused',
      message: REFUSAL_MESSAGES['hash-mismatch'],
    });
    expect(events).toEqual([]);
  });

  it('keeps the verified installer in owner-only folders', async () => {
    putOnStick(buildUpdatePackage('setup.exe', INSTALLER, RELEASE, privateKey));
    expect((await installer().pick(null)).status).toBe('verified');
    if (process.platform === 'win32')
      return console.info('POSIX folder modes: not checked on Windows (userData’s ACL applies)');
    expect(statSync(join(dir, 'updates')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'updates', '1.2.0')).mode & 0o777).toBe(0o700);
  });

  it('re-hashes right before the start: an installer swapped while the journal was backed up is not run', async () => {
    putOnStick(buildUpdatePackage('setup.msi', INSTALLER, RELEASE, privateKey));
    const path = join(dir, 'updates', '1.2.0', 'setup.msi');
    const flow = installer({ duringBackup: () => writeFileSync(path, new Uint8Array(INSTALLER.length)) });
    const picked = await flow.pick(null);
    if (picked.status !== 'verified') throw new Error('not verified');
    expect(await flow.install({ token: picked.token })).toEqual({
      status: 'refused',
      message: REFUSAL_MESSAGES['hash-mismatch'],
    });
    expect(events).toEqual(['backup']);
    expect(launched).toEqual([]);
  });

  it('starts an MSI with System32’s msiexec by absolute path, never one found on PATH', async () => {
    putOnStick(buildUpdatePackage('setup.msi', INSTALLER, RELEASE, privateKey));
    const flow = installer();
    const picked = await flow.pick(null);
    if (picked.status !== 'verified') throw new Error('not verified');
    expect(await flow.install({ token: picked.token })).toMatchObject({ status: 'installing' });
    expect(launched).toEqual([
      { command: 'D:\\WINDOWS\\System32\\msiexec.exe', args: ['/i', join(dir, 'updates', '1.2.0', 'setup.msi')] },
    ]);
  });

  it('answers a cancelled dialog, an unknown token and an unreadable stick', async () => {
    expect(await installer({ picked: null }).pick(null)).toEqual({ status: 'canceled' });
    expect(await installer().install({ token: 'f'.repeat(32) })).toEqual({
      status: 'error',
      message: USB_UPDATE_MESSAGES.noPending,
    });
    expect(await installer({ picked: join(stick, 'missing.goi-cap-nhat') }).pick(null)).toEqual({
      status: 'error',
      message: COPY_MESSAGES.readSource,
    });
  });
});
