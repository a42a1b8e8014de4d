/**
 * Payloads of the received-reports journal channels: every report the office accepted from a subordinate unit is
 * also kept on disk by main, read-only, each version in its own file, beside (never among) the office's own
 * drafts. Type-only; the requests come from their zod schemas in channels.ts.
 */
import type { Report } from '../../core/model/report-schema';
import type { BundleIdentity } from '../../core/submission/bundle-identity';

export type ReceivedJournalErrorReason =
  'invalid-report' | 'too-large' | 'too-many' | 'not-found' | 'damaged' | 'disk-full' | 'write-failed';

/** Every received-journal channel answers this on failure; `message` is a Vietnamese sentence ready to show. */
export interface ReceivedJournalError {
  status: 'error';
  reason?: ReceivedJournalErrorReason;
  message: string;
}

/** One version of one received report as the journal names it: the report (unit, outline, period) and its checksum. */
export interface ReceivedVersionRef {
  /** Opaque name of the report (unit, outline, period) in the journal; 32 hex digits. */
  reportKey: string;
  checksum: string;
}

export type ReceivedStoreResponse =
  /** Written now (`stored`) or already held, left exactly as it was (`kept`): a version is never rewritten. */
  { status: 'stored' | 'kept'; version: ReceivedVersionRef } | ReceivedJournalError;

export type ReceivedListResponse = { status: 'ok'; versions: ReceivedVersionRef[] } | ReceivedJournalError;

export type ReceivedReadResponse =
  { status: 'ok'; identity: BundleIdentity; receivedAt: number; report: Report } | ReceivedJournalError;

export type ReceivedDeleteResponse = { status: 'deleted'; versions: number } | ReceivedJournalError;
