import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, SUBSCRIPTIONS } from '../../ipc/contract';
import type { InvokeEvent } from '../secure-ipc';
import { ONLINE_STATUS_MESSAGES } from './online-status';
import { realPackageFs } from './real-package-fs';
import { createTrustStore } from './trust-store';
import { inProcessPackageReader } from './package-reader';
import { registerUpdates, signedManifestUrls } from './register-updates';
import { ADMIN_POLICY_FILE, UPDATE_CONFIG_FILE } from './update-policy';

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
    fetchBytes: async () => new Uint8Array(0),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    backupJournal: async () => undefined,
    launch: async () => undefined,
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
      [CHANNELS.updateStatus, CHANNELS.updateCheck, CHANNELS.updateDownload, CHANNELS.updateUsbPick, CHANNELS.updateUsbInstall].sort(),
    );
    expect(await t.call(CHANNELS.updateStatus)).toEqual({ currentVersion: '1.0.0', online: { phase: 'disabled', message: ONLINE_STATUS_MESSAGES['no-feed'] } });
    expect(await t.call(CHANNELS.updateCheck)).toMatchObject({ status: 'ok', online: { phase: 'disabled' } });
    expect(t.loaded()).toBe(0);
  });

  it('an admin policy turning updates off wins over the user’s feed', async () => {
    writeFileSync(join(dir, UPDATE_CONFIG_FILE), JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/' }));
    const appDir = join(dir, 'app');
    mkdirSync(appDir);
    writeFileSync(join(appDir, ADMIN_POLICY_FILE), JSON.stringify({ updatesEnabled: false }));
    const t = setup();
    expect(await t.call(CHANNELS.updateStatus)).toMatchObject({ online: { phase: 'disabled', message: ONLINE_STATUS_MESSAGES['admin-disabled'] } });
    expect(t.loaded()).toBe(0);
  });

  it('with a feed: configures the updater, pushes status to the window, refuses to check offline', async () => {
    writeFileSync(join(dir, UPDATE_CONFIG_FILE), JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/' }));
    const t = setup();
    expect(await t.call(CHANNELS.updateStatus)).toMatchObject({ online: { phase: 'idle' } });
    expect(t.updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowDowngrade: false, feed: { provider: 'generic', url: 'https://capnhat.tinhuy.vn/soan-bao-cao/' } });
    expect(await t.call(CHANNELS.updateDownload)).toEqual({ status: 'error', message: ONLINE_STATUS_MESSAGES.notAvailable });

    expect(await t.call(CHANNELS.updateCheck)).toEqual({ status: 'ok', online: { phase: 'available', version: '2.0.0' } });
    expect(t.pushed).toEqual([
      [SUBSCRIPTIONS.onUpdateStatus, { phase: 'checking' }],
      [SUBSCRIPTIONS.onUpdateStatus, { phase: 'available', version: '2.0.0' }],
    ]);
    expect(await t.call(CHANNELS.updateDownload)).toEqual({ status: 'ok', online: { phase: 'downloading', percent: 42 } });
    expect(t.updater.downloads).toBe(1);
  });

  it('offline, a check is not attempted and the clerk is told why', async () => {
    writeFileSync(join(dir, UPDATE_CONFIG_FILE), JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/' }));
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
