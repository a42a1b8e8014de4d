/**
 * The only bridge between the page and main (S-20): one named function per IPC channel, nothing
 * else. ipcRenderer itself, its events and Node globals never reach the page. Bundled as a single
 * CJS file because a sandboxed preload cannot load chunks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  CHANNELS,
  isIpcErrorResponse,
  type AppInfoResponse,
  type ExportDocxResponse,
  type RenderPreviewDocxResponse,
  type RendererApi,
  SUBSCRIPTIONS,
  type DraftFileOpenResponse,
  type DraftFileSaveResponse,
  type WordFileOpenResponse,
  type FlushDoneResponse,
  type JournalListResponse,
  type JournalReadResponse,
  type JournalRecoveryCheckResponse,
  type JournalSaveResponse,
  type JournalTrashResponse,
  type JournalPurgeResponse,
  type RevisionCreateResponse,
  type RevisionListResponse,
  type RevisionReadResponse,
  type RevisionRestoreResponse,
  type BackupListResponse,
  type BackupRestoreResponse,
  type ExportHistoryResponse,
  type UsbDrivesResponse,
  type UsbPickFolderResponse,
  type UsbSubmitProgress,
  type UsbSubmitResponse,
  type UsbTarget,
  type UsbWatchResponse,
  type OnlineUpdateStatus,
  type TemplatePackChangeResponse,
  type TemplatePackPickResponse,
  type TemplatesListResponse,
  type UpdateCommandResponse,
  type UpdateInstallNowResponse,
  type UpdateStatusResponse,
  type UsbUpdateInstallResponse,
  type UsbUpdatePickResponse,
} from '../ipc/channels';

export const api: RendererApi = {
  // ExportDocxResponse already carries main's Vietnamese error responses.
  exportDocx: (request) => ipcRenderer.invoke(CHANNELS.exportDocx, request) as Promise<ExportDocxResponse>,
  // Main answers refusals with { status: 'error', message }, the response's own error variant.
  renderPreviewDocx: (request) => ipcRenderer.invoke(CHANNELS.renderPreviewDocx, request) as Promise<RenderPreviewDocxResponse>,
  appInfo: async () => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.appInfo, {});
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as AppInfoResponse;
  },
  // Issue 4. Every journal/draft-file response has an error variant, so main's refusals pass through as is.
  journalSave: (request) => ipcRenderer.invoke(CHANNELS.journalSave, request) as Promise<JournalSaveResponse>,
  journalList: () => ipcRenderer.invoke(CHANNELS.journalList, {}) as Promise<JournalListResponse>,
  journalRead: (request) => ipcRenderer.invoke(CHANNELS.journalRead, request) as Promise<JournalReadResponse>,
  journalTrash: (request) => ipcRenderer.invoke(CHANNELS.journalTrash, request) as Promise<JournalTrashResponse>,
  journalUntrash: (request) => ipcRenderer.invoke(CHANNELS.journalUntrash, request) as Promise<JournalTrashResponse>,
  journalPurge: (request) => ipcRenderer.invoke(CHANNELS.journalPurge, request) as Promise<JournalPurgeResponse>,
  journalRecoveryCheck: (request) =>
    ipcRenderer.invoke(CHANNELS.journalRecoveryCheck, request) as Promise<JournalRecoveryCheckResponse>,
  revisionList: (request) => ipcRenderer.invoke(CHANNELS.revisionList, request) as Promise<RevisionListResponse>,
  revisionCreate: (request) => ipcRenderer.invoke(CHANNELS.revisionCreate, request) as Promise<RevisionCreateResponse>,
  revisionRead: (request) => ipcRenderer.invoke(CHANNELS.revisionRead, request) as Promise<RevisionReadResponse>,
  revisionRestore: (request) => ipcRenderer.invoke(CHANNELS.revisionRestore, request) as Promise<RevisionRestoreResponse>,
  backupList: (request) => ipcRenderer.invoke(CHANNELS.backupList, request) as Promise<BackupListResponse>,
  backupRestore: (request) => ipcRenderer.invoke(CHANNELS.backupRestore, request) as Promise<BackupRestoreResponse>,
  draftFileSave: (request) => ipcRenderer.invoke(CHANNELS.draftFileSave, request) as Promise<DraftFileSaveResponse>,
  draftFileOpen: () => ipcRenderer.invoke(CHANNELS.draftFileOpen, {}) as Promise<DraftFileOpenResponse>,
  wordFileOpen: () => ipcRenderer.invoke(CHANNELS.wordFileOpen, {}) as Promise<WordFileOpenResponse>,
  flushDone: async (request) => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.flushDone, request);
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as FlushDoneResponse;
  },
  onFlushRequest: (listener) => {
    // Only the payload's id reaches the page, never the IpcRendererEvent (it exposes `sender`).
    const handler = (_event: unknown, payload: unknown) => {
      const requestId = typeof payload === 'object' && payload !== null && 'requestId' in payload ? payload.requestId : undefined;
      if (typeof requestId === 'string') listener({ requestId });
    };
    ipcRenderer.on(SUBSCRIPTIONS.onFlushRequest, handler);
    return () => void ipcRenderer.removeListener(SUBSCRIPTIONS.onFlushRequest, handler);
  },
  // Issue 5. Responses with an error variant pass through; the others reject with main's message.
  usbListDrives: async () => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.usbListDrives, {});
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as UsbDrivesResponse;
  },
  usbWatchDrives: async (request) => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.usbWatchDrives, request);
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as UsbWatchResponse;
  },
  usbPickFolder: () => ipcRenderer.invoke(CHANNELS.usbPickFolder, {}) as Promise<UsbPickFolderResponse>,
  usbSubmit: (request) => ipcRenderer.invoke(CHANNELS.usbSubmit, request) as Promise<UsbSubmitResponse>,
  exportHistory: (request) => ipcRenderer.invoke(CHANNELS.exportHistory, request) as Promise<ExportHistoryResponse>,
  onUsbDrivesChanged: (listener) => {
    // Only the payload reaches the page, never the IpcRendererEvent.
    const handler = (_event: unknown, payload: unknown) => {
      if (Array.isArray(payload)) listener(payload as UsbTarget[]);
    };
    ipcRenderer.on(SUBSCRIPTIONS.onUsbDrivesChanged, handler);
    return () => void ipcRenderer.removeListener(SUBSCRIPTIONS.onUsbDrivesChanged, handler);
  },
  onUsbSubmitProgress: (listener) => {
    const handler = (_event: unknown, payload: unknown) => {
      if (typeof payload === 'object' && payload !== null && 'phase' in payload) listener(payload as UsbSubmitProgress);
    };
    ipcRenderer.on(SUBSCRIPTIONS.onUsbSubmitProgress, handler);
    return () => void ipcRenderer.removeListener(SUBSCRIPTIONS.onUsbSubmitProgress, handler);
  },
  // Issue 6. Responses with an error variant pass through; the others reject with main's message.
  updateStatus: async () => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.updateStatus, {});
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as UpdateStatusResponse;
  },
  updateCheck: () => ipcRenderer.invoke(CHANNELS.updateCheck, {}) as Promise<UpdateCommandResponse>,
  updateDownload: () => ipcRenderer.invoke(CHANNELS.updateDownload, {}) as Promise<UpdateCommandResponse>,
  updateInstallNow: () => ipcRenderer.invoke(CHANNELS.updateInstallNow, {}) as Promise<UpdateInstallNowResponse>,
  updateUsbPick: () => ipcRenderer.invoke(CHANNELS.updateUsbPick, {}) as Promise<UsbUpdatePickResponse>,
  updateUsbInstall: (request) => ipcRenderer.invoke(CHANNELS.updateUsbInstall, request) as Promise<UsbUpdateInstallResponse>,
  templatesList: async () => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.templatesList, {});
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as TemplatesListResponse;
  },
  templatePackPick: () => ipcRenderer.invoke(CHANNELS.templatePackPick, {}) as Promise<TemplatePackPickResponse>,
  templatePackInstall: (request) => ipcRenderer.invoke(CHANNELS.templatePackInstall, request) as Promise<TemplatePackChangeResponse>,
  templatePackRollback: (request) => ipcRenderer.invoke(CHANNELS.templatePackRollback, request) as Promise<TemplatePackChangeResponse>,
  onUpdateStatus: (listener) => {
    // Only the payload reaches the page, never the IpcRendererEvent.
    const handler = (_event: unknown, payload: unknown) => {
      if (typeof payload === 'object' && payload !== null && 'phase' in payload && typeof payload.phase === 'string') {
        listener(payload as OnlineUpdateStatus);
      }
    };
    ipcRenderer.on(SUBSCRIPTIONS.onUpdateStatus, handler);
    return () => void ipcRenderer.removeListener(SUBSCRIPTIONS.onUpdateStatus, handler);
  },
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
