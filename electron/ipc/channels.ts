/**
 * The IPC contract, written once: every renderer → main channel with its preload method name (the key), wire
 * name, zod request schema (checked in main by secureHandle before any work), response type and error style.
 * The preload (electron/preload/index.ts), main's handler typing (electron/main/secure-ipc.ts) and the page's
 * `window.soanBaoCao` type (RendererApi) are derived from it. Free of Electron and Node: imported by main,
 * preload and, type-only, the renderer. How to add a channel: CONTRIBUTING.md, "Adding an IPC channel".
 */
import { z } from 'zod';
import { DRAFT_ID_PATTERN, MAX_TIME_MS, SLUG_PATTERN } from '../../core/model/ids';
import {
  defineChannel,
  type ChannelMethods,
  type EntryRequest,
  type EntryResponse,
  type SubscriptionMethods,
} from './define-channel';
import type {
  BackupListResponse,
  BackupRestoreResponse,
  DraftFileOpenResponse,
  DraftFileSaveResponse,
  FlushDoneResponse,
  FlushRequest,
  JournalListResponse,
  JournalPurgeResponse,
  JournalReadResponse,
  JournalRecoveryCheckResponse,
  JournalSaveResponse,
  JournalTrashResponse,
  RevisionCreateResponse,
  RevisionListResponse,
  RevisionReadResponse,
  RevisionRestoreResponse,
} from './journal-types';
import type { OutlineFileSaveResponse } from './outline-file-types';
import type {
  ExportHistoryResponse,
  UsbDrivesResponse,
  UsbPickFolderResponse,
  UsbSubmitProgress,
  UsbSubmitResponse,
  UsbTarget,
  UsbWatchResponse,
} from './usb-types';
import type { InboxProgress, InboxReadResponse } from './inbox-types';
import type {
  ReceivedDeleteResponse,
  ReceivedListResponse,
  ReceivedReadResponse,
  ReceivedStoreResponse,
} from './received-types';
import { bundleIdentitySchema } from '../../core/submission/bundle-identity-schema';
import { CHECKSUM_PATTERN } from '../../core/draft-file/report-checksum';
import type {
  OnlineUpdateStatus,
  TemplatePackChangeResponse,
  TemplatePackPickResponse,
  TemplatesListResponse,
  UpdateCommandResponse,
  UpdateInstallNowResponse,
  UpdateStatusResponse,
  UsbUpdateInstallResponse,
  UsbUpdatePickResponse,
} from './update-types';
import type {
  AppInfoResponse,
  ExportDocxResponse,
  ExportPreviewPdfResponse,
  PrintPreviewResponse,
  RenderPreviewDocxResponse,
  WordFileOpenResponse,
} from './document-types';

export * from './define-channel';
export * from './document-types';
export * from './journal-types';
export * from './usb-types';
export * from './inbox-types';
export * from './received-types';
export * from './update-types';

/** Name of the global the preload defines. */
export const API_GLOBAL = 'soanBaoCao' as const;

const noRequest = z.strictObject({});
const draftIdSchema = z.string().regex(DRAFT_ID_PATTERN);
const millisSchema = z.number().int().min(0).max(MAX_TIME_MS);
const templateIdSchema = z.string().regex(SLUG_PATTERN);
const fileNameSchema = z.string().min(1).max(300);
/** main's opaque id for a USB target: the page never sends a path (S-20). */
const usbTargetIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
/** main's opaque id for a verified package copy, never a path (S-20, U-03). */
const packageTokenSchema = z.string().regex(/^[a-f0-9]{32}$/);
/** main's token for the state of a draft it last accepted (a delta autosave names it). */
const journalBaseSchema = z.string().regex(/^[a-f0-9]{32}$/);

/** What the renderer sends on every save: the Dexie record's fields; the report is checked in main's handler. */
export const journalDraftInputSchema = z.strictObject({
  id: draftIdSchema,
  templateId: templateIdSchema,
  createdAt: millisSchema,
  updatedAt: millisSchema,
  lastStepKey: z.string().max(200),
  /** The whole report; with `sections`, the report with `sections: []`. */
  report: z.unknown(),
  // The autosave's form: every section as its record text (core/model/section-records.ts), parents before
  // children, and the chapters' order. Ids and texts are checked in the handler (split-draft-check.ts), which
  // also caps the total size and checks only the records it has not checked before.
  // With `base` (main's token from its last 'saved' answer for this draft), `records` holds only the records
  // changed since then and `keep` the ids of the others; main fills those in from what it accepted, or answers
  // 'resend' when it no longer holds that state.
  sections: z.optional(
    z.strictObject({
      chapterIds: z.array(z.string().max(64)).max(100_000),
      records: z.array(z.tuple([z.string().max(64), z.string()])).max(100_000),
      keep: z.array(z.string().max(64)).max(100_000).optional(),
      base: journalBaseSchema.optional(),
    }),
  ),
});
const journalIdSchema = z.strictObject({ id: draftIdSchema });

export const IPC_TABLE = {
  // Reports go as `unknown`: main validates them again with the full report schema (and size cap) in the handler.
  exportDocx: defineChannel<ExportDocxResponse>()({
    channel: 'export:docx',
    request: z.strictObject({
      report: z.unknown(),
      /** File name proposed in the save dialog; main makes it safe for Windows/FAT again. */
      suggestedName: fileNameSchema,
      /** The draft being exported, so the export appears in that draft's history. */
      draftId: draftIdSchema.optional(),
    }),
    errors: 'return',
  }),
  appInfo: defineChannel<AppInfoResponse>()({ channel: 'app:info', request: noRequest, errors: 'throw' }),
  /** The page preview's DOCX bytes, rendered in main so the renderer bundle carries no DOCX writer. */
  renderPreviewDocx: defineChannel<RenderPreviewDocxResponse>()({
    channel: 'preview:render-docx',
    request: z.strictObject({ report: z.unknown() }),
    errors: 'return',
  }),
  /** Prints the window as laid out for print: the page preview's pages only (its print stylesheet). */
  printPreview: defineChannel<PrintPreviewResponse>()({
    channel: 'preview:print',
    request: noRequest,
    errors: 'return',
  }),
  exportPreviewPdf: defineChannel<ExportPreviewPdfResponse>()({
    channel: 'preview:export-pdf',
    /** File name proposed in the save dialog; main makes it safe for Windows/FAT again. */
    request: z.strictObject({ suggestedName: fileNameSchema }),
    errors: 'return',
  }),

  // Draft journal, revisions, backups, draft files, quit flush.
  journalSave: defineChannel<JournalSaveResponse>()({
    channel: 'journal:save',
    request: z.strictObject({
      draft: journalDraftInputSchema,
      /** 'step-change' (and 5 min since the last one) makes an automatic checkpoint. */
      reason: z.enum(['edit', 'step-change', 'blur', 'page-hide', 'quit', 'restore', 'import']),
    }),
    errors: 'return',
  }),
  journalList: defineChannel<JournalListResponse>()({ channel: 'journal:list', request: noRequest, errors: 'return' }),
  journalRead: defineChannel<JournalReadResponse>()({
    channel: 'journal:read',
    request: journalIdSchema,
    errors: 'return',
  }),
  journalTrash: defineChannel<JournalTrashResponse>()({
    channel: 'journal:trash',
    request: journalIdSchema,
    errors: 'return',
  }),
  journalUntrash: defineChannel<JournalTrashResponse>()({
    channel: 'journal:untrash',
    request: journalIdSchema,
    errors: 'return',
  }),
  /** "Xóa vĩnh viễn" from the trash: only a draft already in the journal's trash is deleted. */
  journalPurge: defineChannel<JournalPurgeResponse>()({
    channel: 'journal:purge',
    request: journalIdSchema,
    errors: 'return',
  }),
  journalRecoveryCheck: defineChannel<JournalRecoveryCheckResponse>()({
    channel: 'journal:recovery-check',
    /** What IndexedDB holds now (all drafts, trashed ones included). */
    request: z.strictObject({
      drafts: z.array(z.strictObject({ id: z.string().max(200), updatedAt: z.number() })).max(100_000),
    }),
    errors: 'return',
  }),
  revisionList: defineChannel<RevisionListResponse>()({
    channel: 'journal:revision-list',
    request: journalIdSchema,
    errors: 'return',
  }),
  revisionCreate: defineChannel<RevisionCreateResponse>()({
    channel: 'journal:revision-create',
    request: z.strictObject({ id: draftIdSchema, name: z.string().trim().min(1).max(200) }),
    errors: 'return',
  }),
  revisionRead: defineChannel<RevisionReadResponse>()({
    channel: 'journal:revision-read',
    request: z.strictObject({
      id: draftIdSchema,
      revisionId: z.string().regex(/^\d{13}-\d{1,9}-(auto|named|restore)$/),
    }),
    errors: 'return',
  }),
  revisionRestore: defineChannel<RevisionRestoreResponse>()({
    channel: 'journal:revision-restore',
    request: z.strictObject({
      id: draftIdSchema,
      revisionId: z.string().regex(/^\d{13}-\d{1,9}-(auto|named|restore)$/),
    }),
    errors: 'return',
  }),
  /** The backup snapshots holding a copy of the draft, newest first (recovery screen). */
  backupList: defineChannel<BackupListResponse>()({
    channel: 'journal:backup-list',
    request: journalIdSchema,
    errors: 'return',
  }),
  backupRestore: defineChannel<BackupRestoreResponse>()({
    channel: 'journal:backup-restore',
    request: z.strictObject({ id: draftIdSchema, at: millisSchema }),
    errors: 'return',
  }),
  // Reports received from subordinate units, kept read-only by main: add a version, list, read, delete a report.
  receivedStore: defineChannel<ReceivedStoreResponse>()({
    channel: 'received:store',
    /** The report goes as `unknown`: main checks it with the report schema and against the identity. */
    request: z.strictObject({ identity: bundleIdentitySchema, report: z.unknown(), receivedAt: millisSchema }),
    errors: 'return',
  }),
  receivedList: defineChannel<ReceivedListResponse>()({
    channel: 'received:list',
    request: noRequest,
    errors: 'return',
  }),
  receivedRead: defineChannel<ReceivedReadResponse>()({
    channel: 'received:read',
    request: z.strictObject({
      reportKey: z.string().regex(/^[a-f0-9]{32}$/),
      checksum: z.string().regex(CHECKSUM_PATTERN),
    }),
    errors: 'return',
  }),
  /** The clerk's explicit "delete": every version of one unit's report for one outline and period. */
  receivedDelete: defineChannel<ReceivedDeleteResponse>()({
    channel: 'received:delete',
    request: z.strictObject({
      unitKey: z.string().max(4000),
      templateId: templateIdSchema,
      periodKey: z.string().max(200),
    }),
    errors: 'return',
  }),
  draftFileSave: defineChannel<DraftFileSaveResponse>()({
    channel: 'draft-file:save',
    /** suggestedName: proposed in the save dialog (made safe again in main); officeWords: the office's spelling list. */
    request: z.strictObject({
      draft: journalDraftInputSchema,
      suggestedName: fileNameSchema,
      officeWords: z.optional(z.array(z.string().min(1).max(40)).max(5_000)),
    }),
    errors: 'return',
  }),
  draftFileOpen: defineChannel<DraftFileOpenResponse>()({
    channel: 'draft-file:open',
    request: noRequest,
    errors: 'return',
  }),
  /**
   * "Xuất đề cương ra tệp" (desktop): the .decuong.json text the page made, at most OUTLINE_FILE_MAX_BYTES
   * (1 MB; main checks the bytes and reads the text back with the import parser before the dialog opens).
   */
  outlineFileSave: defineChannel<OutlineFileSaveResponse>()({
    channel: 'outline-file:save',
    request: z.strictObject({
      text: z
        .string()
        .min(1)
        .max(1024 * 1024),
      suggestedName: fileNameSchema,
    }),
    errors: 'return',
  }),
  /** "Mở báo cáo Word (.docx)…": main shows the dialog and reads the bytes (capped); the renderer parses them. */
  wordFileOpen: defineChannel<WordFileOpenResponse>()({
    channel: 'word-file:open',
    request: noRequest,
    errors: 'return',
  }),
  /** The answer to main's flush request (onFlushRequest) before quitting, with the request's id. */
  flushDone: defineChannel<FlushDoneResponse>()({
    channel: 'app:flush-done',
    request: z.strictObject({ requestId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/), saved: z.boolean() }),
    errors: 'throw',
  }),

  // Submission on USB and export history.
  usbListDrives: defineChannel<UsbDrivesResponse>()({
    channel: 'usb:list-drives',
    request: noRequest,
    errors: 'throw',
  }),
  /** Main polls for sticks while watching and pushes changes to onUsbDrivesChanged. */
  usbWatchDrives: defineChannel<UsbWatchResponse>()({
    channel: 'usb:watch-drives',
    request: z.strictObject({ watch: z.boolean() }),
    errors: 'throw',
  }),
  /** "Chọn thư mục khác…": a folder dialog in main; the page gets an opaque target. */
  usbPickFolder: defineChannel<UsbPickFolderResponse>()({
    channel: 'usb:pick-folder',
    request: noRequest,
    errors: 'return',
  }),
  usbSubmit: defineChannel<UsbSubmitResponse>()({
    channel: 'usb:submit',
    request: z.strictObject({
      report: z.unknown(),
      templateId: templateIdSchema,
      draftId: draftIdSchema,
      /** The draft's updatedAt (epoch ms), carried into the .baocao.json. */
      draftUpdatedAt: millisSchema.nullable(),
      targetId: usbTargetIdSchema,
    }),
    errors: 'return',
  }),
  /** "Nhận báo cáo": verify and list every submission bundle on a listed drive or picked folder. */
  inboxRead: defineChannel<InboxReadResponse>()({
    channel: 'inbox:read',
    request: z.strictObject({ targetId: usbTargetIdSchema }),
    errors: 'return',
  }),
  exportHistory: defineChannel<ExportHistoryResponse>()({
    channel: 'export:history',
    request: z.strictObject({ draftId: draftIdSchema }),
    errors: 'return',
  }),

  // Online updates, updates and template packs from USB.
  updateStatus: defineChannel<UpdateStatusResponse>()({
    channel: 'update:status',
    request: noRequest,
    errors: 'throw',
  }),
  updateCheck: defineChannel<UpdateCommandResponse>()({
    channel: 'update:check',
    request: noRequest,
    errors: 'return',
  }),
  updateDownload: defineChannel<UpdateCommandResponse>()({
    channel: 'update:download',
    request: noRequest,
    errors: 'return',
  }),
  updateInstallNow: defineChannel<UpdateInstallNowResponse>()({
    channel: 'update:install-now',
    request: noRequest,
    errors: 'return',
  }),
  /** Open dialog in main; the chosen package is copied into the app folder and the copy verified. */
  updateUsbPick: defineChannel<UsbUpdatePickResponse>()({
    channel: 'update:usb-pick',
    request: noRequest,
    errors: 'return',
  }),
  updateUsbInstall: defineChannel<UsbUpdateInstallResponse>()({
    channel: 'update:usb-install',
    request: z.strictObject({ token: packageTokenSchema }),
    errors: 'return',
  }),
  templatesList: defineChannel<TemplatesListResponse>()({
    channel: 'templates:list',
    request: noRequest,
    errors: 'throw',
  }),
  templatePackPick: defineChannel<TemplatePackPickResponse>()({
    channel: 'template-pack:pick',
    request: noRequest,
    errors: 'return',
  }),
  templatePackInstall: defineChannel<TemplatePackChangeResponse>()({
    channel: 'template-pack:install',
    request: z.strictObject({ token: packageTokenSchema }),
    errors: 'return',
  }),
  templatePackRollback: defineChannel<TemplatePackChangeResponse>()({
    channel: 'template-pack:rollback',
    request: z.strictObject({ packId: templateIdSchema }),
    errors: 'return',
  }),
};

type IpcTable = typeof IPC_TABLE;
/** A preload method name, which is also the table key. */
export type IpcMethod = keyof IpcTable;
export type Channel = IpcTable[IpcMethod]['channel'];
/** The entry whose wire name is C. */
export type ChannelEntryOf<C extends Channel> = Extract<IpcTable[IpcMethod], { readonly channel: C }>;
/** What main's handler of method M receives (after the schema's transforms, e.g. trimmed names). */
export type IpcRequest<M extends IpcMethod> = EntryRequest<IpcTable[M]>;
export type IpcResponse<M extends IpcMethod> = EntryResponse<IpcTable[M]>;

/** Method name → wire name, for code that names a channel (main's registrations, tests, the e2e bridges). */
export const CHANNELS = Object.fromEntries(
  Object.entries(IPC_TABLE).map(([method, entry]) => [method, entry.channel]),
) as {
  readonly [M in IpcMethod]: IpcTable[M]['channel'];
};

/**
 * main → renderer events. The preload exposes each as one hand-written `onX(listener)` method (it checks the
 * payload's shape and never hands the page the event object) that returns an unsubscribe function.
 */
export const SUBSCRIPTIONS = {
  /** Main asks "all saved?" before quitting: save everything, then call flushDone with the request's id. */
  onFlushRequest: 'app:flush-request',
  onUsbDrivesChanged: 'usb:drives-changed',
  onUsbSubmitProgress: 'usb:submit-progress',
  onInboxProgress: 'inbox:progress',
  onUpdateStatus: 'update:status-changed',
} as const satisfies { [K in keyof SubscriptionPayloads]: string };
export interface SubscriptionPayloads {
  onFlushRequest: FlushRequest;
  onUsbDrivesChanged: UsbTarget[];
  onUsbSubmitProgress: UsbSubmitProgress;
  onInboxProgress: InboxProgress;
  onUpdateStatus: OnlineUpdateStatus;
}

/** What the preload puts on `window.soanBaoCao`: one method per channel and per event, nothing generic. */
export type RendererApi = ChannelMethods<IpcTable> & SubscriptionMethods<SubscriptionPayloads>;

/** The journal and draft-file channels' methods (the Node tests' double of main and the e2e bridges expose these). */
export const JOURNAL_CHANNEL_METHODS = [
  'journalSave',
  'journalList',
  'journalRead',
  'journalTrash',
  'journalUntrash',
  'journalPurge',
  'journalRecoveryCheck',
  'revisionList',
  'revisionCreate',
  'revisionRead',
  'revisionRestore',
  'backupList',
  'backupRestore',
  'receivedStore',
  'receivedList',
  'receivedRead',
  'receivedDelete',
  'draftFileSave',
  'draftFileOpen',
  'outlineFileSave',
  'flushDone',
] as const satisfies readonly (keyof IpcTable)[];

/** The journal and draft-file part of `window.soanBaoCao` (the renderer's journal code, and the Node tests' double of main). */
export type JournalApi = Pick<RendererApi, (typeof JOURNAL_CHANNEL_METHODS)[number] | 'onFlushRequest'>;
