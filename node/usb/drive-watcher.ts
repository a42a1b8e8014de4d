/**
 * Polls the drive list while someone is watching (the "Nộp qua USB" dialog is open) and reports only
 * changes, so inserting a stick shows up within one interval. Timers are injected for tests.
 */
import type { DetectedDrive } from './detected-drive';

export const DRIVE_POLL_INTERVAL_MS = 2_000;

export interface DriveWatcherDeps {
  list(): Promise<DetectedDrive[]>;
  onChange(drives: DetectedDrive[]): void;
  intervalMs?: number;
  setInterval?: ((fn: () => void, ms: number) => unknown) | undefined;
  clearInterval?: ((handle: unknown) => void) | undefined;
}

export interface DriveWatcher {
  /** Lists now, reports if changed, and returns the list. */
  refresh(): Promise<DetectedDrive[]>;
  start(): void;
  stop(): void;
  readonly running: boolean;
}

export function createDriveWatcher(deps: DriveWatcherDeps): DriveWatcher {
  const setTimer = deps.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const clearTimer = deps.clearInterval ?? ((h) => clearInterval(h as NodeJS.Timeout));
  let handle: unknown;
  let last: string | undefined;
  let inFlight: Promise<DetectedDrive[]> | undefined;

  const refresh = (): Promise<DetectedDrive[]> => {
    // A slow PowerShell must not pile up overlapping runs.
    inFlight ??= deps
      .list()
      .then((drives) => {
        const key = JSON.stringify(drives);
        if (key !== last) {
          last = key;
          deps.onChange(drives);
        }
        return drives;
      })
      .finally(() => (inFlight = undefined));
    return inFlight;
  };

  return {
    refresh,
    start() {
      if (handle !== undefined) return;
      handle = setTimer(() => void refresh(), deps.intervalMs ?? DRIVE_POLL_INTERVAL_MS);
      void refresh();
    },
    stop() {
      if (handle === undefined) return;
      clearTimer(handle);
      handle = undefined;
      last = undefined;
    },
    get running() {
      return handle !== undefined;
    },
  };
}
