/**
 * The removable drives as submission targets: listed on request, or watched while the picker is open so a
 * stick plugged in or pulled out shows up without "Làm mới" (one watcher at a time).
 */
import type { UsbDrivesResponse, UsbWatchRequest, UsbWatchResponse } from '../../ipc/usb-types';
import type { DetectedDrive } from '../../../node/usb/detected-drive';
import { createDriveWatcher, type DriveWatcher } from '../../../node/usb/drive-watcher';
import type { UsbTargets } from './usb-targets';

export interface DriveHandlerDeps<E> {
  listDrives(): Promise<DetectedDrive[]>;
  /** webContents.send to the page that asked. */
  send(event: E, channel: string, payload: unknown): void;
  channels: { drivesChanged: string };
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export function createDriveHandlers<E>(deps: DriveHandlerDeps<E>, targets: UsbTargets) {
  let watcher: DriveWatcher | undefined;

  const listDrives = async (): Promise<UsbDrivesResponse> => ({ drives: targets.drives(await deps.listDrives()) });

  const watchDrives = async (request: UsbWatchRequest, event: E): Promise<UsbWatchResponse> => {
    watcher?.stop();
    watcher = undefined;
    if (request.watch) {
      watcher = createDriveWatcher({
        list: deps.listDrives,
        onChange: (drives) => deps.send(event, deps.channels.drivesChanged, targets.drives(drives)),
        setInterval: deps.setInterval,
        clearInterval: deps.clearInterval,
      });
      watcher.start();
    }
    return { watching: watcher !== undefined };
  };

  return { listDrives, watchDrives, stopWatching: () => watcher?.stop() };
}
