/**
 * A draft file of journal version 2: the draft's metadata and the names (SHA-256) of its head and section
 * records (section-blobs.ts), plus the SHA-256 of the manifest itself, so a hand edit or a torn write reads as
 * damaged. Version-1 files (the whole report in the file, journal-record.ts) written by earlier releases are
 * still read: `decodeDraftFile` accepts both.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { RevisionKind } from '../../electron/ipc/journal-types';
import { decodeJournalRecord, journalMetaFields, type JournalRecord } from './journal-record';

export const JOURNAL_MANIFEST_VERSION = 2 as const;

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z.strictObject({
  journalVersion: z.literal(JOURNAL_MANIFEST_VERSION),
  ...journalMetaFields,
  head: hash,
  chapterIds: z.array(z.string()).max(100_000),
  /** [section id, record hash], parents before children. */
  sections: z.array(z.tuple([z.string(), hash])).max(100_000),
  /** Size of the content as text, for the history list (the records are shared between revisions). */
  bytes: z.number().int().min(0),
});

export type DraftManifest = Omit<z.infer<typeof manifestSchema>, 'journalVersion' | 'checkpoint'> & {
  checkpoint?: { kind: RevisionKind; name: string; at: number } | undefined;
};

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function encodeManifest(manifest: DraftManifest): Uint8Array {
  const body = JSON.stringify({ journalVersion: JOURNAL_MANIFEST_VERSION, ...manifest });
  // The checksum covers the text before it: `{"journalVersion":2,…,"sha256":"…"}`.
  return new TextEncoder().encode(`${body.slice(0, -1)},"sha256":"${digest(body)}"}`);
}

export type DraftFile = { version: 1; record: JournalRecord } | { version: 2; manifest: DraftManifest };

/** A draft or revision file of either version, or null when it is damaged. */
export function decodeDraftFile(bytes: Uint8Array): DraftFile | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const match = /,"sha256":"([0-9a-f]{64})"\}$/.exec(text);
  if (!text.startsWith(`{"journalVersion":${JOURNAL_MANIFEST_VERSION},`) || !match) {
    const record = decodeJournalRecord(bytes);
    return record ? { version: 1, record } : null;
  }
  const body = `${text.slice(0, match.index)}}`;
  if (digest(body) !== match[1]) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { journalVersion: _v, ...manifest } = parsed.data;
  if (manifest.deletedAt === undefined) delete manifest.deletedAt;
  if (manifest.checkpoint === undefined) delete manifest.checkpoint;
  return { version: 2, manifest };
}
