/**
 * The draft journal beside IndexedDB (D-01, D-04…D-07): main keeps the latest copy of every draft in
 * `userData/drafts/<id>.json`, checkpoints and named versions in `drafts/<id>/revisions/`, and rolling
 * snapshots of all drafts in `userData/backups/`. Every write is atomic (temp + fsync + rename + folder
 * fsync), so a crash or a full disk leaves the previous good copy in place. Saves of one draft are
 * serialised; clock and file system are injected.
 */
import { join } from 'node:path';
import type { Report } from '../../../core/model/report-schema';
import type {
  DraftBackupSummary,
  JournalDraftInput,
  JournalDraftSummary,
  JournalSaveReason,
  RecoverableDraft,
  RevisionKind,
  RevisionSummary,
} from '../../ipc/journal-types';
import { writeFileAtomic, type AtomicWriteOptions } from '../atomic-write';
import { errorCode } from '../file-write-error';
import { BACKUP_NAME_PATTERN, DRAFT_ID_PATTERN, journalPaths, REVISION_ID_PATTERN } from './journal-paths';
import type { JournalFs } from './journal-fs';
import { inProcessEncoder, type JournalEncoder } from './journal-encoder';
import { decodeJournalRecord, summaryOf, type JournalRecord } from './journal-record';
import { findRecoverable } from './recovery-check';
import {
  backupsToKeep,
  DEFAULT_BACKUP_POLICY,
  DEFAULT_REVISION_CAPS,
  isTrashExpired,
  needsAutoCheckpoint,
  revisionsToPrune,
  type BackupPolicy,
  type RevisionCaps,
} from './retention';

export interface DraftJournalOptions {
  userData: string;
  fs: JournalFs;
  /** Wall clock in ms (Date.now). */
  now: () => number;
  log?: (message: string, error?: unknown) => void;
  atomic?: AtomicWriteOptions;
  backupPolicy?: BackupPolicy;
  revisionCaps?: RevisionCaps;
  /** Where records are encoded: a worker thread in the app, in-process by default (CLI, tests). */
  encoder?: JournalEncoder;
}

export interface ValidDraftInput extends Omit<JournalDraftInput, 'report'> {
  report: Report;
}

export interface SaveOutcome {
  revision: number;
  savedAt: number;
  checkpointId?: string | undefined;
}

export class NotFoundError extends Error {
  constructor() {
    super('journal: not found');
    this.name = 'NotFoundError';
  }
}

/** The draft's own file is damaged and no checkpoint or backup of it could be read either. */
export class DamagedError extends Error {
  constructor() {
    super('journal: damaged');
    this.name = 'DamagedError';
  }
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

export function createDraftJournal(options: DraftJournalOptions) {
  const { fs, now } = options;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const paths = journalPaths(options.userData);
  const caps = options.revisionCaps ?? DEFAULT_REVISION_CAPS;
  const policy = options.backupPolicy ?? DEFAULT_BACKUP_POLICY;
  let index: Map<string, JournalRecord> | undefined;
  /** Drafts whose own file could not be read, even when a checkpoint or backup stood in for it. */
  const damaged = new Set<string>();
  const lastAutoCheckpoint = new Map<string, number>();
  const queues = new Map<string, Promise<unknown>>();
  let dirty = false;

  const write = (path: string, data: Uint8Array) => writeFileAtomic(path, data, fs, options.atomic);
  const encoder = options.encoder ?? inProcessEncoder;

  /** Runs `task` after every earlier task for the same key: two saves can never land in the wrong order. */
  function serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  }

  async function listNames(dir: string): Promise<string[]> {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  async function readRecord(path: string): Promise<JournalRecord | null> {
    try {
      return decodeJournalRecord(await fs.readFile(path));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') log(`[journal] could not read ${path}`, error);
      return null;
    }
  }

  /**
   * A damaged draft file must not hide the draft (power cut, bad sector, hand edit): its newest readable
   * checkpoint stands in for it, else its copy in the newest readable backup. The damaged file is kept aside
   * (`<id>.damaged-<ms>.json`) for a technician and the stand-in is written as the draft's file.
   */
  async function salvage(id: string, damagedFile: boolean): Promise<JournalRecord | null> {
    damaged.add(id);
    let found: JournalRecord | null = null;
    const files = (await revisionFiles(id)).sort((a, b) => b.at - a.at || b.revisionId.localeCompare(a.revisionId));
    for (const file of files) {
      const record = await readRecord(paths.revision(id, file.revisionId));
      if (record?.id !== id) continue;
      const { checkpoint: _c, ...content } = record;
      found = content;
      break;
    }
    for (const at of found ? [] : await listBackupStamps()) {
      const record = (await readBackupRecords(at).catch(() => [])).find((r) => r.id === id);
      if (record) {
        found = record;
        break;
      }
    }
    if (damagedFile) {
      const aside = join(paths.drafts, `${id}.damaged-${now()}.json`);
      await fs.rename(paths.draft(id), aside).catch((error: unknown) => log(`[journal] could not set aside ${aside}`, error));
    }
    // Written back as the draft's file, so the draft stays known after a restart even when its only copy was in
    // a backup that rotation will later remove.
    if (found) {
      await fs.mkdir(paths.drafts);
      await write(paths.draft(id), await encoder.encode(found)).catch((error: unknown) => log(`[journal] could not rewrite ${id}`, error));
    }
    log(`[journal] draft ${id}: its file is damaged; ${found ? `using its copy of revision ${found.revision}` : 'no readable copy left'}`);
    return found;
  }

  async function loadIndex(): Promise<Map<string, JournalRecord>> {
    if (index) return index;
    const loaded = new Map<string, JournalRecord>();
    const names = await listNames(paths.drafts);
    for (const name of names) {
      const match = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(name);
      if (!match) continue;
      const id = match[1]!;
      const record = await readRecord(paths.draft(id));
      if (record && record.id === id) loaded.set(id, record);
      else {
        const stand = await salvage(id, true);
        if (stand) loaded.set(id, stand);
      }
    }
    // A revisions folder without its draft file (the file was lost, not just damaged).
    for (const name of names) {
      if (!DRAFT_ID_PATTERN.test(name) || loaded.has(name) || names.includes(`${name}.json`)) continue;
      if ((await revisionFiles(name)).length === 0) continue;
      const stand = await salvage(name, false);
      if (stand) loaded.set(name, stand);
    }
    index ??= loaded;
    return index;
  }

  async function listBackupStamps(): Promise<number[]> {
    const stamps: number[] = [];
    for (const name of await listNames(paths.backups)) {
      const match = BACKUP_NAME_PATTERN.exec(name);
      if (match) stamps.push(Number(match[1]));
    }
    return stamps.sort((a, b) => b - a);
  }

  /** Every readable draft of one snapshot; a damaged entry is skipped, a damaged file throws. */
  async function readBackupRecords(at: number): Promise<JournalRecord[]> {
    const bytes = await fs.readFile(paths.backup(at));
    const raw: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(raw)) return [];
    const encoder = new TextEncoder();
    return raw.map((item) => decodeJournalRecord(encoder.encode(JSON.stringify(item)))).filter((r): r is JournalRecord => r !== null);
  }

  async function writeRevision(record: JournalRecord, kind: RevisionKind, name: string, at: number): Promise<RevisionSummary> {
    const revisionId = `${String(at).padStart(13, '0')}-${record.revision}-${kind}`;
    const data = await encoder.encode({ ...record, checkpoint: { kind, name, at } });
    await fs.mkdir(paths.revisions(record.id));
    await write(paths.revision(record.id, revisionId), data);
    await pruneRevisions(record.id);
    return revisionSummary(revisionId, { ...record, checkpoint: { kind, name, at } }, data.byteLength);
  }

  function revisionSummary(revisionId: string, record: JournalRecord, bytes: number): RevisionSummary {
    return {
      revisionId,
      kind: record.checkpoint?.kind ?? 'auto',
      name: record.checkpoint?.name ?? '',
      at: record.checkpoint?.at ?? 0,
      revision: record.revision,
      title: record.title,
      updatedAt: record.updatedAt,
      bytes,
    };
  }

  async function revisionFiles(id: string): Promise<{ revisionId: string; kind: RevisionKind; at: number }[]> {
    const result: { revisionId: string; kind: RevisionKind; at: number }[] = [];
    for (const name of await listNames(paths.revisions(id))) {
      const revisionId = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !REVISION_ID_PATTERN.test(revisionId)) continue;
      const [at, , kind] = revisionId.split('-');
      result.push({ revisionId, kind: kind as RevisionKind, at: Number(at) });
    }
    return result;
  }

  async function pruneRevisions(id: string): Promise<void> {
    const entries = [];
    for (const file of await revisionFiles(id)) {
      const bytes = await fs.size(paths.revision(id, file.revisionId)).catch(() => 0);
      entries.push({ ...file, bytes });
    }
    for (const revisionId of revisionsToPrune(entries, caps)) await fs.remove(paths.revision(id, revisionId));
  }

  async function putRecord(record: JournalRecord): Promise<void> {
    const path = paths.draft(record.id); // throws on an unsafe id, before anything is created
    await fs.mkdir(paths.drafts);
    await write(path, await encoder.encode(record));
    (await loadIndex()).set(record.id, record);
    damaged.delete(record.id);
    dirty = true;
  }

  async function requireRecord(id: string): Promise<JournalRecord> {
    const record = (await loadIndex()).get(id);
    if (!record) throw damaged.has(id) ? new DamagedError() : new NotFoundError();
    return record;
  }

  return {
    paths,

    /** Saves the latest state of a draft; resolves only once it is on disk (fsynced). */
    save(input: ValidDraftInput, reason: JournalSaveReason): Promise<SaveOutcome> {
      return serialised(input.id, async () => {
        const previous = (await loadIndex()).get(input.id);
        const savedAt = now();
        const record: JournalRecord = {
          id: input.id,
          templateId: input.templateId,
          title: input.report.title.trim().slice(0, 300),
          createdAt: input.createdAt,
          updatedAt: input.updatedAt,
          lastStepKey: input.lastStepKey,
          revision: (previous?.revision ?? 0) + 1,
          report: input.report,
        };
        await putRecord(record);
        let checkpointId: string | undefined;
        if (needsAutoCheckpoint(lastAutoCheckpoint.get(input.id), savedAt, reason)) {
          // A failed checkpoint must not turn a successful save into an error: the draft itself is safe.
          try {
            checkpointId = (await writeRevision(record, 'auto', '', savedAt)).revisionId;
            lastAutoCheckpoint.set(input.id, savedAt);
          } catch (error) {
            log('[journal] checkpoint failed', error);
          }
        }
        return { revision: record.revision, savedAt, checkpointId };
      });
    },

    async list(): Promise<JournalDraftSummary[]> {
      return [...(await loadIndex()).values()].map(summaryOf).sort((a, b) => b.updatedAt - a.updatedAt);
    },

    async read(id: string): Promise<JournalRecord> {
      return requireRecord(id);
    },

    async recoveryCheck(indexedDb: readonly { id: string; updatedAt: number }[]): Promise<RecoverableDraft[]> {
      return findRecoverable(await this.list(), indexedDb);
    },

    /** Moves a draft to the trash (kept 30 days); `restore: true` takes it back out. */
    setTrashed(id: string, trashed: boolean): Promise<JournalDraftSummary> {
      return serialised(id, async () => {
        const record = await requireRecord(id);
        const next: JournalRecord = { ...record };
        if (trashed) next.deletedAt = now();
        else delete next.deletedAt;
        await putRecord(next);
        return summaryOf(next);
      });
    },

    /** Deletes drafts that have been in the trash for 30 days, with their revisions. Returns their ids. */
    async purgeTrash(): Promise<string[]> {
      const purged: string[] = [];
      for (const record of [...(await loadIndex()).values()]) {
        if (!isTrashExpired(record.deletedAt, now())) continue;
        await serialised(record.id, async () => {
          await fs.remove(paths.draft(record.id));
          await fs.remove(paths.draftDir(record.id));
          index?.delete(record.id);
        });
        purged.push(record.id);
      }
      return purged;
    },

    /** "Xóa vĩnh viễn": deletes a draft that is in the trash, with its revisions; a live draft is refused. */
    purge(id: string): Promise<void> {
      return serialised(id, async () => {
        const record = await requireRecord(id);
        if (record.deletedAt === undefined) throw new NotFoundError();
        await fs.remove(paths.draft(id));
        await fs.remove(paths.draftDir(id));
        index?.delete(id);
      });
    },

    createVersion(id: string, name: string): Promise<RevisionSummary> {
      return serialised(id, async () => writeRevision(await requireRecord(id), 'named', name.trim().slice(0, 200), now()));
    },

    async listRevisions(id: string): Promise<RevisionSummary[]> {
      await requireRecord(id);
      const result: RevisionSummary[] = [];
      // One damaged checkpoint is skipped; the others stay listed and restorable.
      for (const file of await revisionFiles(id)) {
        const bytes = await fs.readFile(paths.revision(id, file.revisionId)).catch(() => undefined);
        const record = bytes ? decodeJournalRecord(bytes) : null;
        if (record && record.id === id) result.push(revisionSummary(file.revisionId, record, bytes!.byteLength));
      }
      return result.sort((a, b) => b.at - a.at || b.revisionId.localeCompare(a.revisionId));
    },

    async readRevision(id: string, revisionId: string): Promise<{ summary: RevisionSummary; record: JournalRecord }> {
      if (!REVISION_ID_PATTERN.test(revisionId)) throw new NotFoundError();
      const bytes = await fs.readFile(paths.revision(id, revisionId)).catch(() => undefined);
      if (!bytes) throw new NotFoundError();
      const record = decodeJournalRecord(bytes);
      if (!record || record.id !== id) throw new DamagedError();
      return { summary: revisionSummary(revisionId, record, bytes.byteLength), record };
    },

    /**
     * Makes a revision the current state. The state before is kept first as a 'restore' checkpoint, so the
     * restore itself can be undone by restoring that one.
     */
    async restoreRevision(id: string, revisionId: string): Promise<{ record: JournalRecord; undoRevisionId: string }> {
      const { record: old } = await this.readRevision(id, revisionId);
      return serialised(id, async () => {
        const current = await requireRecord(id);
        const at = now();
        const undo = await writeRevision(current, 'restore', 'Trước khi khôi phục', at);
        const { checkpoint: _c, ...content } = old;
        const record: JournalRecord = { ...content, revision: current.revision + 1, updatedAt: at };
        if (current.deletedAt === undefined) delete record.deletedAt;
        else record.deletedAt = current.deletedAt;
        await putRecord(record);
        return { record, undoRevisionId: undo.revisionId };
      });
    },

    /** True when something was saved since the last backup. */
    isDirty: () => dirty,

    /** Snapshot of every draft into `backups/drafts-<ms>.json`, then old snapshots are rotated out. */
    async backupNow(): Promise<string> {
      const at = now();
      const records = [...(await loadIndex()).values()];
      // `[rec,\nrec…]` joined as bytes: each record is already JSON, nothing is decoded or encoded again here.
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
      dirty = false;
      await this.rotateBackups();
      return path;
    },

    listBackups: listBackupStamps,

    readBackup: readBackupRecords,

    /** The snapshots that hold a readable copy of draft `id`, newest first; damaged snapshots are skipped. */
    async listDraftBackups(id: string): Promise<DraftBackupSummary[]> {
      const result: DraftBackupSummary[] = [];
      for (const at of await listBackupStamps()) {
        let records: JournalRecord[];
        try {
          records = await readBackupRecords(at);
        } catch (error) {
          log(`[journal] skipped a damaged backup ${at}`, error);
          continue;
        }
        const record = records.find((r) => r.id === id);
        if (record) result.push({ at, title: record.title, updatedAt: record.updatedAt, revision: record.revision });
      }
      return result;
    },

    /**
     * Makes draft `id`'s copy in backup `at` the current state (D-06): the state before, if the journal has
     * one, is kept first as a 'restore' checkpoint (`undoRevisionId`), as for a revision restore.
     */
    async restoreBackup(id: string, at: number): Promise<{ record: JournalRecord; undoRevisionId: string | null }> {
      if (!(await listBackupStamps()).includes(at)) throw new NotFoundError();
      const old = (await readBackupRecords(at)).find((r) => r.id === id);
      if (!old) throw new NotFoundError();
      return serialised(id, async () => {
        const current = (await loadIndex()).get(id);
        const restoredAt = now();
        const undo = current ? await writeRevision(current, 'restore', 'Trước khi khôi phục từ bản sao lưu', restoredAt) : null;
        const { checkpoint: _c, ...content } = old;
        const record: JournalRecord = { ...content, revision: Math.max(current?.revision ?? 0, old.revision) + 1, updatedAt: restoredAt };
        if (current?.deletedAt === undefined) delete record.deletedAt;
        else record.deletedAt = current.deletedAt;
        await putRecord(record);
        return { record, undoRevisionId: undo?.revisionId ?? null };
      });
    },

    async rotateBackups(): Promise<void> {
      const stamps = await this.listBackups();
      const keep = backupsToKeep(stamps, now(), policy);
      for (const stamp of stamps) if (!keep.has(stamp)) await fs.remove(paths.backup(stamp));
    },
  };
}

export type DraftJournal = ReturnType<typeof createDraftJournal>;
