/**
 * Wires the USB channels' handlers (usb-ipc-handlers.ts) into IPC through secureHandle (S-17). Electron
 * objects come in as parameters so this file stays importable in tests without Electron.
 */
import { CHANNELS, SUBSCRIPTIONS } from '../../ipc/channels';
import type { Report } from '../../../core/model/report-schema';
import { secureHandle, type InvokeEvent, type IpcMainLike } from '../secure-ipc';
import { execFileRunner } from '../../../node/usb/command-runner';
import { listRemovableDrives } from '../../../node/usb/list-removable-drives';
import type { HistoryLog } from '../../../node/export/export-history-log';
import { realSubmissionFs } from '../../../node/files/verified-write-fs';
import type { OpenFolderDialogResult } from './usb-folder-picker';
import { createUsbHandlers } from './usb-ipc-handlers';
import { readdir } from 'node:fs/promises';
import { readInbox, type InboxEntry, type InboxJob } from '../../../node/inbox/read-inbox';

export interface RegisterUsbDeps<
  E extends InvokeEvent & { sender: { send(channel: string, payload: unknown): void } },
> {
  ipcMain: IpcMainLike<E>;
  /** The export history, shared with the .docx export. */
  history: HistoryLog;
  appLabel: string;
  renderDocx(report: Report): Promise<Uint8Array>;
  /** Verifies one received bundle off main's thread (inbox-verify-client.ts); in-process when absent. */
  verifyInboxBundle?(job: InboxJob): Promise<InboxEntry>;
  showOpenFolderDialog(
    event: E,
    options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] },
  ): Promise<OpenFolderDialogResult>;
}

export function registerUsb<E extends InvokeEvent & { sender: { send(channel: string, payload: unknown): void } }>(
  deps: RegisterUsbDeps<E>,
) {
  const handlers = createUsbHandlers<E>({
    listDrives: () =>
      listRemovableDrives({
        platform: process.platform,
        env: process.env,
        run: execFileRunner,
        readdir: (p) => readdir(p),
      }),
    showOpenFolderDialog: deps.showOpenFolderDialog,
    send: (event, channel, payload) => event.sender.send(channel, payload),
    renderDocx: deps.renderDocx,
    fsx: realSubmissionFs,
    history: deps.history,
    platform: process.platform,
    appLabel: deps.appLabel,
    readInbox: (path, onEntry) =>
      readInbox(
        path,
        {},
        {
          ...(deps.verifyInboxBundle ? { verify: deps.verifyInboxBundle } : {}),
          ...(onEntry ? { onEntry: (_entry, index, total) => onEntry(index, total) } : {}),
        },
      ),
    now: () => new Date(),
    clock: () => performance.now(),
    channels: {
      drivesChanged: SUBSCRIPTIONS.onUsbDrivesChanged,
      submitProgress: SUBSCRIPTIONS.onUsbSubmitProgress,
      inboxProgress: SUBSCRIPTIONS.onInboxProgress,
    },
  });
  secureHandle(deps.ipcMain, CHANNELS.usbListDrives, () => handlers.listDrives());
  secureHandle(deps.ipcMain, CHANNELS.usbWatchDrives, (request, event) => handlers.watchDrives(request, event));
  secureHandle(deps.ipcMain, CHANNELS.usbPickFolder, (request, event) => handlers.pickFolder(request, event));
  secureHandle(deps.ipcMain, CHANNELS.usbSubmit, (request, event) => handlers.submit(request, event));
  secureHandle(deps.ipcMain, CHANNELS.exportHistory, (request) => handlers.exportHistory(request));
  secureHandle(deps.ipcMain, CHANNELS.inboxRead, (request, event) => handlers.readInbox(request, event));
  return handlers;
}
