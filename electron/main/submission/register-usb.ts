/**
 * Wires the USB submission handlers into IPC through secureHandle (S-17). Electron objects come in as
 * parameters so this file stays importable in tests without Electron.
 */
import { join } from 'node:path';
import { CHANNELS, SUBSCRIPTIONS } from '../../ipc/contract';
import type { Report } from '../../../core/model/report-schema';
import { secureHandle, type InvokeEvent, type IpcMainLike } from '../secure-ipc';
import { execFileRunner } from '../usb/command-runner';
import { listRemovableDrives } from '../usb/list-removable-drives';
import { createHistoryLog, HISTORY_FILE_NAME } from './export-history-log';
import { realSubmissionFs } from './submission-fs';
import { createUsbHandlers, type OpenFolderDialogResult } from './usb-ipc-handlers';
import { readdir } from 'node:fs/promises';

export interface RegisterUsbDeps<E extends InvokeEvent & { sender: { send(channel: string, payload: unknown): void } }> {
  ipcMain: IpcMainLike<E>;
  userData: string;
  appLabel: string;
  renderDocx(report: Report): Promise<Uint8Array>;
  showOpenFolderDialog(event: E, options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] }): Promise<OpenFolderDialogResult>;
}

export function registerUsb<E extends InvokeEvent & { sender: { send(channel: string, payload: unknown): void } }>(deps: RegisterUsbDeps<E>) {
  const handlers = createUsbHandlers<E>({
    listDrives: () => listRemovableDrives({ platform: process.platform, env: process.env, run: execFileRunner, readdir: (p) => readdir(p) }),
    showOpenFolderDialog: deps.showOpenFolderDialog,
    send: (event, channel, payload) => event.sender.send(channel, payload),
    renderDocx: deps.renderDocx,
    fsx: realSubmissionFs,
    history: createHistoryLog(join(deps.userData, HISTORY_FILE_NAME)),
    platform: process.platform,
    appLabel: deps.appLabel,
    now: () => new Date(),
    clock: () => performance.now(),
    channels: { drivesChanged: SUBSCRIPTIONS.onUsbDrivesChanged, submitProgress: SUBSCRIPTIONS.onUsbSubmitProgress },
  });
  secureHandle(deps.ipcMain, CHANNELS.usbListDrives, () => handlers.listDrives());
  secureHandle(deps.ipcMain, CHANNELS.usbWatchDrives, (request, event) => handlers.watchDrives(request, event));
  secureHandle(deps.ipcMain, CHANNELS.usbPickFolder, (request, event) => handlers.pickFolder(request, event));
  secureHandle(deps.ipcMain, CHANNELS.usbSubmit, (request, event) => handlers.submit(request, event));
  secureHandle(deps.ipcMain, CHANNELS.exportHistory, (request) => handlers.exportHistory(request));
  return handlers;
}
