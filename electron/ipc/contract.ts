/**
 * The one IPC contract between renderer and main: each channel of channels.ts has a zod schema for its
 * request here, checked in main (secure-ipc.ts) before any work is done. The preload exposes one method
 * per channel (`RendererApi`), never a generic invoke.
 */
import { z } from 'zod';
import { CHANNELS, type AppInfoRequest, type Channel, type ExportDocxRequest } from './channels';

export * from './channels';

export const exportDocxRequestSchema = z.strictObject({
  report: z.unknown(),
  suggestedName: z.string().min(1).max(300),
}) satisfies z.ZodType<ExportDocxRequest>;

export const appInfoRequestSchema = z.strictObject({}) satisfies z.ZodType<AppInfoRequest>;

export const REQUEST_SCHEMAS = {
  [CHANNELS.exportDocx]: exportDocxRequestSchema,
  [CHANNELS.appInfo]: appInfoRequestSchema,
} as const satisfies Record<Channel, z.ZodType>;
