/**
 * The one IPC contract between renderer and main: each channel of channels.ts has a zod schema for its
 * request here, checked in main (secure-ipc.ts) before any work is done. The preload exposes one method
 * per channel (`RendererApi`), never a generic invoke.
 */
import { z } from 'zod';
import { CHANNELS, type AppInfoRequest, type Channel, type ExportDocxRequest, type RenderPreviewDocxRequest } from './channels';
import type {
  DraftFileSaveRequest,
  FlushDoneRequest,
  JournalDraftInput,
  JournalIdRequest,
  JournalRecoveryCheckRequest,
  JournalSaveRequest,
  RevisionCreateRequest,
  RevisionRequest,
  BackupRestoreRequest,
} from './journal-types';
import type { ExportHistoryRequest, UsbSubmitRequest, UsbWatchRequest } from './usb-types';
import type { TemplatePackInstallRequest, TemplatePackRollbackRequest, UsbUpdateInstallRequest } from './update-types';

export * from './channels';

export const exportDocxRequestSchema = z.strictObject({
  report: z.unknown(),
  suggestedName: z.string().min(1).max(300),
  draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
}) satisfies z.ZodType<ExportDocxRequest>;

/** Same trust rule as export: the report is checked with the full report schema in the handler. */
export const renderPreviewDocxRequestSchema = z.strictObject({
  report: z.unknown(),
}) satisfies z.ZodType<RenderPreviewDocxRequest>;

export const appInfoRequestSchema = z.strictObject({}) satisfies z.ZodType<AppInfoRequest>;

const draftIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const millisSchema = z.number().int().min(0).max(8.64e15);

/** The report stays `unknown` here: main runs the full report schema (and the size cap) in the handler. */
export const journalDraftInputSchema = z.strictObject({
  id: draftIdSchema,
  templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  createdAt: millisSchema,
  updatedAt: millisSchema,
  lastStepKey: z.string().max(200),
  report: z.unknown(),
  // Ids and texts are checked in the handler (split-draft-check.ts), which also caps the total size.
  sections: z.optional(
    z.strictObject({
      chapterIds: z.array(z.string().max(64)).max(100_000),
      records: z.array(z.tuple([z.string().max(64), z.string()])).max(100_000),
    }),
  ),
}) satisfies z.ZodType<JournalDraftInput>;

export const journalSaveRequestSchema = z.strictObject({
  draft: journalDraftInputSchema,
  reason: z.enum(['edit', 'step-change', 'blur', 'page-hide', 'quit', 'restore', 'import']),
}) satisfies z.ZodType<JournalSaveRequest>;
export const journalIdRequestSchema = z.strictObject({ id: draftIdSchema }) satisfies z.ZodType<JournalIdRequest>;
export const journalRecoveryCheckRequestSchema = z.strictObject({
  drafts: z.array(z.strictObject({ id: z.string().max(200), updatedAt: z.number() })).max(100_000),
}) satisfies z.ZodType<JournalRecoveryCheckRequest>;
export const revisionCreateRequestSchema = z.strictObject({
  id: draftIdSchema,
  name: z.string().trim().min(1).max(200),
}) satisfies z.ZodType<RevisionCreateRequest>;
export const revisionRequestSchema = z.strictObject({
  id: draftIdSchema,
  revisionId: z.string().regex(/^\d{13}-\d{1,9}-(auto|named|restore)$/),
}) satisfies z.ZodType<RevisionRequest>;
export const backupRestoreRequestSchema = z.strictObject({
  id: draftIdSchema,
  at: millisSchema,
}) satisfies z.ZodType<BackupRestoreRequest>;
export const draftFileSaveRequestSchema = z.strictObject({
  draft: journalDraftInputSchema,
  suggestedName: z.string().min(1).max(300),
}) satisfies z.ZodType<DraftFileSaveRequest>;
export const flushDoneRequestSchema = z.strictObject({
  requestId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  saved: z.boolean(),
}) satisfies z.ZodType<FlushDoneRequest>;
const emptyRequestSchema = z.strictObject({});

// Issue 5. Target ids are main's opaque ids, never paths.
const usbTargetIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
export const usbWatchRequestSchema = z.strictObject({ watch: z.boolean() }) satisfies z.ZodType<UsbWatchRequest>;
export const usbSubmitRequestSchema = z.strictObject({
  report: z.unknown(),
  templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  draftUpdatedAt: z.number().int().min(0).max(8.64e15).nullable(),
  targetId: usbTargetIdSchema,
}) satisfies z.ZodType<UsbSubmitRequest>;
export const exportHistoryRequestSchema = z.strictObject({
  draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
}) satisfies z.ZodType<ExportHistoryRequest>;

// Issue 6. Tokens are main's opaque ids for a verified copy, never paths.
const packageTokenSchema = z.string().regex(/^[a-f0-9]{32}$/);
export const usbUpdateInstallRequestSchema = z.strictObject({ token: packageTokenSchema }) satisfies z.ZodType<UsbUpdateInstallRequest>;
export const templatePackInstallRequestSchema = z.strictObject({ token: packageTokenSchema }) satisfies z.ZodType<TemplatePackInstallRequest>;
export const templatePackRollbackRequestSchema = z.strictObject({
  packId: z.string().regex(/^[a-z0-9-]{1,60}$/),
}) satisfies z.ZodType<TemplatePackRollbackRequest>;

export const REQUEST_SCHEMAS = {
  [CHANNELS.exportDocx]: exportDocxRequestSchema,
  [CHANNELS.renderPreviewDocx]: renderPreviewDocxRequestSchema,
  [CHANNELS.appInfo]: appInfoRequestSchema,
  [CHANNELS.journalSave]: journalSaveRequestSchema,
  [CHANNELS.journalList]: emptyRequestSchema,
  [CHANNELS.journalRead]: journalIdRequestSchema,
  [CHANNELS.journalTrash]: journalIdRequestSchema,
  [CHANNELS.journalUntrash]: journalIdRequestSchema,
  [CHANNELS.journalPurge]: journalIdRequestSchema,
  [CHANNELS.journalRecoveryCheck]: journalRecoveryCheckRequestSchema,
  [CHANNELS.revisionList]: journalIdRequestSchema,
  [CHANNELS.revisionCreate]: revisionCreateRequestSchema,
  [CHANNELS.revisionRead]: revisionRequestSchema,
  [CHANNELS.revisionRestore]: revisionRequestSchema,
  [CHANNELS.backupList]: journalIdRequestSchema,
  [CHANNELS.backupRestore]: backupRestoreRequestSchema,
  [CHANNELS.draftFileSave]: draftFileSaveRequestSchema,
  [CHANNELS.draftFileOpen]: emptyRequestSchema,
  [CHANNELS.wordFileOpen]: emptyRequestSchema,
  [CHANNELS.flushDone]: flushDoneRequestSchema,
  [CHANNELS.usbListDrives]: z.strictObject({}),
  [CHANNELS.usbWatchDrives]: usbWatchRequestSchema,
  [CHANNELS.usbPickFolder]: z.strictObject({}),
  [CHANNELS.usbSubmit]: usbSubmitRequestSchema,
  [CHANNELS.exportHistory]: exportHistoryRequestSchema,
  [CHANNELS.updateStatus]: emptyRequestSchema,
  [CHANNELS.updateCheck]: emptyRequestSchema,
  [CHANNELS.updateDownload]: emptyRequestSchema,
  [CHANNELS.updateInstallNow]: emptyRequestSchema,
  [CHANNELS.updateUsbPick]: emptyRequestSchema,
  [CHANNELS.updateUsbInstall]: usbUpdateInstallRequestSchema,
  [CHANNELS.templatesList]: emptyRequestSchema,
  [CHANNELS.templatePackPick]: emptyRequestSchema,
  [CHANNELS.templatePackInstall]: templatePackInstallRequestSchema,
  [CHANNELS.templatePackRollback]: templatePackRollbackRequestSchema,
} as const satisfies Record<Channel, z.ZodType>;
