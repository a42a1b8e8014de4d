/**
 * The journal channels' handlers (registered with secureHandle in electron/main/journal/register-journal.ts,
 * which has already checked the sender and the request's shape). The report is validated here with the full schema and a size cap; every
 * failure comes back as a typed `JournalError` with a Vietnamese message, never a throw.
 */
import { parseReport } from '../../core/model/report-schema';
import { assembleSections } from '../../core/model/section-records';
import { DraftTooLargeError, InvalidDraftError, JOURNAL_MAX_DRAFT_BYTES, ResendNeededError } from './split-draft-check';
import type {
  BackupListResponse,
  BackupRestoreRequest,
  BackupRestoreResponse,
  JournalDraft,
  JournalDraftInput,
  JournalError,
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
} from '../../electron/ipc/journal-types';
import {
  DamagedError,
  NotFoundError,
  type DraftJournal,
  type SplitDraftInput,
  type ValidDraftInput,
} from './draft-journal';
import { JOURNAL_MESSAGES, journalWriteError } from './journal-messages';
import type { JournalRecord } from './journal-record';

export { JOURNAL_MAX_DRAFT_BYTES };

export type ValidatedDraft<D = ValidDraftInput> = { ok: true; draft: D } | { ok: false; error: JournalError };

/** The whole report of an input, assembled from its section records when it came in the autosave's form. */
function wholeReport(input: JournalDraftInput): unknown {
  const { sections } = input;
  if (!sections || typeof input.report !== 'object' || input.report === null) return input.report;
  const texts = new Map(sections.records);
  return { ...input.report, sections: assembleSections(sections.chapterIds, (id) => texts.get(id)) };
}

export function validateDraftInput(input: JournalDraftInput): ValidatedDraft {
  let length: number;
  const whole = wholeReport(input);
  try {
    length = JSON.stringify(whole)?.length ?? 0;
  } catch {
    return {
      ok: false,
      error: { status: 'error', reason: 'invalid-draft', message: JOURNAL_MESSAGES.invalidDraft('gốc') },
    };
  }
  if (length > JOURNAL_MAX_DRAFT_BYTES)
    return { ok: false, error: { status: 'error', reason: 'too-large', message: JOURNAL_MESSAGES.tooLarge } };
  const report = parseReport(whole);
  if (!report.ok) {
    const where = report.issues[0]?.path.map(String).join('.') || 'gốc';
    return {
      ok: false,
      error: { status: 'error', reason: 'invalid-draft', message: JOURNAL_MESSAGES.invalidDraft(where) },
    };
  }
  const { sections: _s, ...meta } = input;
  return { ok: true, draft: { ...meta, report: report.value } };
}

function failure(error: unknown, log: (m: string, e?: unknown) => void): JournalError {
  if (error instanceof InvalidDraftError)
    return { status: 'error', reason: 'invalid-draft', message: JOURNAL_MESSAGES.invalidDraft(error.where) };
  if (error instanceof DraftTooLargeError)
    return { status: 'error', reason: 'too-large', message: JOURNAL_MESSAGES.tooLarge };
  if (error instanceof NotFoundError)
    return { status: 'error', reason: 'not-found', message: JOURNAL_MESSAGES.notFound };
  if (error instanceof DamagedError) return { status: 'error', reason: 'damaged', message: JOURNAL_MESSAGES.damaged };
  log('[journal] operation failed', error);
  return journalWriteError(error);
}

function toDraft(record: JournalRecord): JournalDraft {
  const { checkpoint: _c, ...draft } = record;
  return draft;
}

export function createJournalHandlers(journal: DraftJournal, log: (m: string, e?: unknown) => void = console.error) {
  const guard =
    <Req, Res>(run: (request: Req) => Promise<Res>) =>
    async (request: Req): Promise<Res | JournalError> => {
      try {
        return await run(request);
      } catch (error) {
        return failure(error, log);
      }
    };

  return {
    save: guard(async (request: JournalSaveRequest): Promise<JournalSaveResponse> => {
      // The autosave's form is checked by the journal itself, record by record, against what it already holds.
      const { sections, report, ...meta } = request.draft;
      let valid: ValidatedDraft<ValidDraftInput | SplitDraftInput>;
      if (sections) {
        const { keep, base, chapterIds, records } = sections;
        const delta = keep !== undefined || base !== undefined ? { keep: keep ?? [], base } : undefined;
        valid = { ok: true, draft: { ...meta, split: { head: report, chapterIds, records }, delta } };
      } else valid = validateDraftInput(request.draft);
      if (!valid.ok) return valid.error;
      // D-14: an import (or a recovery restore) is preceded by a snapshot of every draft; the recovery screen's
      // "Khôi phục từ bản sao lưu" brings a draft back from it.
      if (request.reason === 'import' || request.reason === 'restore') await journal.backupNow();
      try {
        return { status: 'saved', ...(await journal.save(valid.draft, request.reason)) };
      } catch (error) {
        if (error instanceof ResendNeededError) return { status: 'resend' };
        throw error;
      }
    }),
    list: guard(async (): Promise<JournalListResponse> => ({ status: 'ok', drafts: await journal.list() })),
    read: guard(async (request: JournalIdRequest): Promise<JournalReadResponse> => ({
      status: 'ok',
      draft: toDraft(await journal.read(request.id)),
    })),
    trash: guard(async (request: JournalIdRequest): Promise<JournalTrashResponse> => ({
      status: 'ok',
      draft: await journal.setTrashed(request.id, true),
    })),
    untrash: guard(async (request: JournalIdRequest): Promise<JournalTrashResponse> => ({
      status: 'ok',
      draft: await journal.setTrashed(request.id, false),
    })),
    purge: guard(async (request: JournalIdRequest): Promise<JournalPurgeResponse> => {
      await journal.purge(request.id);
      return { status: 'ok' };
    }),
    recoveryCheck: guard(async (request: JournalRecoveryCheckRequest): Promise<JournalRecoveryCheckResponse> => ({
      status: 'ok',
      recoverable: await journal.recoveryCheck(request.drafts),
    })),
    revisionList: guard(async (request: JournalIdRequest): Promise<RevisionListResponse> => ({
      status: 'ok',
      revisions: await journal.listRevisions(request.id),
    })),
    revisionCreate: guard(async (request: RevisionCreateRequest): Promise<RevisionCreateResponse> => ({
      status: 'ok',
      revision: await journal.createVersion(request.id, request.name),
    })),
    revisionRead: guard(async (request: RevisionRequest): Promise<RevisionReadResponse> => {
      const { summary, record } = await journal.readRevision(request.id, request.revisionId);
      return { status: 'ok', revision: summary, draft: toDraft(record) };
    }),
    revisionRestore: guard(async (request: RevisionRequest): Promise<RevisionRestoreResponse> => {
      const { record, undoRevisionId } = await journal.restoreRevision(request.id, request.revisionId);
      return { status: 'ok', draft: toDraft(record), undoRevisionId };
    }),
    backupList: guard(async (request: JournalIdRequest): Promise<BackupListResponse> => ({
      status: 'ok',
      backups: await journal.listDraftBackups(request.id),
    })),
    backupRestore: guard(async (request: BackupRestoreRequest): Promise<BackupRestoreResponse> => {
      const { record, undoRevisionId } = await journal.restoreBackup(request.id, request.at);
      return { status: 'ok', draft: toDraft(record), undoRevisionId };
    }),
  };
}
