/**
 * Payload types of the journal, draft-file and quit-flush channels. Type-only; the requests are derived
 * from their zod schemas in channels.ts.
 */
import type { IpcRequest } from './channels';

/** What the renderer sends on every save: the Dexie record's fields (report validated again in main). */
export type JournalDraftInput = JournalSaveRequest['draft'];

/** The autosave's form of a draft: [section id, record text] per section, parents first, and the chapters' order. */
export type JournalSectionRecords = NonNullable<JournalDraftInput['sections']>;

/** Why a save happens; 'step-change' (and 5 min since the last one) makes an automatic checkpoint. */
export type JournalSaveReason = JournalSaveRequest['reason'];

export interface JournalDraftSummary {
  id: string;
  templateId: string;
  /** The trích yếu at the last save ('' while empty). */
  title: string;
  createdAt: number;
  updatedAt: number;
  lastStepKey: string;
  /** Counts saves of this draft in the journal, from 1. */
  revision: number;
  /** Set while the draft is in the trash (ms); purged 30 days later. */
  deletedAt?: number | undefined;
}

/** A full draft as the journal holds it; `report` has passed the report schema (type Report in core). */
export interface JournalDraft extends JournalDraftSummary {
  report: unknown;
}

export type JournalErrorReason = 'disk-full' | 'write-failed' | 'invalid-draft' | 'too-large' | 'not-found' | 'damaged';

/** Every journal channel answers this on failure; `message` is a Vietnamese sentence ready to show. */
export interface JournalError {
  status: 'error';
  /** Absent only when main refused the request itself (wrong sender, malformed payload). */
  reason?: JournalErrorReason | undefined;
  message: string;
}

export type JournalSaveRequest = IpcRequest<'journalSave'>;
export type JournalSaveResponse =
  | {
      status: 'saved';
      revision: number;
      savedAt: number;
      checkpointId?: string | undefined;
      /** Names the state just accepted: the next autosave may send only what changed since (`sections.base`). */
      base?: string | undefined;
    }
  /** A delta autosave main cannot apply (it no longer holds that base): nothing was saved, send every record. */
  | { status: 'resend' }
  | JournalError;

export type JournalListResponse = { status: 'ok'; drafts: JournalDraftSummary[] } | JournalError;

export type JournalIdRequest = IpcRequest<'journalRead'>;
export type JournalReadResponse = { status: 'ok'; draft: JournalDraft } | JournalError;
export type JournalTrashResponse = { status: 'ok'; draft: JournalDraftSummary } | JournalError;
export type JournalPurgeResponse = { status: 'ok' } | JournalError;

export type JournalRecoveryCheckRequest = IpcRequest<'journalRecoveryCheck'>;
export interface RecoverableDraft extends JournalDraftSummary {
  /** 'missing': IndexedDB has no such draft; 'newer': the journal copy is newer than IndexedDB's. */
  why: 'missing' | 'newer';
}
export type JournalRecoveryCheckResponse = { status: 'ok'; recoverable: RecoverableDraft[] } | JournalError;

export type RevisionKind = 'auto' | 'named' | 'restore';
export interface RevisionSummary {
  revisionId: string;
  kind: RevisionKind;
  /** The name given to a named version ("Bản gửi xin ý kiến"); '' for automatic checkpoints. */
  name: string;
  /** When the checkpoint was taken (ms). */
  at: number;
  /** The draft's journal revision it copies. */
  revision: number;
  title: string;
  updatedAt: number;
  bytes: number;
}
export type RevisionListResponse = { status: 'ok'; revisions: RevisionSummary[] } | JournalError;
export type RevisionCreateRequest = IpcRequest<'revisionCreate'>;
export type RevisionCreateResponse = { status: 'ok'; revision: RevisionSummary } | JournalError;
export type RevisionRequest = IpcRequest<'revisionRead'>;
export type RevisionReadResponse = { status: 'ok'; revision: RevisionSummary; draft: JournalDraft } | JournalError;
/** `draft` is the new current state (put it into IndexedDB); `undoRevisionId` holds the state before. */
export type RevisionRestoreResponse = { status: 'ok'; draft: JournalDraft; undoRevisionId: string } | JournalError;

/** A backup snapshot (userData/backups) that holds a copy of the draft. */
export interface DraftBackupSummary {
  /** When the snapshot was taken (ms); also what names it in a restore. */
  at: number;
  title: string;
  updatedAt: number;
  revision: number;
}
export type BackupListResponse = { status: 'ok'; backups: DraftBackupSummary[] } | JournalError;
export type BackupRestoreRequest = IpcRequest<'backupRestore'>;
/** `undoRevisionId` holds the journal's state before (null when the journal had no readable copy). */
export type BackupRestoreResponse = { status: 'ok'; draft: JournalDraft; undoRevisionId: string | null } | JournalError;

export type DraftFileSaveRequest = IpcRequest<'draftFileSave'>;
export type DraftFileSaveResponse =
  { status: 'saved'; filePath: string; bytes: number } | { status: 'canceled' } | { status: 'error'; message: string };

/** A draft read from a .baocao.json; nothing has been written anywhere yet. */
export interface OpenedDraftFile {
  templateId: string;
  report: unknown;
  /** The id written in the file: untrusted, only to detect a collision. */
  draftId?: string | undefined;
  lastStepKey?: string | undefined;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
  /** 1 when the file was in the old format (migrated). */
  sourceVersion: 1 | 2 | 3;
  checksum: string;
  /** The writing office's own spelling words (format 3), to merge into this office's list. */
  officeWords?: string[] | undefined;
}
export type DraftFileOpenResponse =
  | {
      status: 'opened';
      fileName: string;
      draft: OpenedDraftFile;
      /** The journal draft with the same id, if any: ask "Mở thành bản sao / Thay thế" before saving. */
      existing: JournalDraftSummary | null;
    }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/** main → renderer before quitting: save everything now, then call flushDone with the same id. */
export interface FlushRequest {
  requestId: string;
}
export interface FlushDoneResponse {
  status: 'ok';
}
