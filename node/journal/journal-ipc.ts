/**
 * The journal channels' handlers (registered with secureHandle in electron/main/journal/register-journal.ts,
 * which has already checked the sender and the request's shape). The report is validated here with the full schema and a size cap; every
 * failure comes back as a typed `JournalError` with a Vietnamese message, never a throw.
 */
import { parseReport } from '../../core/model/report-schema';
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
import { DamagedError, NotFoundError, type DraftJournal, type ValidDraftInput } from './draft-journal';
import { JOURNAL_MESSAGES, journalWriteError } from './journal-messages';
import type { JournalRecord } from './journal-record';

/** Same cap as a draft file: what cannot be exported cannot be journalled either. */
export const JOURNAL_MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export type ValidatedDraft = { ok: true; draft: ValidDraftInput } | { ok: false; error: JournalError };

export function validateDraftInput(input: JournalDraftInput): ValidatedDraft {
  let length: number;
  try {
    length = JSON.stringify(input.report)?.length ?? 0;
  } catch {
    return { ok: false, error: { status: 'error', reason: 'invalid-draft', message: JOURNAL_MESSAGES.invalidDraft('gốc') } };
  }
  if (length > JOURNAL_MAX_DRAFT_BYTES) return { ok: false, error: { status: 'error', reason: 'too-large', message: JOURNAL_MESSAGES.tooLarge } };
  const report = parseReport(input.report);
  if (!report.ok) {
    const where = report.issues[0]?.path.map(String).join('.') || 'gốc';
    return { ok: false, error: { status: 'error', reason: 'invalid-draft', message: JOURNAL_MESSAGES.invalidDraft(where) } };
  }
  return { ok: true, draft: { ...input, report: report.value } };
}

function failure(error: unknown, log: (m: string, e?: unknown) => void): JournalError {
  if (error instanceof NotFoundError) return { status: 'error', reason: 'not-found', message: JOURNAL_MESSAGES.notFound };
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
      const valid = validateDraftInput(request.draft);
      if (!valid.ok) return valid.error;
      // D-14: an import (or a recovery restore) is preceded by a snapshot of every draft; the recovery screen's
      // "Khôi phục từ bản sao lưu" brings a draft back from it.
      if (request.reason === 'import' || request.reason === 'restore') await journal.backupNow();
      const outcome = await journal.save(valid.draft, request.reason);
      return { status: 'saved', ...outcome };
    }),
    list: guard(async (): Promise<JournalListResponse> => ({ status: 'ok', drafts: await journal.list() })),
    read: guard(async (request: JournalIdRequest): Promise<JournalReadResponse> => ({ status: 'ok', draft: toDraft(await journal.read(request.id)) })),
    trash: guard(async (request: JournalIdRequest): Promise<JournalTrashResponse> => ({ status: 'ok', draft: await journal.setTrashed(request.id, true) })),
    untrash: guard(async (request: JournalIdRequest): Promise<JournalTrashResponse> => ({ status: 'ok', draft: await journal.setTrashed(request.id, false) })),
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
