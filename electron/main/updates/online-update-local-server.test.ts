/**
 * The whole online-update path of a release build against a real HTTP update server the test starts on
 * 127.0.0.1: electron-updater's real NsisUpdater, GenericProvider (latest.yml parsing) and download with
 * its sha512 check, then the app's signed-manifest fetch through the update channel, verification,
 * staging and the quit-time install gate. Only Electron's net module is replaced by a loopback-only Node
 * HTTP executor. The build writes no app-update.yml (`publish: null`), as in a release.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppUpdater } from 'electron-updater';
import { NET_SESSION_NAME } from 'electron-updater/out/electronHttpExecutor';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFUSAL_MESSAGES } from '../../../core/packages/package-refusal';
import type { OnlineUpdateStatus } from '../../ipc/update-types';
import { createInstallGate } from './install-gate';
import { INSTALLER_PATH_VARIABLE } from './installer-command';
import { ONLINE_MESSAGES } from './online-updater';
import { encodeManifest, signManifest, updateManifestFor } from '../../../node/packages/package-builder';
import { readFileSyncCapped } from '../../../node/files/read-file-sync-capped';
import { realPackageFs } from '../../../node/packages/real-package-fs';
import { startOnlineFromPolicy, UPDATER_CONFIG_FILE } from './register-updates';
import { sha512Hex } from '../../../node/packages/signed-package';
import { latestYmlText } from './update-feed-index';
import { LoopbackHttpExecutor, newQuitRecorder, RecordingNsisUpdater, releaseAppAdapter } from './testing/real-updater';
import { keyIdOf, type TrustedKey } from '../../../node/packages/trusted-keys';
import { openUpdateChannel, UPDATE_SESSION_PARTITION, type UpdateSessionLike } from './update-channel';

// ---- the update server: static files on 127.0.0.1, every request logged ----
let server: Server;
let feed: string;
const files = new Map<string, Uint8Array>();
const requested: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requested.push(path);
    const body = files.get(path);
    if (!body) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' })
      .end(Buffer.from(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sbc/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const INSTALLER = new Uint8Array(Array.from({ length: 256 * 1024 }, (_, i) => (i * 131 + 17) % 251));
const exeName = (version: string) => `soan-bao-cao-${version}-win-x64.exe`;

let dir: string;
let releaseKey: KeyObject;
let trusted: TrustedKey[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'online-update-'));
  mkdirSync(join(dir, 'userData'));
  files.clear();
  requested.length = 0;
  const pair = generateKeyPairSync('ed25519');
  releaseKey = pair.privateKey;
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What electron-builder (latest.yml) and `npm run cli -- sign` (manifest + sig) put on the server. */
function publish(options: {
  version: string;
  installer?: Uint8Array;
  /** latest.yml describes these bytes (default: the served installer). */
  latestYmlFor?: Uint8Array;
  /** The signed manifest describes this release (default: the same version and installer). */
  signedFor?: { version: string; installer: Uint8Array };
  signingKey?: KeyObject;
  editManifest?: (text: string) => string;
}) {
  const installer = options.installer ?? INSTALLER;
  const name = exeName(options.version);
  const described = options.latestYmlFor ?? installer;
  // As the release workflow writes it (scripts/write-latest-yml.ts).
  const latestYml = latestYmlText(name, described, options.version, new Date('2026-11-30T08:00:00Z'));
  files.set('/sbc/latest.yml', new TextEncoder().encode(latestYml));
  files.set(`/sbc/${name}`, installer);
  const signedFor = options.signedFor ?? { version: options.version, installer: described };
  const release = {
    version: signedFor.version,
    minimumVersion: '0.0.0',
    releasedAt: '2026-11-30T08:00:00Z',
    expiresAt: '2027-05-30T00:00:00Z',
  };
  const manifest = encodeManifest(updateManifestFor(name, signedFor.installer, release, releaseKey));
  const signature = signManifest(manifest, options.signingKey ?? releaseKey);
  const served = options.editManifest
    ? new TextEncoder().encode(options.editManifest(new TextDecoder().decode(manifest)))
    : manifest;
  files.set(`/sbc/${name}.manifest.json`, served);
  files.set(`/sbc/${name}.manifest.sig`, signature);
}

/** Electron's Session stand-in: applies the registered webRequest filter, then fetches with Node. */
function loopbackSession(): UpdateSessionLike & { refused: string[] } {
  let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  const refused: string[] = [];
  return {
    refused,
    webRequest: { onBeforeRequest: (listener) => void (filter = listener) },
    fetch: async (url) => {
      let cancel = true;
      filter?.({ url }, (response) => void (cancel = response.cancel));
      if (cancel || new URL(url).hostname !== '127.0.0.1') {
        refused.push(url);
        throw new Error(`net::ERR_BLOCKED_BY_CLIENT ${url}`);
      }
      return fetch(url);
    },
  };
}

async function releaseBuild(installedVersion = '0.1.0') {
  const quit = newQuitRecorder();
  const updater = new RecordingNsisUpdater(releaseAppAdapter(dir, installedVersion, quit), quit);
  updater.logger = null;
  const executor = new LoopbackHttpExecutor();
  // Electron's net is the one piece replaced; platform win32 makes the provider read latest.yml.
  Object.assign(updater, {
    httpExecutor: executor,
    _testOnlyOptions: { platform: 'win32', isUseDifferentialDownload: false },
  });
  const started: { sha512: string; file: string }[] = [];
  const gate = createInstallGate({
    readFileSyncCapped,
    spawnDetached: (command) => {
      const file = command.env?.[INSTALLER_PATH_VARIABLE] ?? '';
      started.push({ file, sha512: sha512Hex(readFileSync(file)) });
    },
    platform: 'win32',
    env: { SystemRoot: 'C:\\Windows' },
    log: () => undefined,
  });
  const statuses: OnlineUpdateStatus[] = [];
  const session = loopbackSession();
  const userData = join(dir, 'userData');
  const online = await startOnlineFromPolicy(
    {
      userData,
      updatesDir: join(userData, 'updates'),
      installedVersion,
      trustedKeys: trusted,
      trust: { load: async () => ({ highestSeenVersion: null, newestReleaseSeen: null }), save: async () => undefined },
      fs: realPackageFs,
      loadUpdater: () => updater as unknown as AppUpdater,
      isOnline: () => true,
      openUpdateChannel: (feedUrl) => openUpdateChannel(session, feedUrl),
      backupJournal: async () => undefined,
      log: () => undefined,
    },
    { enabled: true, feedUrl: feed, source: 'admin' },
    (status) => void statuses.push(status),
    gate,
  );
  if (!online) throw new Error('online updates not started');

  async function checkAndDownload(): Promise<OnlineUpdateStatus> {
    await online!.check();
    if (statuses.at(-1)?.phase !== 'available') return statuses.at(-1)!;
    await online!.download();
    await vi.waitFor(() => expect(['ready', 'refused', 'error']).toContain(statuses.at(-1)?.phase));
    return statuses.at(-1)!;
  }
  function closeApp() {
    for (const handler of quit.handlers) handler(0);
    return gate.onQuit(0);
  }
  return { updater, executor, session, statuses, started, quit, checkAndDownload, closeApp };
}

describe('online update from a local update server (127.0.0.1)', () => {
  it('signed feed: latest.yml → download → signed manifest → staged → installed on quit', async () => {
    publish({ version: '0.2.0' });
    const app = await releaseBuild();
    expect(await app.checkAndDownload()).toEqual({ phase: 'ready', version: '0.2.0' });
    expect(app.statuses.map((s) => s.phase)).toEqual(expect.arrayContaining(['available', 'downloading', 'ready']));
    expect(app.closeApp()).toBe('started');
    expect(app.started).toEqual([
      { file: join(dir, 'userData', 'updates', '0.2.0', exeName('0.2.0')), sha512: sha512Hex(INSTALLER) },
    ]);
    expect(app.quit.installed).toEqual([]);
    // What went over the wire, and only to 127.0.0.1.
    expect(requested.filter((p) => !p.endsWith('.blockmap'))).toEqual([
      '/sbc/latest.yml',
      `/sbc/${exeName('0.2.0')}`,
      `/sbc/${exeName('0.2.0')}.manifest.json`,
      `/sbc/${exeName('0.2.0')}.manifest.sig`,
    ]);
    expect(new Set(app.executor.hosts)).toEqual(new Set(['127.0.0.1']));
    expect(app.session.refused).toEqual([]);
    // electron-updater was configured from the policy, not from an app-update.yml in the build.
    expect(JSON.parse(readFileSync(join(dir, 'userData', UPDATER_CONFIG_FILE), 'utf8'))).toMatchObject({
      provider: 'generic',
      url: feed,
    });
  });

  it('tampered installer bytes (latest.yml unchanged): electron-updater’s own sha512 check fails, nothing is armed', async () => {
    const tampered = INSTALLER.slice();
    tampered[1000] = tampered[1000]! ^ 0xff;
    publish({ version: '0.2.0', installer: tampered, latestYmlFor: INSTALLER });
    const app = await releaseBuild();
    expect(await app.checkAndDownload()).toEqual({ phase: 'error', message: ONLINE_MESSAGES.failed });
    expect(app.closeApp()).toBe('none');
  });

  it('tampered installer with a matching latest.yml (the feed is compromised): the signed manifest refuses it', async () => {
    const tampered = INSTALLER.slice();
    tampered[1000] = tampered[1000]! ^ 0xff;
    publish({ version: '0.2.0', installer: tampered, signedFor: { version: '0.2.0', installer: INSTALLER } });
    const app = await releaseBuild();
    expect(await app.checkAndDownload()).toEqual({ phase: 'refused', message: REFUSAL_MESSAGES['hash-mismatch'] });
    expect(app.closeApp()).toBe('none');
    expect(app.started).toEqual([]);
  });

  it('tampered manifest (edited after signing) and a manifest signed by another key are refused', async () => {
    const evil = sha512Hex(new Uint8Array(INSTALLER.length));
    publish({ version: '0.2.0', editManifest: (text) => text.replace(/"sha512": "[0-9a-f]+"/, `"sha512": "${evil}"`) });
    const edited = await releaseBuild();
    expect(await edited.checkAndDownload()).toEqual({ phase: 'refused', message: REFUSAL_MESSAGES['bad-signature'] });
    expect(edited.closeApp()).toBe('none');

    rmSync(join(dir, 'userData', 'updates'), { recursive: true, force: true });
    publish({ version: '0.2.0', signingKey: generateKeyPairSync('ed25519').privateKey });
    const otherKey = await releaseBuild();
    expect(await otherKey.checkAndDownload()).toEqual({ phase: 'refused', message: REFUSAL_MESSAGES['bad-signature'] });
    expect(otherKey.closeApp()).toBe('none');
  });

  it('downgrade: an older latest.yml is not offered; an old signed release replayed as "0.3.0" is refused', async () => {
    publish({ version: '0.1.5' });
    const older = await releaseBuild('0.2.0');
    expect(await older.checkAndDownload()).toEqual({ phase: 'up-to-date' });
    expect(requested).toEqual(['/sbc/latest.yml']);

    publish({ version: '0.3.0', signedFor: { version: '0.1.5', installer: INSTALLER } });
    const replay = await releaseBuild('0.2.0');
    expect(await replay.checkAndDownload()).toMatchObject({ phase: 'refused' });
    expect(replay.closeApp()).toBe('none');
  });

  it('the update channel reaches only the feed’s origin; electron-updater shares its session partition', async () => {
    const session = loopbackSession();
    const get = openUpdateChannel(session, feed);
    publish({ version: '0.2.0' });
    await expect(get(`${feed}latest.yml`, 4096)).resolves.toBeInstanceOf(Uint8Array);
    await expect(get('https://capnhat.example.invalid/latest.yml', 4096)).rejects.toThrow(/BLOCKED/);
    await expect(get(feed.replace('/sbc/', ':1/sbc/'), 4096)).rejects.toThrow();
    expect(session.refused).toEqual(['https://capnhat.example.invalid/latest.yml', expect.any(String)]);
    expect(UPDATE_SESSION_PARTITION).toBe(NET_SESSION_NAME);
  });

  it('without the config the app writes, a release build’s electron-updater cannot download (no app-update.yml)', async () => {
    publish({ version: '0.2.0' });
    const quit = newQuitRecorder();
    const updater = new RecordingNsisUpdater(releaseAppAdapter(dir, '0.1.0', quit), quit);
    updater.logger = null;
    updater.on('error', () => undefined);
    Object.assign(updater, {
      httpExecutor: new LoopbackHttpExecutor(),
      _testOnlyOptions: { platform: 'win32', isUseDifferentialDownload: false },
    });
    updater.autoDownload = false;
    updater.setFeedURL({ provider: 'generic', url: feed });
    await updater.checkForUpdates();
    await expect(updater.downloadUpdate()).rejects.toThrow(/ENOENT/);
  });
});
