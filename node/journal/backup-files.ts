/**
 * Rolling snapshots of every draft, `backups/drafts-<ms>.json` (D-05): a JSON array of whole version-1
 * records, independent of the drafts' own files and records, so a damaged draft or record can come back from
 * one. Writing, listing, reading and rotating them by retention.ts.
 */
import type { DraftBackupSummary } from '../../electron/ipc/journal-types';
import { errorCode } from '../files/file-write-error';
import type { JournalEncoder } from './journal-encoder';
import type { JournalFs } from './journal-fs';
import { BACKUP_NAME_PATTERN, type JournalPaths } from './journal-paths';
import { decodeJournalRecord, type JournalRecord } from './journal-record';
import { backupsToKeep, type BackupPolicy } from './retention';

export interface BackupFilesOptions {
  fs: JournalFs;
  paths: JournalPaths;
  write(path: string, data: Uint8Array): Promise<void>;
  encoder: JournalEncoder;
  policy: BackupPolicy;
  now(): number;
  log(message: string, error?: unknown): void;
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

export function createBackupFiles({ fs, paths, write, encoder, policy, now, log }: BackupFilesOptions) {
  /** Stamps of the snapshots on disk, newest first. */
  async function list(): Promise<number[]> {
    let names: string[];
    try {
      names = await fs.readdir(paths.backups);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const stamps: number[] = [];
    for (const name of names) {
      const match = BACKUP_NAME_PATTERN.exec(name);
      if (match) stamps.push(Number(match[1]));
    }
    return stamps.sort((a, b) => b - a);
  }

  /** Every readable draft of one snapshot; a damaged entry is skipped, a damaged file throws. */
  async function read(at: number): Promise<JournalRecord[]> {
    const bytes = await fs.readFile(paths.backup(at));
    const raw: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(raw)) return [];
    const text = new TextEncoder();
    return raw
      .map((item) => decodeJournalRecord(text.encode(JSON.stringify(item))))
      .filter((r): r is JournalRecord => r !== null);
  }

  async function rotate(): Promise<void> {
    const stamps = await list();
    const keep = backupsToKeep(stamps, now(), policy);
    for (const stamp of stamps) if (!keep.has(stamp)) await fs.remove(paths.backup(stamp));
  }

  return {
    list,
    read,
    rotate,

    /** Writes a snapshot of `records`, then rotates old snapshots out; returns its path. */
    async write(records: readonly JournalRecord[]): Promise<string> {
      const at = now();
      // `[rec,\nrec…]` joined as bytes: each record is encoded once (in the encoder's worker in the app).
      const text = new TextEncoder();
      const parts: Uint8Array[] = [text.encode('[')];
      for (const [i, record] of records.entries()) {
        if (i > 0) parts.push(text.encode(',\n'));
        parts.push(await encoder.encode(record));
      }
      parts.push(text.encode(']'));
      await fs.mkdir(paths.backups);
      const path = paths.backup(at);
      await write(path, concatBytes(parts));
      await rotate();
      return path;
    },

    /** The snapshots that hold a readable copy of draft `id`, newest first; damaged snapshots are skipped. */
    async listForDraft(id: string): Promise<DraftBackupSummary[]> {
      const result: DraftBackupSummary[] = [];
      for (const at of await list()) {
        let records: JournalRecord[];
        try {
          records = await read(at);
        } catch (error) {
          log(`[journal] skipped a damaged backup ${at}`, error);
          continue;
        }
        const record = records.find((r) => r.id === id);
        if (record) result.push({ at, title: record.title, updatedAt: record.updatedAt, revision: record.revision });
      }
      return result;
    },

    /** Draft `id`'s copy in the newest snapshot that has a readable one: a damaged draft's last stand-in. */
    async newestCopy(id: string): Promise<JournalRecord | null> {
      for (const at of await list()) {
        const record = (await read(at).catch(() => [])).find((r) => r.id === id);
        if (record) return record;
      }
      return null;
    },
  };
}

export type BackupFiles = ReturnType<typeof createBackupFiles>;
