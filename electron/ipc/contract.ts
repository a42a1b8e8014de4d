/**
 * The one IPC contract between renderer and main. Each channel has a zod schema for its request,
 * checked in main before any work is done, and a typed response. The preload exposes one method per
 * channel (see `RendererApi`), never a generic invoke.
 *
 * This module is imported by main, preload and renderer, so it must stay free of Electron and Node APIs.
 */
import { z } from 'zod';

export const CHANNELS = {
  exportDocx: 'export:docx',
  appInfo: 'app:info',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Export request: the report is validated again in main with the full report schema. */
export const exportDocxRequestSchema = z.strictObject({
  report: z.unknown(),
  /** File name proposed in the save dialog; main makes it safe for Windows/FAT again. */
  suggestedName: z.string().min(1).max(300),
});
export type ExportDocxRequest = z.infer<typeof exportDocxRequestSchema>;

export type ExportDocxResponse =
  | { status: 'saved'; filePath: string; bytes: number; millis: number }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

export const appInfoRequestSchema = z.strictObject({});
export interface AppInfoResponse {
  version: string;
  platform: string;
  electron: string;
}

export const REQUEST_SCHEMAS = {
  [CHANNELS.exportDocx]: exportDocxRequestSchema,
  [CHANNELS.appInfo]: appInfoRequestSchema,
} as const satisfies Record<Channel, z.ZodType>;

/** What the preload puts on `window.soanBaoCao`. */
export interface RendererApi {
  exportDocx(request: ExportDocxRequest): Promise<ExportDocxResponse>;
  appInfo(): Promise<AppInfoResponse>;
}

/** Name of the global the preload defines. */
export const API_GLOBAL = 'soanBaoCao' as const;
