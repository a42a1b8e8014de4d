/**
 * Wiring of online updates and "Cập nhật từ USB…" into IPC (secureHandle). Reads the policy files,
 * starts electron-updater only when the policy allows it, in the background after start-up, and pushes
 * every status change to the window (payload only). Electron objects come in as parameters so this file
 * stays importable in Node tests.
 */
import type { AppUpdater } from 'electron-updater';
import { MAX_UPDATE_PACKAGE_BYTES, updateManifestSchema } from '../../../core/packages/package-manifest';
import { refuse } from '../../../core/packages/package-refusal';
import { CHANNELS, SUBSCRIPTIONS } from '../../ipc/channels';
import type { OnlineUpdateStatus, UpdateCommandResponse } from '../../ipc/update-types';
import { secureHandle, type InvokeEvent, type IpcMainLike } from '../secure-ipc';
import { join } from 'node:path';
import type { WindowsEnv } from '../../../node/system/windows-system-tool';
import { createInstallGate, type InstallGate } from './install-gate';
import type { InstallerCommand } from './installer-command';
import { initialOnlineStatus, ONLINE_STATUS_MESSAGES } from './online-status';
import { startOnlineUpdates } from './online-updater';
import type { PackageFs } from '../../../node/packages/package-copy';
import type { PackageReader } from '../../../node/packages/package-reader';
import { checkFile, verifyManifest } from '../../../node/packages/signed-package';
import type { TrustedKey } from '../../../node/packages/trusted-keys';
import type { TrustStore } from '../../../node/packages/trust-store';
import { policyFilePaths, readConfigText } from './update-config-files';
import { stageVerifiedInstaller } from './staged-installer';
import { resolveUpdatePolicy, type UpdatePolicy } from './update-policy';
import type { OpenFileDialogOptions, OpenFileDialogResult } from '../pick-signed-package';
import { createUsbUpdateInstaller, USB_UPDATE_MESSAGES } from './usb-update-install';

/** First check shortly after start-up, never during it; then a few times a day while the app stays open. */
export const FIRST_CHECK_DELAY_MS = 30_000;
export const CHECK_EVERY_MS = 6 * 60 * 60_000;
const MAX_SIGNED_MANIFEST_BYTES = 64 * 1024;
/** electron-updater's config, written from the policy (the build writes no app-update.yml: publish is null). */
export const UPDATER_CONFIG_FILE = 'updater-feed.yml';
const UPDATER_CACHE_DIR = 'soan-bao-cao-updater';

/** JSON is YAML, so the feed URL needs no YAML quoting. */
export function updaterConfigText(feedUrl: string): Uint8Array {
  return new TextEncoder().encode(
    `${JSON.stringify({ provider: 'generic', url: feedUrl, updaterCacheDirName: UPDATER_CACHE_DIR })}\n`,
  );
}

export interface RegisterUpdatesDeps<E extends InvokeEvent> {
  ipcMain: IpcMainLike<E>;
  userData: string;
  updatesDir: string;
  exePath: string;
  programData: string | undefined;
  installedVersion: string;
  platform: NodeJS.Platform;
  trustedKeys: readonly TrustedKey[];
  /** Reads and verifies USB packages off the main thread (package-reader.ts). */
  readPackage: PackageReader;
  trust: TrustStore;
  fs: PackageFs;
  /** electron-updater's autoUpdater, touched only when online updates are enabled. */
  loadUpdater(): AppUpdater;
  isOnline(): boolean;
  /**
   * The update-only network channel for this feed (its own session; the renderer's stays blocked):
   * GET with a size cap, for the signed manifest and its signature.
   */
  openUpdateChannel(feedUrl: string): (url: string, maxBytes: number) => Promise<Uint8Array>;
  showOpenDialog(event: E, options: OpenFileDialogOptions): Promise<OpenFileDialogResult>;
  backupJournal(): Promise<void>;
  launch(command: InstallerCommand): Promise<void>;
  /** Synchronous start for the quit-time install (install-gate.ts). */
  spawnDetached(command: InstallerCommand): void;
  readFileSyncCapped(path: string, maxBytes: number): Uint8Array | 'too-large' | null;
  /** Electron's `quit` event with its exit code. */
  onAppQuit(listener: (exitCode: number) => void): void;
  env: WindowsEnv;
  quit(): void;
  sendToWindows(channel: string, payload: unknown): void;
  newToken(): string;
  log(message: string, error?: unknown): void;
}

/** `<feed>/<installer name>.manifest.json|.sig`, as `npm run cli -- sign` writes them for the server. */
export function signedManifestUrls(feedUrl: string, installerName: string): { manifest: string; signature: string } {
  const base = feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`;
  const file = new URL(encodeURIComponent(installerName), base).href;
  return { manifest: `${file}.manifest.json`, signature: `${file}.manifest.sig` };
}

export function registerUpdates<E extends InvokeEvent>(
  deps: RegisterUpdatesDeps<E>,
): { startBackgroundChecks(): void } {
  let status: OnlineUpdateStatus = { phase: 'idle' };
  const gate = createInstallGate({
    readFileSyncCapped: deps.readFileSyncCapped,
    spawnDetached: deps.spawnDetached,
    platform: deps.platform,
    env: deps.env,
    log: deps.log,
  });
  deps.onAppQuit((exitCode) => gate.onQuit(exitCode));
  const setStatus = (next: OnlineUpdateStatus) => {
    status = next;
    deps.sendToWindows(SUBSCRIPTIONS.onUpdateStatus, next);
  };
  // Handlers are registered at once (the page may ask before the policy files are read) and wait for this.
  const setup = readPolicy(deps)
    .then((policy) => {
      status = initialOnlineStatus(policy);
      return policy.enabled ? startOnlineFromPolicy(deps, policy, setStatus, gate) : null;
    })
    .catch((error: unknown) => {
      deps.log('[update] online updates not started', error);
      status = { phase: 'disabled', message: ONLINE_STATUS_MESSAGES['admin-invalid'] };
      return null;
    });

  const command = async (run: (online: OnlineUpdates) => Promise<void>): Promise<UpdateCommandResponse> => {
    const online = await setup;
    if (!online) return { status: 'ok', online: status };
    if (!deps.isOnline()) return { status: 'error', message: ONLINE_STATUS_MESSAGES.offline };
    await run(online);
    return { status: 'ok', online: status };
  };
  secureHandle(deps.ipcMain, CHANNELS.updateStatus, async () => {
    await setup;
    return { currentVersion: deps.installedVersion, online: status };
  });
  secureHandle(deps.ipcMain, CHANNELS.updateCheck, () =>
    command(async (online) => {
      setStatus({ phase: 'checking' });
      await online.check();
      // Unpacked builds and unsupported targets resolve without any event: do not stay "checking".
      if (status.phase === 'checking') setStatus({ phase: 'idle' });
    }),
  );
  secureHandle(deps.ipcMain, CHANNELS.updateInstallNow, async () => {
    await setup;
    const staged = gate.armed();
    if (!staged) return { status: 'error', message: ONLINE_STATUS_MESSAGES.notReady };
    // Only Windows installers are started by the app; elsewhere the verified file is installed by hand.
    if (deps.platform !== 'win32') return { status: 'error', message: USB_UPDATE_MESSAGES.manual(staged.path) };
    // Quitting saves the drafts first (the journal's before-quit flush); the gate starts the installer on quit.
    deps.quit();
    return { status: 'installing', version: staged.version };
  });
  secureHandle(deps.ipcMain, CHANNELS.updateDownload, async () => {
    if ((await setup) && status.phase !== 'available')
      return { status: 'error', message: ONLINE_STATUS_MESSAGES.notAvailable };
    return command((online) => online.download());
  });

  const usb = createUsbUpdateInstaller<E>({
    showOpenDialog: deps.showOpenDialog,
    fs: deps.fs,
    updatesDir: deps.updatesDir,
    trustedKeys: deps.trustedKeys,
    readPackage: deps.readPackage,
    installedVersion: deps.installedVersion,
    trust: deps.trust,
    backupJournal: deps.backupJournal,
    launch: async (command) => {
      await deps.launch(command);
      // The USB installer replaces this version: an online download armed earlier must not start too.
      gate.disarm();
    },
    quit: deps.quit,
    platform: deps.platform,
    env: deps.env,
    newToken: deps.newToken,
    now: () => Date.now(),
    log: deps.log,
  });
  secureHandle(deps.ipcMain, CHANNELS.updateUsbPick, (_request, event) => usb.pick(event));
  secureHandle(deps.ipcMain, CHANNELS.updateUsbInstall, (request) => usb.install(request));

  return {
    startBackgroundChecks: () => {
      const background = () =>
        void setup
          .then((online) => online?.check())
          .catch((error: unknown) => deps.log('[update] background check failed', error));
      setTimeout(background, FIRST_CHECK_DELAY_MS).unref();
      setInterval(background, CHECK_EVERY_MS).unref();
    },
  };
}

type OnlineUpdates = NonNullable<ReturnType<typeof startOnlineUpdates>>;

async function readPolicy<E extends InvokeEvent>(deps: RegisterUpdatesDeps<E>): Promise<UpdatePolicy> {
  const paths = policyFilePaths(deps.exePath, deps.programData, deps.userData);
  const adminTexts = await Promise.all(paths.admin.map((p) => readConfigText(p, deps.fs.readFileCapped)));
  return resolveUpdatePolicy(adminTexts, await readConfigText(paths.user, deps.fs.readFileCapped));
}

/** What the online path needs; registerUpdates passes its own deps, the local-server test real ones. */
export type OnlineUpdatesDeps = Pick<
  RegisterUpdatesDeps<InvokeEvent>,
  | 'userData'
  | 'updatesDir'
  | 'installedVersion'
  | 'trustedKeys'
  | 'trust'
  | 'fs'
  | 'loadUpdater'
  | 'isOnline'
  | 'openUpdateChannel'
  | 'backupJournal'
  | 'log'
>;

/**
 * Starts online updates for a feed the policy allowed: writes electron-updater's config file from the
 * policy (release builds carry no app-update.yml), opens the update-only network channel, and wires
 * verification, journal backup and the install gate.
 */
export async function startOnlineFromPolicy(
  deps: OnlineUpdatesDeps,
  policy: Extract<UpdatePolicy, { enabled: true }>,
  setStatus: (status: OnlineUpdateStatus) => void,
  gate: InstallGate,
): Promise<OnlineUpdates | null> {
  const updater = deps.loadUpdater();
  const configPath = join(deps.userData, UPDATER_CONFIG_FILE);
  await deps.fs.writeFileAtomic(configPath, updaterConfigText(policy.feedUrl));
  updater.updateConfigPath = configPath;
  const fetchBytes = deps.openUpdateChannel(policy.feedUrl);
  // The served installer name, to find its signed manifest next to it. Registered before
  // startOnlineUpdates so it is known when the download completes.
  let installerName: string | null = null;
  updater.on('update-available', (info) => {
    installerName = info.files[0]?.url.split('/').pop() ?? null;
  });
  updater.on('update-not-available', () => setStatus({ phase: 'up-to-date' }));
  return startOnlineUpdates({
    updater,
    policy,
    installedVersion: deps.installedVersion,
    isOnline: deps.isOnline,
    fetchSignedManifest: async () => {
      if (!installerName) return refuse('missing-entry', 'installer name unknown');
      const urls = signedManifestUrls(policy.feedUrl, decodeURIComponent(installerName));
      const [manifestBytes, signature] = await Promise.all([
        fetchBytes(urls.manifest, MAX_SIGNED_MANIFEST_BYTES),
        fetchBytes(urls.signature, 1024),
      ]);
      return verifyManifest(manifestBytes, signature, updateManifestSchema, deps.trustedKeys);
    },
    checkDownloadedFile: async (path, manifest) => {
      const data = await deps.fs.readFileCapped(path, MAX_UPDATE_PACKAGE_BYTES);
      if (data === 'too-large') return refuse('too-large', path);
      return checkFile(data, manifest, manifest.file) ?? { ok: true, bytes: data };
    },
    loadTrust: () => deps.trust.load(),
    saveTrust: (state) => deps.trust.save(state),
    backupJournal: deps.backupJournal,
    // Exactly the bytes just verified, copied out of electron-updater's cache into the app's own folder.
    scheduleInstall: async (manifest, bytes) =>
      gate.arm(await stageVerifiedInstaller(deps.updatesDir, manifest, bytes, deps.fs)),
    emit: setStatus,
    now: () => Date.now(),
    log: deps.log,
  });
}
