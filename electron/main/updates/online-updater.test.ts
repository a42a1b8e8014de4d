import { describe, expect, it, vi } from 'vitest';
import type { UpdateManifest } from '../../../core/packages/package-manifest';
import { refuse } from '../../../core/packages/package-refusal';
import { EMPTY_TRUST_STATE } from '../../../core/packages/update-decision';
import { startOnlineUpdates, type OnlineUpdaterDeps, type UpdaterLike } from './online-updater';
import { resolveUpdatePolicy } from './update-policy';

const MANIFEST: UpdateManifest = {
  schema: 1,
  kind: 'update',
  app: 'soan-bao-cao',
  version: '1.3.0',
  channel: 'stable',
  file: 'setup.exe',
  size: 10,
  sha512: 'a'.repeat(128),
  minimumVersion: '0.1.0',
  releasedAt: '2026-01-01T00:00:00Z',
  expiresAt: '2027-01-01T00:00:00Z',
  keyId: '0123456789abcdef',
};

function fakeUpdater() {
  const listeners = new Map<string, (arg: never) => void>();
  const updater = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    allowDowngrade: true,
    allowPrerelease: true,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => undefined),
    downloadUpdate: vi.fn(async () => undefined),
    on: (event: string, l: (arg: never) => void) => listeners.set(event, l),
  } as unknown as UpdaterLike & { setFeedURL: ReturnType<typeof vi.fn>; checkForUpdates: ReturnType<typeof vi.fn> };
  return { updater, fire: (event: string, arg: unknown) => listeners.get(event)?.(arg as never) };
}

function deps(overrides: Partial<OnlineUpdaterDeps> = {}) {
  const calls: string[] = [];
  const { updater, fire } = fakeUpdater();
  const d: OnlineUpdaterDeps = {
    updater,
    policy: { enabled: true, feedUrl: 'https://capnhat.tinhuy.vn/soan-bao-cao/', source: 'user' },
    installedVersion: '1.2.0',
    isOnline: () => true,
    fetchSignedManifest: async () => (calls.push('verify-manifest'), { ok: true, manifest: MANIFEST }),
    checkDownloadedFile: async () => (calls.push('verify-file'), { ok: true, bytes: new Uint8Array(10) }),
    loadTrust: async () => EMPTY_TRUST_STATE,
    saveTrust: async () => void calls.push('save-trust'),
    backupJournal: async () => void calls.push('backup'),
    scheduleInstall: async () => void calls.push('install'),
    emit: (e) => void calls.push(`emit:${e.phase}`),
    now: () => Date.parse('2026-06-01T00:00:00Z'),
    log: () => undefined,
    ...overrides,
  };
  return { d, calls, updater, fire };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('online updates (U-07, U-08)', () => {
  it('configures electron-updater: no auto download, no install on quit, no downgrade, the policy feed', () => {
    const { d, updater } = deps();
    startOnlineUpdates(d);
    expect(updater).toMatchObject({
      autoDownload: false,
      autoInstallOnAppQuit: false,
      allowDowngrade: false,
      allowPrerelease: false,
    });
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://capnhat.tinhuy.vn/soan-bao-cao/',
    });
  });

  it('verifies, then backs up the journal, then schedules the install, in that order', async () => {
    const { d, calls, fire } = deps();
    startOnlineUpdates(d);
    fire('update-downloaded', { version: '1.3.0', downloadedFile: '/tmp/setup.exe' });
    await settle();
    expect(calls).toEqual(['verify-manifest', 'verify-file', 'save-trust', 'backup', 'install', 'emit:ready']);
  });

  it.each([
    ['a bad signature', { fetchSignedManifest: async () => refuse('bad-signature') }],
    ['a tampered download', { checkDownloadedFile: async () => refuse('hash-mismatch') }],
    ['an older version than installed', { installedVersion: '1.4.0' }],
  ] as const)('never backs up or installs after %s', async (_l, overrides) => {
    const { d, calls, fire } = deps(overrides as Partial<OnlineUpdaterDeps>);
    startOnlineUpdates(d);
    fire('update-downloaded', { version: '1.3.0', downloadedFile: '/tmp/setup.exe' });
    await settle();
    expect(calls).not.toContain('backup');
    expect(calls).not.toContain('install');
    expect(calls.at(-1)).toBe('emit:refused');
  });

  it('does not check while offline, turns updater errors into a calm message, and reports progress', async () => {
    const { d, updater, calls, fire } = deps({ isOnline: () => false });
    const control = startOnlineUpdates(d)!;
    await control.check();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    updater.checkForUpdates.mockRejectedValueOnce(new Error('ENOTFOUND'));
    d.isOnline = () => true;
    await control.check();
    fire('download-progress', { percent: 41.6, transferred: 1, total: 2 });
    expect(calls).toEqual(['emit:error', 'emit:downloading']);
  });

  it('is not started at all when the policy disables updates', () => {
    expect(startOnlineUpdates(deps({ policy: { enabled: false, reason: 'admin-disabled' } }).d)).toBeNull();
  });
});

describe('update policy', () => {
  const user = JSON.stringify({ feedUrl: 'https://capnhat.tinhuy.vn/sbc/' });
  it.each([
    [[null], user, { enabled: true, source: 'user' }],
    [[JSON.stringify({ updatesEnabled: false })], user, { enabled: false, reason: 'admin-disabled' }],
    [[null, '{not json'], user, { enabled: false, reason: 'admin-invalid' }],
    [
      [JSON.stringify({ feedUrl: 'https://noibo.tinhuy.vn/' })],
      user,
      { enabled: true, feedUrl: 'https://noibo.tinhuy.vn/', source: 'admin' },
    ],
    [[null], JSON.stringify({ feedUrl: 'http://capnhat.tinhuy.vn/' }), { enabled: false, reason: 'no-feed' }],
    [[null], null, { enabled: false, reason: 'no-feed' }],
    [
      [null],
      JSON.stringify({ feedUrl: 'https://x.vn/', checkOnline: false }),
      { enabled: false, reason: 'user-disabled' },
    ],
  ] as const)('admin %j, user %s → %j', (admin, userText, expected) => {
    expect(resolveUpdatePolicy(admin, userText)).toMatchObject(expected);
  });
});
