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
  type RendererApi,
} from '../ipc/channels';

export const api: RendererApi = {
  // ExportDocxResponse already carries main's Vietnamese error responses.
  exportDocx: (request) => ipcRenderer.invoke(CHANNELS.exportDocx, request) as Promise<ExportDocxResponse>,
  appInfo: async () => {
    const response: unknown = await ipcRenderer.invoke(CHANNELS.appInfo, {});
    if (isIpcErrorResponse(response)) throw new Error(response.message);
    return response as AppInfoResponse;
  },
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
