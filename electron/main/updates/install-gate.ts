/**
 * The only way an online update is installed. electron-updater checks and downloads but never installs:
 * `autoInstallOnAppQuit` stays false, because electron-updater registers its quit-time install when a
 * download finishes and then runs whatever file it downloaded last, verified or not. Instead, after the
 * app verified a download against its signed manifest, the verified bytes are staged in the app's own
 * folder and armed here; when the app quits normally, the staged copy is hashed again synchronously and
 * started only if it still is the signed installer. Sync on purpose: Electron's `quit` event does not wait.
 */
import { MAX_UPDATE_PACKAGE_BYTES } from '../../../core/packages/package-manifest';
import type { WindowsEnv } from '../../../node/system/windows-system-tool';
import { installerCommand, type InstallerCommand } from './installer-command';
import { recheckStaged, type StagedInstaller } from './staged-installer';

export interface InstallGateDeps {
  /** Whole file, 'too-large' over the cap, null when it cannot be read. */
  readFileSyncCapped(path: string, maxBytes: number): Uint8Array | 'too-large' | null;
  /** Starts the process detached (it outlives the app); throws when it cannot start. */
  spawnDetached(command: InstallerCommand): void;
  platform: NodeJS.Platform;
  env: WindowsEnv;
  log(message: string, error?: unknown): void;
}

export type QuitInstallOutcome = 'none' | 'started' | 'refused' | 'not-windows' | 'failed';

export function createInstallGate(deps: InstallGateDeps) {
  let armed: StagedInstaller | null = null;
  return {
    /** Called only after the download was verified and staged; a later verified version replaces it. */
    arm(staged: StagedInstaller): void {
      armed = staged;
    },
    armed: (): StagedInstaller | null => armed,
    /** Another installer (USB) was started: one installer per quit. */
    disarm(): void {
      armed = null;
    },
    /** Electron `quit` handler. Not after a crash exit, and never twice. */
    onQuit(exitCode: number): QuitInstallOutcome {
      const staged = armed;
      armed = null;
      if (!staged || exitCode !== 0) return 'none';
      const bad = recheckStaged(staged, deps.readFileSyncCapped(staged.path, MAX_UPDATE_PACKAGE_BYTES));
      if (bad) {
        deps.log(`[update] staged installer changed since it was verified, not started: ${bad.code} ${staged.path}`);
        return 'refused';
      }
      const command = installerCommand(staged.path, deps.platform, deps.env);
      if (!command) {
        deps.log(`[update] verified installer kept at ${staged.path} (this system installs it by hand)`);
        return 'not-windows';
      }
      try {
        deps.spawnDetached(command);
        return 'started';
      } catch (error) {
        deps.log('[update] verified installer did not start', error);
        return 'failed';
      }
    },
  };
}

export type InstallGate = ReturnType<typeof createInstallGate>;
