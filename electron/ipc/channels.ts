/**
 * Channel names and payload types of the IPC contract, without the zod schemas: the sandboxed preload
 * imports only this file so its single bundle stays small (the schemas live in contract.ts, checked in main).
 * Free of Electron and Node APIs: imported by main, preload and renderer.
 */

export const CHANNELS = {
  exportDocx: 'export:docx',
  appInfo: 'app:info',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Name of the global the preload defines. */
export const API_GLOBAL = 'soanBaoCao' as const;

export interface ExportDocxRequest {
  /** The report; main validates it again with the full report schema. */
  report: unknown;
  /** File name proposed in the save dialog; main makes it safe for Windows/FAT again. */
  suggestedName: string;
}

export type ExportDocxResponse =
  | { status: 'saved'; filePath: string; bytes: number; millis: number }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

export type AppInfoRequest = Record<string, never>;
export interface AppInfoResponse {
  version: string;
  platform: string;
  electron: string;
}

/** What the preload puts on `window.soanBaoCao`: one method per channel, nothing generic. */
export interface RendererApi {
  exportDocx(request: ExportDocxRequest): Promise<ExportDocxResponse>;
  appInfo(): Promise<AppInfoResponse>;
}

/** Response type of each channel, for the typed main-process handlers. */
export interface ChannelResponses {
  [CHANNELS.exportDocx]: ExportDocxResponse;
  [CHANNELS.appInfo]: AppInfoResponse;
}

/**
 * What main returns instead of throwing when a request is refused (wrong sender, invalid payload) or
 * its handler fails unexpectedly; `message` is a Vietnamese sentence for the user. The preload turns
 * it into a rejected promise for channels whose response has no error variant (appInfo).
 */
export interface IpcErrorResponse {
  status: 'error';
  message: string;
}

export function isIpcErrorResponse(value: unknown): value is IpcErrorResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    value.status === 'error' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
