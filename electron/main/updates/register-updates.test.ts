import { generateKeyPairSync } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, SUBSCRIPTIONS } from '../../ipc/channels';
import type { InvokeEvent } from '../secure-ipc';
import { ONLINE_STATUS_MESSAGES } from './online-status';
import {
  buildUpdatePackage,
  encodeManifest,
  signManifest,
  updateManifestFor,
} from '../../../node/packages/package-builder';
import { readFileSyncCapped } from '../../../node/files/read-file-sync-capped';
import { realPackageFs } from '../../../node/packages/real-package-fs';
import { keyIdOf } from '../../../node/packages/trusted-keys';
import { createTrustStore } from '../../../node/packages/trust-store';
import { inProcessPackageReader } from '../../../node/packages/package-reader';
import { registerUpdates, signedManifestUrls } from './register-updates';
import { ADMIN_POLICY_FILE, UPDATE_CONFIG_FILE } from './update-policy';
import { USB_UPDATE_MESSAGES } from './usb-update-install';

const frame = { url: 'app://bundle/index.html', parent: null, processId: 1, routingId: 1 };
const EVENT: InvokeEvent = { senderFrame: frame, sender: { mainFrame: frame } };

class FakeUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  allowPrerelease = true;
  feed: unknown = null;
  checks = 0;
  downloads = 0;
  setFeedURL(options: unknown) {
    this.feed = options;
  }
  async checkForUpdates() {
    this.checks++;
    this.emit('update-available', { version: '2.0.0', files: [{ url: 'Soan-Bao-Cao-Setup-2.0.0.exe' }] });
    return null;
  }
  async downloadUpdate() {
    this.downloads++;
    this.emit('download-progress', { percent: 41.6, transferred: 1, total: 2 });
    return [];
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'register-updates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(online = true) {
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const pushed: unknown[] = [];
  const updater = new FakeUpdater();
  let loaded = 0;
  const registered = registerUpdates<InvokeEvent>({
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    userData: dir,
    updatesDir: join(dir, 'updates'),
    exePath: join(dir, 'app', 'Soan Bao Cao.exe'),
    programData: undefined,
    installedVersion: '1.0.0',
    platform: 'win32',
    trustedKeys: [],
    readPackage: inProcessPackageReader,
    trust: createTrustStore(join(dir, 'trust.json'), realPackageFs),
    fs: realPackageFs,
    loadUpdater: () => {
      loaded++;
      return updater as unknown as AppUpdater;
    },
    isOnline: () => online,
    openUpdateChannel: () => async () => new Uint8Array(0),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    backupJournal: async () => undefined,
    launch: async () => undefined,
    spawnDetached: () => undefined,
    readFileSyncCapped: () => null,
    onAppQuit: () => undefined,
    env: {},
    quit: () => undefined,
    sendToWindows: (channel, payload) => void pushed.push([channel, payload]),
    newToken: () => '0'.repeat(32),
    log: () => undefined,
  });
  const call = (channel: string) => handlers.get(channel)!(EVENT, {});
  return { registered, call, pushed, updater, loaded: () => loaded, handlers };
}

describe('registerUpdates', () => {
  it('registers every update channel; without a feed online updates stay off and the updater is never loaded', async () => {
    const t = setup();
    expect([...t.handlers.keys()].sort()).toEqual(
      [
        CHANNELS.updateStatus,
        CHANNELS.updateCheck,
        CHANNELS.updateDownload,
        CHANNELS.updateInstallNow,
        CHANNELS.updateUsbPick,
        CHANNELS.updateUsbInstall,
      ].sort(),
    );
    expect(await t.call(CHANNELS.updateStatus)).toEqual({
      currentVersion: '1.0.0',
      online: { phase: 'disabled', message: ONLINE_STATUS_MESSAGES['no-feed'] },
    });
    expect(await t.call(CHANNELS.updateCheck)).toMatchObject({ status: 'ok', online: { phase: 'disabled' } });
    expect(t.loaded()).toBe(0);
  });

  it('an admin policy turning updates off wins over the user’s feed', async () => {
    writeFileSync(
      join(dir, UPDATE_CONFIG_FILE),
      JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/' }),
    );
    const appDir = join(dir, 'app');
    mkdirSync(appDir);
    writeFileSync(join(appDir, ADMIN_POLICY_FILE), JSON.stringify({ updatesEnabled: false }));
    const t = setup();
    expect(await t.call(CHANNELS.updateStatus)).toMatchObject({
      online: { phase: 'disabled', message: ONLINE_STATUS_MESSAGES['admin-disabled'] },
    });
    expect(t.loaded()).toBe(0);
  });

  it('with a feed: configures the updater, pushes status to the window, refuses to check offline', async () => {
    writeFileSync(
      join(dir, UPDATE_CONFIG_FILE),
      JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/' }),
    );
    const t = setup();
    expect(await t.call(CHANNELS.updateStatus)).toMatchObject({ online: { phase: 'idle' } });
    expect(t.updater).toMatchObject({
      autoDownload: false,
      autoInstallOnAppQuit: false,
      allowDowngrade: false,
      feed: { provider: 'generic', url: 'https://capnhat.tinhuy.vn/soan-bao-cao/' },
    });
    expect(await t.call(CHANNELS.updateDownload)).toEqual({
      status: 'error',
      message: ONLINE_STATUS_MESSAGES.notAvailable,
    });

    expect(await t.call(CHANNELS.updateCheck)).toEqual({
      status: 'ok',
      online: { phase: 'available', version: '2.0.0' },
    });
    expect(t.pushed).toEqual([
      [SUBSCRIPTIONS.onUpdateStatus, { phase: 'checking' }],
      [SUBSCRIPTIONS.onUpdateStatus, { phase: 'available', version: '2.0.0' }],
    ]);
    expect(await t.call(CHANNELS.updateDownload)).toEqual({
      status: 'ok',
      online: { phase: 'downloading', percent: 42 },
    });
    expect(t.updater.downloads).toBe(1);
  });

  it('offline, a check is not attempted and the clerk is told why', async () => {
    writeFileSync(
      join(dir, UPDATE_CONFIG_FILE),
      JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/' }),
    );
    const t = setup(false);
    expect(await t.call(CHANNELS.updateCheck)).toEqual({ status: 'error', message: ONLINE_STATUS_MESSAGES.offline });
    expect(t.updater.checks).toBe(0);
  });

  it('finds the signed manifest next to the served installer', () => {
    expect(signedManifestUrls('https://capnhat.tinhuy.vn/sbc', 'Soạn Báo Cáo Setup 2.0.0.exe')).toEqual({
      manifest: 'https://capnhat.tinhuy.vn/sbc/So%E1%BA%A1n%20B%C3%A1o%20C%C3%A1o%20Setup%202.0.0.exe.manifest.json',
      signature: 'https://capnhat.tinhuy.vn/sbc/So%E1%BA%A1n%20B%C3%A1o%20C%C3%A1o%20Setup%202.0.0.exe.manifest.sig',
    });
  });
});

describe('registerUpdates: one installer per quit', () => {
  const INSTALLER = new TextEncoder().encode('SIGNED INSTALLER 2.0.0 '.repeat(20));
  const NAME = 'Soan-Bao-Cao-Setup-2.0.0.exe';
  const RELEASE = {
    version: '2.0.0',
    minimumVersion: '0.1.0',
    releasedAt: new Date(Date.now() - 864e5).toISOString(),
    expiresAt: new Date(Date.now() + 864e5).toISOString(),
  };

  class DownloadingUpdater extends FakeUpdater {
    override async downloadUpdate() {
      const file = join(dir, 'cache', NAME);
      mkdirSync(join(dir, 'cache'), { recursive: true });
      writeFileSync(file, INSTALLER);
      this.emit('update-downloaded', { version: '2.0.0', downloadedFile: file });
      return [];
    }
  }

  async function wired(options: { download?: boolean; platform?: NodeJS.Platform } = {}) {
    const pair = generateKeyPairSync('ed25519');
    const manifest = encodeManifest(updateManifestFor(NAME, INSTALLER, RELEASE, pair.privateKey));
    const served = new Map([
      [`${NAME}.manifest.json`, manifest],
      [`${NAME}.manifest.sig`, signManifest(manifest, pair.privateKey)],
    ]);
    writeFileSync(join(dir, 'stick.goi-cap-nhat'), buildUpdatePackage(NAME, INSTALLER, RELEASE, pair.privateKey));
    writeFileSync(join(dir, UPDATE_CONFIG_FILE), JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/sbc/' }));
    const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const quitHandlers: ((exitCode: number) => void)[] = [];
    const started: string[] = [];
    const pushed: { phase: string }[] = [];
    registerUpdates<InvokeEvent>({
      ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
      userData: dir,
      updatesDir: join(dir, 'updates'),
      readPackage: inProcessPackageReader,
      exePath: join(dir, 'app', 'Soan Bao Cao.exe'),
      programData: undefined,
      installedVersion: '1.0.0',
      platform: options.platform ?? 'win32',
      trustedKeys: [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }],
      trust: createTrustStore(join(dir, 'trust.json'), realPackageFs),
      fs: realPackageFs,
      loadUpdater: () => new DownloadingUpdater() as unknown as AppUpdater,
      isOnline: () => true,
      openUpdateChannel: () => async (url) => served.get(decodeURIComponent(url.split('/').pop()!))!,
      showOpenDialog: async () => ({ canceled: false, filePaths: [join(dir, 'stick.goi-cap-nhat')] }),
      backupJournal: async () => undefined,
      launch: async () => void started.push('usb'),
      spawnDetached: () => void started.push('online'),
      readFileSyncCapped,
      onAppQuit: (listener) => void quitHandlers.push(listener),
      env: { SystemRoot: 'C:\\Windows' },
      quit: () => void started.push('quit'),
      sendToWindows: (_channel, payload) => void pushed.push(payload as { phase: string }),
      newToken: () => '0'.repeat(32),
      log: () => undefined,
    });
    const call = (channel: string, request: unknown = {}) => handlers.get(channel)!(EVENT, request);
    await call(CHANNELS.updateCheck);
    if (options.download !== false) {
      await call(CHANNELS.updateDownload);
      await vi.waitFor(() => expect(pushed.at(-1)?.phase).toBe('ready'));
    }
    const closeApp = () => quitHandlers.forEach((h) => h(0));
    return { call, closeApp, started };
  }

  it('a verified online download starts on quit', async () => {
    const t = await wired();
    t.closeApp();
    expect(t.started).toEqual(['online']);
  });

  it('after a USB install started its installer, the online one does not start as well', async () => {
    const t = await wired();
    const picked = (await t.call(CHANNELS.updateUsbPick)) as { status: string; token: string };
    expect(picked.status).toBe('verified');
    expect(await t.call(CHANNELS.updateUsbInstall, { token: picked.token })).toMatchObject({ status: 'installing' });
    t.closeApp();
    expect(t.started).toEqual(['usb', 'quit']);
  });

  it('“Cài đặt và khởi động lại” closes the app, and the quit starts the verified installer', async () => {
    const early = await wired({ download: false });
    expect(await early.call(CHANNELS.updateInstallNow)).toEqual({
      status: 'error',
      message: ONLINE_STATUS_MESSAGES.notReady,
    });
    expect(early.started).toEqual([]);

    const t = await wired();
    expect(await t.call(CHANNELS.updateInstallNow)).toEqual({ status: 'installing', version: '2.0.0' });
    t.closeApp();
    expect(t.started).toEqual(['quit', 'online']);
  });

  it('elsewhere than Windows it says where the verified installer is instead of closing', async () => {
    const t = await wired({ platform: 'linux' });
    expect(await t.call(CHANNELS.updateInstallNow)).toEqual({
      status: 'error',
      message: USB_UPDATE_MESSAGES.manual(join(dir, 'updates', '2.0.0', NAME)),
    });
    expect(t.started).toEqual([]);
  });
});
