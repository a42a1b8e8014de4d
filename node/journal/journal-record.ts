/**
 * One journal file on disk: the draft, its metadata and the SHA-256 of its report. Reading it back checks
 * everything again (shape, report schema, checksum): a file damaged by a power cut, a bad sector or a hand
 * edit reads as "absent", never as a valid draft, and never crashes the journal.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../core/draft-file/canonical-json';
import { withinDepth } from '../../core/draft-file/json-shape';
import { CHECKSUM_PATTERN } from '../../core/draft-file/report-checksum';
import { DRAFT_ID_PATTERN, MAX_TIME_MS } from '../../core/model/ids';
import { parseReport, type Report } from '../../core/model/report-schema';
import type { JournalDraft, RevisionKind } from '../../electron/ipc/journal-types';

export const JOURNAL_RECORD_VERSION = 1 as const;

const millis = z.number().int().min(0).max(MAX_TIME_MS);
/** The draft's metadata as every journal file version stores it (whole record, manifest, revision). */
export const journalMetaFields = {
  id: z.string().regex(DRAFT_ID_PATTERN),
  templateId: z.string().max(60),
  title: z.string().max(4000),
  createdAt: millis,
  updatedAt: millis,
  lastStepKey: z.string().max(200),
  revision: z.number().int().min(1),
  deletedAt: millis.optional(),
  checkpoint: z
    .strictObject({ kind: z.enum(['auto', 'named', 'restore']), name: z.string().max(200), at: millis })
    .optional(),
};
const recordSchema = z.strictObject({
  journalVersion: z.literal(JOURNAL_RECORD_VERSION),
  ...journalMetaFields,
  sha256: z.string().regex(CHECKSUM_PATTERN),
  report: z.unknown(),
});

export interface JournalRecord extends JournalDraft {
  report: Report;
  /** Present on revision files only. */
  checkpoint?: { kind: RevisionKind; name: string; at: number } | undefined;
}

/**
 * The same SHA-256 of the canonical JSON as core's reportChecksum, hashed by Node's native crypto: the pure-JS
 * hash core must use costs seconds on a 4 MB draft, on every save and every read.
 */
export function journalChecksum(report: unknown): string {
  return createHash('sha256').update(canonicalJson(report), 'utf8').digest('hex');
}

export function encodeJournalRecord(record: JournalRecord): Uint8Array {
  const { report, ...meta } = record;
  const body = { journalVersion: JOURNAL_RECORD_VERSION, ...meta, sha256: journalChecksum(report), report };
  return new TextEncoder().encode(JSON.stringify(body));
}

export function decodeJournalRecord(bytes: Uint8Array): JournalRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (!withinDepth(raw)) return null;
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) return null;
  if (journalChecksum(parsed.data.report) !== parsed.data.sha256) return null;
  const report = parseReport(parsed.data.report);
  if (!report.ok) return null;
  const { journalVersion: _v, sha256: _s, report: _r, ...meta } = parsed.data;
  const record: JournalRecord = { ...meta, report: report.value };
  if (record.deletedAt === undefined) delete record.deletedAt;
  if (record.checkpoint === undefined) delete record.checkpoint;
  return record;
}

/** The summary without the report, for lists. */
export function summaryOf(record: JournalRecord) {
  const { report: _r, checkpoint: _c, ...summary } = record;
  return summary;
}
