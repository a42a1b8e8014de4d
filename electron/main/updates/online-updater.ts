/**
 * Online updates with electron-updater (U-07, U-08), injected so the order of every step is tested:
 * check in the background only when the policy allows it and the PC is online, never throw into the app,
 * download only when the user asks, then verify the downloaded installer against the SIGNED manifest
 * served next to it (same verifier as USB), take a journal backup, and stage exactly the verified bytes for
 * the quit-time install (install-gate.ts). electron-updater itself never installs anything.
 */
import type { UpdateManifest } from '../../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../../core/packages/package-refusal';
import { advanceTrustState, decideUpdate, type TrustState } from '../../../core/packages/update-decision';
import type { UpdatePolicy } from './update-policy';

/** The part of electron-updater's AppUpdater that is used; the real autoUpdater satisfies it. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(
    event: 'download-progress',
    listener: (progress: { percent: number; transferred: number; total: number }) => void,
  ): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string; downloadedFile: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type UpdateEvent =
  | { phase: 'available'; version: string }
  | { phase: 'downloading'; percent: number }
  | { phase: 'ready'; version: string }
  | { phase: 'refused'; message: string }
  | { phase: 'error'; message: string };

export interface OnlineUpdaterDeps {
  updater: UpdaterLike;
  policy: UpdatePolicy;
  installedVersion: string;
  isOnline(): boolean;
  /** Downloads `<installer>.manifest.json` + `.sig` from the feed and verifies them (signature only). */
  fetchSignedManifest(version: string): Promise<{ ok: true; manifest: UpdateManifest } | Refusal>;
  /** Reads the downloaded installer once and checks its size + SHA-512 against the manifest: the bytes checked. */
  checkDownloadedFile(path: string, manifest: UpdateManifest): Promise<{ ok: true; bytes: Uint8Array } | Refusal>;
  loadTrust(): Promise<TrustState>;
  saveTrust(state: TrustState): Promise<void>;
  /** Journal backup before anything is installed (D-14). */
  backupJournal(): Promise<void>;
  /** Stages exactly these verified bytes and arms the install when the app quits (install-gate.ts). */
  scheduleInstall(manifest: UpdateManifest, verifiedBytes: Uint8Array): Promise<void>;
  emit(event: UpdateEvent): void;
  now(): number;
  log(message: string, error?: unknown): void;
}

export const ONLINE_MESSAGES = {
  failed:
    'Không kiểm tra hoặc tải được bản cập nhật qua mạng. Ứng dụng vẫn dùng bình thường; có thể cập nhật sau hoặc bằng gói trên USB.',
} as const;

export function configureUpdater(updater: UpdaterLike, feedUrl: string): void {
  // The user decides when to download (metered links). electron-updater never installs: its quit-time
  // install would run whatever it downloaded last, verified or not; install-gate.ts does it instead (U-07).
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowPrerelease = false;
  // Set last: assigning a channel would flip allowDowngrade back to true (AppUpdater doc).
  updater.allowDowngrade = false;
  updater.setFeedURL({ provider: 'generic', url: feedUrl });
}

export function startOnlineUpdates(
  deps: OnlineUpdaterDeps,
): { check(): Promise<void>; download(): Promise<void> } | null {
  if (!deps.policy.enabled) return null;
  const { updater } = deps;
  configureUpdater(updater, deps.policy.feedUrl);
  const fail = (error: unknown) => {
    deps.log('[update] online update failed', error);
    deps.emit({ phase: 'error', message: ONLINE_MESSAGES.failed });
  };
  updater.on('update-available', (info) => deps.emit({ phase: 'available', version: info.version }));
  updater.on('download-progress', (p) =>
    deps.emit({ phase: 'downloading', percent: Math.max(0, Math.min(100, Math.round(p.percent))) }),
  );
  updater.on('error', fail);
  updater.on('update-downloaded', (info) => {
    void onDownloaded(deps, info).catch(fail);
  });
  return {
    check: async () => {
      if (!deps.isOnline()) return;
      await updater.checkForUpdates().then(() => undefined, fail);
    },
    download: async () => {
      await updater.downloadUpdate().then(() => undefined, fail);
    },
  };
}

/** verify → backup → stage + arm; any refusal stops before the backup and arms nothing. */
async function onDownloaded(deps: OnlineUpdaterDeps, info: { version: string; downloadedFile: string }): Promise<void> {
  const signed = await deps.fetchSignedManifest(info.version);
  if (!signed.ok) return deps.emit({ phase: 'refused', message: signed.message });
  if (signed.manifest.version !== info.version)
    return deps.emit({ phase: 'refused', message: refuse('hash-mismatch').message });
  const trust = await deps.loadTrust();
  const decision = decideUpdate(signed.manifest, deps.installedVersion, trust, deps.now());
  if (!decision.ok) return deps.emit({ phase: 'refused', message: decision.message });
  const checked = await deps.checkDownloadedFile(info.downloadedFile, signed.manifest);
  if (!checked.ok) return deps.emit({ phase: 'refused', message: checked.message });
  await deps.saveTrust(advanceTrustState(trust, signed.manifest));
  await deps.backupJournal();
  await deps.scheduleInstall(signed.manifest, checked.bytes);
  deps.emit({ phase: 'ready', version: info.version });
}
