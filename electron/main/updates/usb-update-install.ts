/**
 * "Cập nhật từ USB…" (U-01…U-05, D-14): pick a `.goi-cap-nhat`, copy it into `userData/updates/`,
 * verify THE COPY with the one verifier, keep only the verified installer in the app's own folder
 * (staged-installer.ts), then — after the clerk confirms — remember the version (no rollback later), back
 * up the journal, hash the staged installer once more immediately before starting it from there (Windows)
 * or say where it is. Nothing on the stick is ever opened or run. Electron (dialog, spawn, quit) and the
 * file system are injected.
 */
import type { UpdateManifest } from '../../../core/packages/package-manifest';
import { advanceTrustState, decideUpdate } from '../../../core/packages/update-decision';
import type { UsbUpdateInstallResponse, UsbUpdatePickResponse } from '../../ipc/update-types';
import { installerCommand, type InstallerCommand } from './installer-command';
import type { WindowsEnv } from '../../../node/system/windows-system-tool';
import type { PackageFs } from '../../../node/packages/package-copy';
import { pickSignedPackage, type OpenFileDialogOptions, type OpenFileDialogResult } from '../pick-signed-package';
import { readStaged, recheckStaged, stageVerifiedInstaller, type StagedInstaller } from './staged-installer';
import type { TrustedKey } from '../../../node/packages/trusted-keys';
import type { TrustStore } from '../../../node/packages/trust-store';
import type { PackageReader } from '../../../node/packages/package-reader';
import { verifyPackageWith } from '../../../node/packages/verify-package';

export const USB_UPDATE_MESSAGES = {
  noPending: 'Gói cập nhật đã chọn không còn trong bộ nhớ của ứng dụng. Hãy bấm “Cập nhật từ USB…” và chọn lại tệp.',
  backupFailed:
    'Chưa sao lưu được các bản nháp nên ứng dụng chưa cài bản cập nhật (để không mất dữ liệu). Hãy kiểm tra dung lượng ổ đĩa rồi thử lại.',
  launchFailed:
    'Không khởi động được bộ cài đã kiểm tra. Hãy thử lại; nếu vẫn lỗi, hãy nhờ cán bộ tin học cài tệp đã kiểm tra trong thư mục dữ liệu của ứng dụng.',
  manual: (path: string) =>
    `Bộ cài đã được kiểm tra chữ ký số và lưu tại: ${path}. Hãy đóng ứng dụng rồi cài tệp này (các bản nháp đã được sao lưu).`,
} as const;

export interface UsbUpdateDeps<E> {
  showOpenDialog(event: E, options: OpenFileDialogOptions): Promise<OpenFileDialogResult>;
  fs: PackageFs;
  /** `userData/updates`. */
  updatesDir: string;
  trustedKeys: readonly TrustedKey[];
  /** Reads and verifies the package off the main thread (package-reader.ts). */
  readPackage: PackageReader;
  installedVersion: string;
  trust: TrustStore;
  /** Journal snapshot before anything is installed (D-14). */
  backupJournal(): Promise<void>;
  /** Starts a process detached from the app; resolves once it started, rejects when it cannot. */
  launch(command: InstallerCommand): Promise<void>;
  quit(): void;
  platform: NodeJS.Platform;
  /** Where msiexec lives (%SystemRoot%). */
  env: WindowsEnv;
  newToken(): string;
  now(): number;
  log(message: string, error?: unknown): void;
}

interface Pending {
  token: string;
  manifest: UpdateManifest;
  staged: StagedInstaller;
}

export function createUsbUpdateInstaller<E>(deps: UsbUpdateDeps<E>) {
  // Only the last verified package can be installed; a new pick replaces it.
  let pending: Pending | null = null;

  async function pick(event: E): Promise<UsbUpdatePickResponse> {
    const copy = await pickSignedPackage('update', event, deps, (token, extension) => ({
      dir: deps.updatesDir,
      name: `incoming-${token}.${extension}`,
    }));
    if (copy.status !== 'copied') return copy;
    const { token } = copy;
    try {
      const verdict = await verifyPackageWith(deps.readPackage, copy.bytes, {
        trustedKeys: deps.trustedKeys,
        installedAppVersion: deps.installedVersion,
        installedPackVersion: () => null,
        trust: await deps.trust.load(),
        nowMs: deps.now(),
        expect: 'update',
      });
      if (!verdict.ok) {
        deps.log(`[update] USB package refused: ${verdict.code} ${verdict.detail ?? ''}`);
        return { status: 'refused', message: verdict.message };
      }
      if (verdict.kind !== 'update') return { status: 'refused', message: 'wrong kind' };
      // Only the verified installer is kept, in the app's own folder of its version.
      const staged = await stageVerifiedInstaller(deps.updatesDir, verdict.manifest, verdict.installer, deps.fs);
      pending = { token, manifest: verdict.manifest, staged };
      return {
        status: 'verified',
        token,
        version: verdict.manifest.version,
        currentVersion: deps.installedVersion,
        releasedAt: verdict.manifest.releasedAt,
      };
    } finally {
      await deps.fs
        .remove(copy.path)
        .catch((error: unknown) => deps.log('[update] could not remove the package copy', error));
    }
  }

  async function install(request: { token: string }): Promise<UsbUpdateInstallResponse> {
    const chosen = pending;
    if (!chosen || chosen.token !== request.token) return { status: 'error', message: USB_UPDATE_MESSAGES.noPending };
    const { manifest, staged } = chosen;
    const installerPath = staged.path;
    // Checked before the backup (fail early) and again right before the start below.
    const bad = recheckStaged(staged, await readStaged(staged, deps.fs));
    if (bad) return { status: 'refused', message: bad.message };
    const trust = await deps.trust.load();
    const decision = decideUpdate(manifest, deps.installedVersion, trust, deps.now());
    if (!decision.ok) return { status: 'refused', message: decision.message };
    try {
      await deps.backupJournal();
    } catch (error) {
      deps.log('[update] journal backup before install failed', error);
      return { status: 'error', message: USB_UPDATE_MESSAGES.backupFailed };
    }
    await deps.trust.save(advanceTrustState(trust, manifest));
    const command = installerCommand(installerPath, deps.platform, deps.env);
    if (!command) {
      pending = null;
      return {
        status: 'saved',
        version: manifest.version,
        path: installerPath,
        message: USB_UPDATE_MESSAGES.manual(installerPath),
      };
    }
    // The backup took time: hash the file once more; nothing is awaited between this and the start.
    const changed = recheckStaged(staged, await readStaged(staged, deps.fs));
    if (changed) {
      pending = null;
      deps.log(`[update] staged installer changed before start: ${changed.code}`);
      return { status: 'refused', message: changed.message };
    }
    try {
      await deps.launch(command);
    } catch (error) {
      deps.log('[update] installer did not start', error);
      return { status: 'error', message: USB_UPDATE_MESSAGES.launchFailed };
    }
    pending = null;
    // The installer replaces the app's files, so the app must be closed (drafts are flushed on quit).
    deps.quit();
    return { status: 'installing', version: manifest.version };
  }

  return { pick, install };
}
