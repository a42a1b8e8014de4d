/**
 * The handlers of the USB channels: list/watch drives, "Chọn thư mục khác…", "Nộp qua USB" and the export
 * history, each in its own module and sharing one registry of opaque target ids (the page never supplies a
 * path). Electron (dialog, webContents.send), the drive lister, the writer's fs and the clock are injected, so
 * the flow is unit-tested in Node; register-usb.ts wires the real ones through secureHandle.
 */
import type { HistoryLog } from '../../../node/export/export-history-log';
import { createDriveHandlers, type DriveHandlerDeps } from './usb-drive-handlers';
import { createExportHistoryHandler } from './export-history-handler';
import { createFolderPicker, type FolderPickerDeps } from './usb-folder-picker';
import { createInboxReadHandler, type InboxReadDeps } from './inbox-read-handler';
import { createSubmitHandler, type SubmitHandlerDeps } from './usb-submit-handler';
import { createUsbTargets } from './usb-targets';

export { USB_MESSAGES } from './usb-messages';

export type UsbHandlerDeps<E> = DriveHandlerDeps<E> &
  FolderPickerDeps<E> &
  Omit<SubmitHandlerDeps<E>, 'history' | 'log'> &
  Partial<Pick<InboxReadDeps<E>, 'readInbox'>> & {
    /** Wire name of the inbox's progress event; none sent when absent. */
    channels: { inboxProgress?: string };
    history: HistoryLog;
    log?(message: string, error?: unknown): void;
  };

export function createUsbHandlers<E>(deps: UsbHandlerDeps<E>) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const targets = createUsbTargets();
  const { listDrives, watchDrives, stopWatching } = createDriveHandlers(deps, targets);
  return {
    listDrives,
    watchDrives,
    pickFolder: createFolderPicker(deps, targets),
    submit: createSubmitHandler({ ...deps, log }, targets),
    exportHistory: createExportHistoryHandler({ history: deps.history, log }),
    /** "Nhận báo cáo" from a listed drive or a picked folder (absent `readInbox`: refused in Vietnamese). */
    readInbox: createInboxReadHandler<E>(
      {
        readInbox:
          deps.readInbox ??
          (() => Promise.resolve({ ok: false, message: 'Chức năng nhận báo cáo chưa sẵn sàng trên máy này.' })),
        sendProgress: (event, progress) => {
          const channel = deps.channels.inboxProgress;
          if (channel !== undefined) deps.send(event, channel, progress);
        },
      },
      targets,
    ),
    stopWatching,
  };
}
