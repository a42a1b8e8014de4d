/**
 * Wiring of online updates and "Cập nhật từ USB…" into IPC (secureHandle). Reads the policy files,
 * starts electron-updater only when the policy allows it, in the background after start-up, and pushes
 * every status change to the window (payload only). Electron objects come in as parameters so this file
 * stays importable in Node tests.
 */
import type { AppUpdater } from 'electron-updater';
import { MAX_UPDATE_PACKAGE_BYTES, updateManifestSchema } from '../../../core/packages/package-manifest';
import { refuse } from '../../../core/packages/package-refusal';
import { CHANNELS, SUBSCRIPTIONS } from '../../ipc/contract';
import type { OnlineUpdateStatus, UpdateCommandResponse } from '../../ipc/update-types';
import { secureHandle, type InvokeEvent, type IpcMainLike } from '../secure-ipc';
import type { InstallerCommand } from './installer-command';
import { initialOnlineStatus, ONLINE_STATUS_MESSAGES } from './online-status';
import { startOnlineUpdates } from './online-updater';
import type { PackageFs } from './package-copy';
import type { PackageReader } from './package-reader';
import { checkFile, verifyManifest } from './signed-package';
import type { TrustedKey } from './trusted-keys';
import type { TrustStore } from './trust-store';
import { policyFilePaths, readConfigText } from './update-config-files';
import { resolveUpdatePolicy, type UpdatePolicy } from './update-policy';
import { createUsbUpdateInstaller, type OpenFileDialogOptions, type OpenFileDialogResult } from './usb-update-install';

/** First check shortly after start-up, never during it; then a few times a day while the app stays open. */
export const FIRST_CHECK_DELAY_MS = 30_000;
export const CHECK_EVERY_MS = 6 * 60 * 60_000;
const MAX_SIGNED_MANIFEST_BYTES = 64 * 1024;

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
  /** GET over HTTPS with a size cap (the signed manifest and its signature). */
  fetchBytes(url: string, maxBytes: number): Promise<Uint8Array>;
  showOpenDialog(event: E, options: OpenFileDialogOptions): Promise<OpenFileDialogResult>;
  backupJournal(): Promise<void>;
  launch(command: InstallerCommand): Promise<void>;
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

export function registerUpdates<E extends InvokeEvent>(deps: RegisterUpdatesDeps<E>): { startBackgroundChecks(): void } {
  let status: OnlineUpdateStatus = { phase: 'idle' };
  const setStatus = (next: OnlineUpdateStatus) => {
    status = next;
    deps.sendToWindows(SUBSCRIPTIONS.onUpdateStatus, next);
  };
  // Handlers are registered at once (the page may ask before the policy files are read) and wait for this.
  const setup = readPolicy(deps)
    .then((policy) => {
      status = initialOnlineStatus(policy);
      return policy.enabled ? startOnline(deps, policy, setStatus) : null;
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
  secureHandle(deps.ipcMain, CHANNELS.updateDownload, async () => {
    if ((await setup) && status.phase !== 'available') return { status: 'error', message: ONLINE_STATUS_MESSAGES.notAvailable };
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
    launch: deps.launch,
    quit: deps.quit,
    platform: deps.platform,
    newToken: deps.newToken,
    now: () => Date.now(),
    log: deps.log,
  });
  secureHandle(deps.ipcMain, CHANNELS.updateUsbPick, (_request, event) => usb.pick(event));
  secureHandle(deps.ipcMain, CHANNELS.updateUsbInstall, (request) => usb.install(request));

  return {
    startBackgroundChecks: () => {
      const background = () =>
        void setup.then((online) => online?.check()).catch((error: unknown) => deps.log('[update] background check failed', error));
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

function startOnline<E extends InvokeEvent>(
  deps: RegisterUpdatesDeps<E>,
  policy: Extract<UpdatePolicy, { enabled: true }>,
  setStatus: (status: OnlineUpdateStatus) => void,
): OnlineUpdates | null {
  const updater = deps.loadUpdater();
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
        deps.fetchBytes(urls.manifest, MAX_SIGNED_MANIFEST_BYTES),
        deps.fetchBytes(urls.signature, 1024),
      ]);
      return verifyManifest(manifestBytes, signature, updateManifestSchema, deps.trustedKeys);
    },
    checkDownloadedFile: async (path, manifest) => {
      const data = await deps.fs.readFileCapped(path, MAX_UPDATE_PACKAGE_BYTES);
      return data === 'too-large' ? refuse('too-large', path) : checkFile(data, manifest, manifest.file);
    },
    loadTrust: () => deps.trust.load(),
    saveTrust: (state) => deps.trust.save(state),
    backupJournal: deps.backupJournal,
    // Only now, after verification and backup, may electron-updater run the installer on quit.
    scheduleInstall: () => {
      updater.autoInstallOnAppQuit = true;
    },
    emit: setStatus,
    now: () => Date.now(),
    log: deps.log,
  });
}
