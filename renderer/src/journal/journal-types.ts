/**
 * The journal's payload types as the renderer sees them, derived from `window.soanBaoCao` (the preload's
 * declared API) so renderer code never imports from electron/ (lint rule), yet cannot drift from main.
 */
export type RendererApi = NonNullable<Window['soanBaoCao']>;
type Ok<T> = Extract<Awaited<T>, { status: 'ok' }>;

export type JournalSaveRequest = Parameters<RendererApi['journalSave']>[0];
export type JournalDraftInput = JournalSaveRequest['draft'];
export type JournalSaveReason = JournalSaveRequest['reason'];
export type JournalError = Extract<Awaited<ReturnType<RendererApi['journalSave']>>, { status: 'error' }>;
export type JournalErrorReason = NonNullable<JournalError['reason']>;
export type RecoverableDraft = Ok<ReturnType<RendererApi['journalRecoveryCheck']>>['recoverable'][number];
export type RevisionSummary = Ok<ReturnType<RendererApi['revisionList']>>['revisions'][number];
export type DraftBackupSummary = Ok<ReturnType<RendererApi['backupList']>>['backups'][number];
