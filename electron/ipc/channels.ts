/**
 * Channel names and payload types of the IPC contract, without the zod schemas: the sandboxed preload
 * imports only this file so its single bundle stays small (the schemas live in contract.ts, checked in main).
 * Free of Electron and Node APIs: imported by main, preload and renderer.
 */

export const CHANNELS = {
  exportDocx: 'export:docx',
  appInfo: 'app:info',
  // Issue 7: the page preview's DOCX bytes are rendered in main, so the renderer bundle carries no DOCX writer.
  renderPreviewDocx: 'preview:render-docx',
  // Issue 4: draft journal, revisions, draft files, quit flush.
  journalSave: 'journal:save',
  journalList: 'journal:list',
  journalRead: 'journal:read',
  journalTrash: 'journal:trash',
  journalUntrash: 'journal:untrash',
  journalPurge: 'journal:purge',
  journalRecoveryCheck: 'journal:recovery-check',
  revisionList: 'journal:revision-list',
  revisionCreate: 'journal:revision-create',
  revisionRead: 'journal:revision-read',
  revisionRestore: 'journal:revision-restore',
  backupList: 'journal:backup-list',
  backupRestore: 'journal:backup-restore',
  draftFileSave: 'draft-file:save',
  draftFileOpen: 'draft-file:open',
  // "Mở báo cáo Word (.docx)…": main shows the dialog and reads the bytes (capped); the renderer parses them.
  wordFileOpen: 'word-file:open',
  flushDone: 'app:flush-done',
  // Issue 5: submission on USB and export history.
  usbListDrives: 'usb:list-drives',
  usbWatchDrives: 'usb:watch-drives',
  usbPickFolder: 'usb:pick-folder',
  usbSubmit: 'usb:submit',
  exportHistory: 'export:history',
  // Issue 6: online updates, updates and template packs from USB.
  updateStatus: 'update:status',
  updateCheck: 'update:check',
  updateDownload: 'update:download',
  updateInstallNow: 'update:install-now',
  updateUsbPick: 'update:usb-pick',
  updateUsbInstall: 'update:usb-install',
  templatesList: 'templates:list',
  templatePackPick: 'template-pack:pick',
  templatePackInstall: 'template-pack:install',
  templatePackRollback: 'template-pack:rollback',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/**
 * main → renderer events. The preload exposes each as one `onX(listener)` method that returns an unsubscribe
 * function; the page never sees the event object.
 */
export const SUBSCRIPTIONS = {
  onFlushRequest: 'app:flush-request',
  onUsbDrivesChanged: 'usb:drives-changed',
  onUsbSubmitProgress: 'usb:submit-progress',
  onUpdateStatus: 'update:status-changed',
} as const;

export * from './journal-types';
export * from './usb-types';
export * from './update-types';
import type {
  OnlineUpdateStatus,
  TemplatePackChangeResponse,
  TemplatePackInstallRequest,
  TemplatePackPickResponse,
  TemplatePackRollbackRequest,
  TemplatesListResponse,
  UpdateCommandResponse,
  UpdateInstallNowResponse,
  UpdateStatusResponse,
  UsbUpdateInstallRequest,
  UsbUpdateInstallResponse,
  UsbUpdatePickResponse,
} from './update-types';
import type {
  ExportHistoryRequest,
  ExportHistoryResponse,
  UsbDrivesResponse,
  UsbPickFolderResponse,
  UsbSubmitProgress,
  UsbSubmitRequest,
  UsbSubmitResponse,
  UsbTarget,
  UsbWatchRequest,
  UsbWatchResponse,
} from './usb-types';
import type {
  DraftFileOpenResponse,
  DraftFileSaveRequest,
  DraftFileSaveResponse,
  FlushDoneRequest,
  FlushDoneResponse,
  FlushRequest,
  JournalIdRequest,
  JournalListResponse,
  JournalReadResponse,
  JournalRecoveryCheckRequest,
  JournalRecoveryCheckResponse,
  JournalSaveRequest,
  JournalSaveResponse,
  JournalTrashResponse,
  JournalPurgeResponse,
  RevisionCreateRequest,
  RevisionCreateResponse,
  RevisionListResponse,
  RevisionReadResponse,
  RevisionRequest,
  RevisionRestoreResponse,
  BackupListResponse,
  BackupRestoreRequest,
  BackupRestoreResponse,
} from './journal-types';

/** Name of the global the preload defines. */
export const API_GLOBAL = 'soanBaoCao' as const;

export interface ExportDocxRequest {
  /** The report; main validates it again with the full report schema. */
  report: unknown;
  /** File name proposed in the save dialog; main makes it safe for Windows/FAT again. */
  suggestedName: string;
  /** The draft being exported, so the export appears in that draft's history. */
  draftId?: string | undefined;
}

export type ExportDocxResponse =
  | { status: 'saved'; filePath: string; bytes: number; millis: number; sha256: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

export interface RenderPreviewDocxRequest {
  /** The report; main validates it again with the full report schema, as for export. */
  report: unknown;
}

/** The bytes export would write for this report (same rule-set lookup), for docx-preview to draw. */
export type RenderPreviewDocxResponse = { status: 'rendered'; bytes: Uint8Array } | { status: 'error'; message: string };

/**
 * The chosen file's name (no folder) and bytes; the renderer's Word import checks everything else, and words
 * 'too-large' (over the import's cap, not read) with the import's own sentence.
 */
export type WordFileOpenResponse =
  | { status: 'opened'; fileName: string; bytes: Uint8Array }
  | { status: 'too-large'; fileName: string }
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
  /** Refusals and failures come back as the error variant, with main's Vietnamese message. */
  renderPreviewDocx(request: RenderPreviewDocxRequest): Promise<RenderPreviewDocxResponse>;
  appInfo(): Promise<AppInfoResponse>;
  journalSave(request: JournalSaveRequest): Promise<JournalSaveResponse>;
  journalList(): Promise<JournalListResponse>;
  journalRead(request: JournalIdRequest): Promise<JournalReadResponse>;
  journalTrash(request: JournalIdRequest): Promise<JournalTrashResponse>;
  journalUntrash(request: JournalIdRequest): Promise<JournalTrashResponse>;
  /** "Xóa vĩnh viễn" from the trash: only a draft already in the journal's trash is deleted. */
  journalPurge(request: JournalIdRequest): Promise<JournalPurgeResponse>;
  journalRecoveryCheck(request: JournalRecoveryCheckRequest): Promise<JournalRecoveryCheckResponse>;
  revisionList(request: JournalIdRequest): Promise<RevisionListResponse>;
  revisionCreate(request: RevisionCreateRequest): Promise<RevisionCreateResponse>;
  revisionRead(request: RevisionRequest): Promise<RevisionReadResponse>;
  revisionRestore(request: RevisionRequest): Promise<RevisionRestoreResponse>;
  /** The backup snapshots holding a copy of the draft, newest first (recovery screen). */
  backupList(request: JournalIdRequest): Promise<BackupListResponse>;
  backupRestore(request: BackupRestoreRequest): Promise<BackupRestoreResponse>;
  draftFileSave(request: DraftFileSaveRequest): Promise<DraftFileSaveResponse>;
  draftFileOpen(): Promise<DraftFileOpenResponse>;
  /** Open dialog for a Word report; the file's bytes, read with a size cap, never parsed in main. */
  wordFileOpen(): Promise<WordFileOpenResponse>;
  flushDone(request: FlushDoneRequest): Promise<FlushDoneResponse>;
  /** Main asks "all saved?" before quitting: save everything, then call flushDone with the request's id. */
  onFlushRequest(listener: (request: FlushRequest) => void): () => void;
  // Issue 5.
  usbListDrives(): Promise<UsbDrivesResponse>;
  /** Main polls for sticks while watching and pushes changes to onUsbDrivesChanged. */
  usbWatchDrives(request: UsbWatchRequest): Promise<UsbWatchResponse>;
  /** "Chọn thư mục khác…": a folder dialog in main; the page gets an opaque target. */
  usbPickFolder(): Promise<UsbPickFolderResponse>;
  usbSubmit(request: UsbSubmitRequest): Promise<UsbSubmitResponse>;
  exportHistory(request: ExportHistoryRequest): Promise<ExportHistoryResponse>;
  onUsbDrivesChanged(listener: (drives: UsbTarget[]) => void): () => void;
  onUsbSubmitProgress(listener: (progress: UsbSubmitProgress) => void): () => void;
  // Issue 6.
  updateStatus(): Promise<UpdateStatusResponse>;
  updateCheck(): Promise<UpdateCommandResponse>;
  updateDownload(): Promise<UpdateCommandResponse>;
  updateInstallNow(): Promise<UpdateInstallNowResponse>;
  /** Open dialog in main; the chosen package is copied into the app folder and the copy verified. */
  updateUsbPick(): Promise<UsbUpdatePickResponse>;
  updateUsbInstall(request: UsbUpdateInstallRequest): Promise<UsbUpdateInstallResponse>;
  templatesList(): Promise<TemplatesListResponse>;
  templatePackPick(): Promise<TemplatePackPickResponse>;
  templatePackInstall(request: TemplatePackInstallRequest): Promise<TemplatePackChangeResponse>;
  templatePackRollback(request: TemplatePackRollbackRequest): Promise<TemplatePackChangeResponse>;
  onUpdateStatus(listener: (status: OnlineUpdateStatus) => void): () => void;
}

/** Response type of each channel, for the typed main-process handlers. */
export interface ChannelResponses {
  [CHANNELS.exportDocx]: ExportDocxResponse;
  [CHANNELS.renderPreviewDocx]: RenderPreviewDocxResponse;
  [CHANNELS.appInfo]: AppInfoResponse;
  [CHANNELS.journalSave]: JournalSaveResponse;
  [CHANNELS.journalList]: JournalListResponse;
  [CHANNELS.journalRead]: JournalReadResponse;
  [CHANNELS.journalTrash]: JournalTrashResponse;
  [CHANNELS.journalUntrash]: JournalTrashResponse;
  [CHANNELS.journalPurge]: JournalPurgeResponse;
  [CHANNELS.journalRecoveryCheck]: JournalRecoveryCheckResponse;
  [CHANNELS.revisionList]: RevisionListResponse;
  [CHANNELS.revisionCreate]: RevisionCreateResponse;
  [CHANNELS.revisionRead]: RevisionReadResponse;
  [CHANNELS.revisionRestore]: RevisionRestoreResponse;
  [CHANNELS.backupList]: BackupListResponse;
  [CHANNELS.backupRestore]: BackupRestoreResponse;
  [CHANNELS.draftFileSave]: DraftFileSaveResponse;
  [CHANNELS.draftFileOpen]: DraftFileOpenResponse;
  [CHANNELS.wordFileOpen]: WordFileOpenResponse;
  [CHANNELS.flushDone]: FlushDoneResponse;
  [CHANNELS.usbListDrives]: UsbDrivesResponse;
  [CHANNELS.usbWatchDrives]: UsbWatchResponse;
  [CHANNELS.usbPickFolder]: UsbPickFolderResponse;
  [CHANNELS.usbSubmit]: UsbSubmitResponse;
  [CHANNELS.exportHistory]: ExportHistoryResponse;
  [CHANNELS.updateStatus]: UpdateStatusResponse;
  [CHANNELS.updateCheck]: UpdateCommandResponse;
  [CHANNELS.updateDownload]: UpdateCommandResponse;
  [CHANNELS.updateInstallNow]: UpdateInstallNowResponse;
  [CHANNELS.updateUsbPick]: UsbUpdatePickResponse;
  [CHANNELS.updateUsbInstall]: UsbUpdateInstallResponse;
  [CHANNELS.templatesList]: TemplatesListResponse;
  [CHANNELS.templatePackPick]: TemplatePackPickResponse;
  [CHANNELS.templatePackInstall]: TemplatePackChangeResponse;
  [CHANNELS.templatePackRollback]: TemplatePackChangeResponse;
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
