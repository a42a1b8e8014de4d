/**
 * Checkpoints and named versions of one draft, `drafts/<id>/revisions/<at>-<revision>-<kind>.json`: writing one
 * (then pruning by retention.ts), listing, reading and finding the newest readable one. A version-2 revision
 * is a manifest naming the draft's shared records (a few KB); version-1 revisions hold the whole report.
 */
import type { RevisionKind, RevisionSummary } from '../../electron/ipc/journal-types';
import { errorCode } from '../files/file-write-error';
import type { JournalEncoder } from './journal-encoder';
import type { JournalFs } from './journal-fs';
import { REVISION_ID_PATTERN, type JournalPaths } from './journal-paths';
import type { JournalRecord } from './journal-record';
import { revisionsToPrune, type RevisionCaps } from './retention';
import { hashesOf, recordOfFile } from './draft-assembly';
import { decodeDraftFile, encodeManifest, type DraftFile } from './journal-manifest';
import type { SectionBlobs } from './section-blobs';

export interface RevisionFilesOptions {
  fs: JournalFs;
  paths: JournalPaths;
  write(path: string, data: Uint8Array): Promise<void>;
  encoder: JournalEncoder;
  blobs: SectionBlobs;
  caps: RevisionCaps;
}

export interface RevisionFile {
  revisionId: string;
  kind: RevisionKind;
  at: number;
}

export class RevisionNotFoundError extends Error {}
export class RevisionDamagedError extends Error {}

function summaryOf(revisionId: string, file: DraftFile, bytes: number): RevisionSummary {
  const meta = file.version === 1 ? file.record : file.manifest;
  return {
    revisionId,
    kind: meta.checkpoint?.kind ?? 'auto',
    name: meta.checkpoint?.name ?? '',
    at: meta.checkpoint?.at ?? 0,
    revision: meta.revision,
    title: meta.title,
    updatedAt: meta.updatedAt,
    bytes: file.version === 1 ? bytes : file.manifest.bytes,
  };
}

const newestFirst = (a: { at: number; revisionId: string }, b: { at: number; revisionId: string }) =>
  b.at - a.at || b.revisionId.localeCompare(a.revisionId);

export function createRevisionFiles({ fs, paths, write, encoder, blobs, caps }: RevisionFilesOptions) {
  async function files(id: string): Promise<RevisionFile[]> {
    let names: string[];
    try {
      names = await fs.readdir(paths.revisions(id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const result: RevisionFile[] = [];
    for (const name of names) {
      const revisionId = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !REVISION_ID_PATTERN.test(revisionId)) continue;
      const [at, , kind] = revisionId.split('-');
      result.push({ revisionId, kind: kind as RevisionKind, at: Number(at) });
    }
    return result;
  }

  /** The revision file decoded, with its size; null when missing or damaged. */
  async function readFile(id: string, revisionId: string): Promise<{ file: DraftFile; bytes: number } | null> {
    const bytes = await fs.readFile(paths.revision(id, revisionId)).catch(() => undefined);
    const file = bytes ? decodeDraftFile(bytes) : null;
    const meta = file && (file.version === 1 ? file.record : file.manifest);
    return file && bytes && meta?.id === id ? { file, bytes: bytes.byteLength } : null;
  }

  /** Stat only: pruning weighs up to 100 MB of checkpoints without reading them. */
  async function prune(id: string): Promise<void> {
    const entries = await Promise.all(
      (await files(id)).map(async (file) => ({
        ...file,
        bytes: await fs.size(paths.revision(id, file.revisionId)).catch(() => 0),
      })),
    );
    for (const revisionId of revisionsToPrune(entries, caps)) await fs.remove(paths.revision(id, revisionId));
  }

  return {
    files,

    /** Keeps `current` as a checkpoint of `kind`, then prunes the oldest beyond the caps. */
    async write(current: DraftFile, kind: RevisionKind, name: string, at: number): Promise<RevisionSummary> {
      const checkpoint = { kind, name, at };
      const file: DraftFile =
        current.version === 1
          ? { version: 1, record: { ...current.record, checkpoint } }
          : { version: 2, manifest: { ...current.manifest, checkpoint } };
      const meta = file.version === 1 ? file.record : file.manifest;
      const revisionId = `${String(at).padStart(13, '0')}-${meta.revision}-${kind}`;
      const data = file.version === 1 ? await encoder.encode(file.record) : encodeManifest(file.manifest);
      await fs.mkdir(paths.revisions(meta.id));
      await write(paths.revision(meta.id, revisionId), data);
      await prune(meta.id);
      return summaryOf(revisionId, file, data.byteLength);
    },

    /** Every readable revision, newest first; one damaged checkpoint is skipped, the others stay listed. */
    async list(id: string): Promise<RevisionSummary[]> {
      const result: RevisionSummary[] = [];
      for (const { revisionId } of await files(id)) {
        const read = await readFile(id, revisionId);
        if (read) result.push(summaryOf(revisionId, read.file, read.bytes));
      }
      return result.sort(newestFirst);
    },

    async read(id: string, revisionId: string): Promise<{ summary: RevisionSummary; record: JournalRecord }> {
      if (!REVISION_ID_PATTERN.test(revisionId)) throw new RevisionNotFoundError();
      const bytes = await fs.readFile(paths.revision(id, revisionId)).catch(() => undefined);
      if (!bytes) throw new RevisionNotFoundError();
      const file = decodeDraftFile(bytes);
      const record = file && (await recordOfFile(blobs, file));
      if (!file || !record || record.id !== id) throw new RevisionDamagedError();
      return { summary: summaryOf(revisionId, file, bytes.byteLength), record };
    },

    /** The newest revision whose content can be read, without its checkpoint: a damaged draft's stand-in. */
    async newestReadable(id: string): Promise<JournalRecord | null> {
      for (const { revisionId } of (await files(id)).sort(newestFirst)) {
        const read = await readFile(id, revisionId);
        const record = read && (await recordOfFile(blobs, read.file));
        if (record?.id !== id) continue;
        const { checkpoint: _c, ...content } = record;
        return content;
      }
      return null;
    },

    /**
     * The records every revision of the draft names (they must stay while the revision does); null when a
     * revision file could not be read at all (locked, I/O error): then nothing may be removed.
     */
    async namedHashes(id: string): Promise<Set<string> | null> {
      const named = new Set<string>();
      for (const { revisionId } of await files(id)) {
        let bytes: Uint8Array;
        try {
          bytes = await fs.readFile(paths.revision(id, revisionId));
        } catch {
          return null;
        }
        // A manifest that does not decode cannot be restored: it names nothing.
        const file = decodeDraftFile(bytes);
        if (file) for (const hash of hashesOf(file)) named.add(hash);
      }
      return named;
    },
  };
}

export type RevisionFiles = ReturnType<typeof createRevisionFiles>;
