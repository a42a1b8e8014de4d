/**
 * The draft journal beside IndexedDB (D-01, D-04…D-07): main keeps the latest state of every draft in
 * `userData/drafts/<id>.json` (draft-files.ts) with its section records in `drafts/<id>/records/`
 * (section-blobs.ts), checkpoints and named versions in `drafts/<id>/revisions/` (revision-files.ts), and rolling
 * snapshots of all drafts in `userData/backups/` (backup-files.ts). Every file that names others is replaced
 * atomically (temp + fsync + rename + folder fsync) only after what it names is on disk (a record, named by the
 * hash of its text, is written once under its name and fsynced with its folder), so a crash or a full disk leaves
 * the previous good copy in place. This file ties them
 * together: operations on one draft are serialised; clock and file system are injected.
 */
import { randomBytes } from 'node:crypto';
import type { Report } from '../../core/model/report-schema';
import { flattenSections, sectionJson } from '../../core/model/section-records';
import type {
  JournalDraftInput,
  JournalDraftSummary,
  JournalSaveReason,
  RecoverableDraft,
  RevisionSummary,
} from '../../electron/ipc/journal-types';
import { createBackupFiles } from './backup-files';
import { contentOfReport } from './draft-content';
import { createDraftFiles, metaOf, summaryOf, type DraftMeta } from './draft-files';
import type { DraftFile } from './journal-manifest';
import { createRevisionFiles, RevisionDamagedError, RevisionNotFoundError } from './revision-files';
import { createSectionBlobs, recordHash } from './section-blobs';
import {
  checkSplitDraft,
  rememberShape,
  withKeptRecords,
  type CheckedContent,
  type CheckMemo,
  type SplitDraft,
} from './split-draft-check';
import { prepareFileAtomic, syncFolder, writeFileAtomic, type AtomicWriteOptions } from '../files/atomic-write';
import { createFileDurable } from '../files/create-file-durable';
import { journalPaths } from './journal-paths';
import type { JournalFs } from './journal-fs';
import { inProcessEncoder, type JournalEncoder } from './journal-encoder';
import type { JournalRecord } from './journal-record';
import { findRecoverable } from './recovery-check';
import {
  DEFAULT_BACKUP_POLICY,
  DEFAULT_REVISION_CAPS,
  isTrashExpired,
  needsAutoCheckpoint,
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
  /** Where whole records (backups, version-1 stand-ins) are encoded: a worker thread in the app, in-process by default. */
  encoder?: JournalEncoder | undefined;
}

type DraftInputMeta = Omit<JournalDraftInput, 'report' | 'sections'>;

/** A save of a whole report that already passed the report schema (import, restore, new draft). */
export interface ValidDraftInput extends DraftInputMeta {
  report: Report;
}

/** An autosave in record texts, checked here against what the journal already holds (split-draft-check.ts). */
export interface SplitDraftInput extends DraftInputMeta {
  split: SplitDraft;
  /** A delta autosave: `split.records` holds only changed records, these ids are unchanged since `base`. */
  delta?: { keep: readonly string[]; base: string | undefined } | undefined;
}

export interface SaveOutcome {
  revision: number;
  savedAt: number;
  checkpointId?: string | undefined;
  /** Names the state just saved, for the next delta autosave of this draft. */
  base: string;
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

/** The content of a whole report, as the autosave's check would return it. */
function checkedOfReport(report: Report): CheckedContent {
  const content = contentOfReport(report);
  const headHash = recordHash(content.head);
  const texts = new Map([[headHash, content.head]]);
  const hashes: [string, string][] = [];
  const hashed = new Map<string, [string, string]>();
  for (const section of flattenSections(report.sections) ?? []) {
    const text = sectionJson(section);
    const hash = recordHash(text);
    texts.set(hash, text);
    hashes.push([section.id, hash]);
    hashed.set(section.id, [text, hash]);
    rememberShape(
      hash,
      section.children.map((c) => c.id),
      section.level,
    );
  }
  return { content, headHash, hashes, texts, title: report.title.trim().slice(0, 300), memo: { hashed } };
}

export function createDraftJournal(options: DraftJournalOptions) {
  const { fs, now } = options;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const paths = journalPaths(options.userData);
  const encoder = options.encoder ?? inProcessEncoder;
  const write = (path: string, data: Uint8Array) => writeFileAtomic(path, data, fs, options.atomic);
  const prepare = (path: string, data: Uint8Array) => prepareFileAtomic(path, data, fs, options.atomic);
  const blobs = createSectionBlobs({
    fs,
    dir: paths.records,
    write,
    create: (path, data, created) => createFileDurable(path, data, fs, created),
    syncFolder: (dir) => syncFolder(fs, dir, options.atomic?.platform),
  });
  const revisions = createRevisionFiles({
    fs,
    paths,
    write,
    encoder,
    blobs,
    caps: options.revisionCaps ?? DEFAULT_REVISION_CAPS,
  });
  const backups = createBackupFiles({
    fs,
    paths,
    write,
    encoder,
    policy: options.backupPolicy ?? DEFAULT_BACKUP_POLICY,
    now,
    log,
  });
  const drafts = createDraftFiles({
    fs,
    paths,
    write,
    prepare,
    encoder,
    blobs,
    now,
    log,
    standIn: async (id) => (await revisions.newestReadable(id)) ?? (await backups.newestCopy(id)),
  });
  const lastAutoCheckpoint = new Map<string, number>();
  /** What each draft's last save checked, for its next autosave (a few drafts: the ones being edited). */
  const memos = new Map<string, CheckMemo>();
  const queues = new Map<string, Promise<unknown>>();
  let dirty = false;

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

  async function requireFile(id: string): Promise<DraftFile> {
    const file = await drafts.get(id);
    if (!file) throw drafts.isDamaged(id) ? new DamagedError() : new NotFoundError();
    return file;
  }

  async function requireRecord(id: string): Promise<JournalRecord> {
    const record = await drafts.record(await requireFile(id));
    if (!record) throw new DamagedError();
    return record;
  }

  /** Records no longer named by the draft or any of its revisions are removed (after a checkpoint's pruning). */
  async function collectRecords(id: string): Promise<void> {
    const current = await drafts.get(id);
    const keep = await revisions.namedHashes(id);
    if (!current || !keep) return;
    for (const hash of drafts.validHashes(current)) keep.add(hash);
    await blobs.collect(id, keep);
  }

  async function checkpoint(
    file: DraftFile,
    kind: 'auto' | 'named' | 'restore',
    name: string,
    at: number,
  ): Promise<RevisionSummary> {
    const summary = await revisions.write(file, kind, name, at);
    await collectRecords(metaOf(file).id).catch((error: unknown) =>
      log('[journal] could not remove unused records', error),
    );
    return summary;
  }

  const readRevision = async (id: string, revisionId: string) => {
    try {
      return await revisions.read(id, revisionId);
    } catch (error) {
      if (error instanceof RevisionNotFoundError) throw new NotFoundError();
      if (error instanceof RevisionDamagedError) throw new DamagedError();
      throw error;
    }
  };

  /** Puts `old` back as the current state, after keeping the current one as an undoable 'restore' checkpoint. */
  async function restoreRecord(id: string, old: JournalRecord, undoName: string, revisionAtLeast: number) {
    const current = await drafts.get(id);
    // The draft's state changes under the renderer: its next autosave must send the whole draft again.
    memos.delete(id);
    const at = now();
    const undo = current ? await checkpoint(current, 'restore', undoName, at) : null;
    const currentMeta = current && metaOf(current);
    const { checkpoint: _c, ...content } = old;
    const record: JournalRecord = {
      ...content,
      revision: Math.max(currentMeta?.revision ?? 0, revisionAtLeast) + 1,
      updatedAt: at,
    };
    if (currentMeta?.deletedAt === undefined) delete record.deletedAt;
    else record.deletedAt = currentMeta.deletedAt;
    await drafts.putRecord(record);
    dirty = true;
    return { record, undoRevisionId: undo?.revisionId ?? null };
  }

  return {
    paths,

    /** Saves the latest state of a draft; resolves only once it is on disk (fsynced). */
    save(input: ValidDraftInput | SplitDraftInput, reason: JournalSaveReason): Promise<SaveOutcome> {
      return serialised(input.id, async () => {
        const memo = memos.get(input.id);
        const previous = await drafts.get(input.id);
        let checked: CheckedContent;
        if ('split' in input) {
          const { split, delta } = input;
          const whole = delta ? withKeptRecords(split, delta.keep, delta.base, memo) : split;
          checked = checkSplitDraft(whole, drafts.validHashes(previous), memo);
        } else checked = checkedOfReport(input.report);
        memos.delete(input.id);
        memos.set(input.id, checked.memo);
        if (memos.size > 4) memos.delete(memos.keys().next().value!);
        const savedAt = now();
        const meta: DraftMeta = {
          id: input.id,
          templateId: input.templateId,
          title: checked.title,
          createdAt: input.createdAt,
          updatedAt: input.updatedAt,
          lastStepKey: input.lastStepKey,
          revision: (previous ? metaOf(previous).revision : 0) + 1,
        };
        const file = await drafts.putContent(meta, checked);
        dirty = true;
        // Only a state on disk may be a base: a failed write leaves the memo without one (next delta: resend).
        const base = randomBytes(16).toString('hex');
        checked.memo.base = base;
        let checkpointId: string | undefined;
        if (needsAutoCheckpoint(lastAutoCheckpoint.get(input.id), savedAt, reason)) {
          // A failed checkpoint must not turn a successful save into an error: the draft itself is safe.
          try {
            checkpointId = (await checkpoint(file, 'auto', '', savedAt)).revisionId;
            lastAutoCheckpoint.set(input.id, savedAt);
          } catch (error) {
            log('[journal] checkpoint failed', error);
          }
        }
        return { revision: meta.revision, savedAt, checkpointId, base };
      });
    },

    async list(): Promise<JournalDraftSummary[]> {
      return [...(await drafts.loadIndex()).values()].map(summaryOf).sort((a, b) => b.updatedAt - a.updatedAt);
    },

    read: requireRecord,

    async recoveryCheck(indexedDb: readonly { id: string; updatedAt: number }[]): Promise<RecoverableDraft[]> {
      return findRecoverable(await this.list(), indexedDb);
    },

    /** Moves a draft to the trash (kept 30 days), or with `trashed: false` back out of it. */
    setTrashed(id: string, trashed: boolean): Promise<JournalDraftSummary> {
      return serialised(id, async () => {
        const file = await requireFile(id);
        const deletedAt = trashed ? now() : undefined;
        const withDeleted = <T extends { deletedAt?: number | undefined }>(meta: T): T => {
          const next = { ...meta };
          if (deletedAt === undefined) delete next.deletedAt;
          else next.deletedAt = deletedAt;
          return next;
        };
        const next: DraftFile =
          file.version === 1
            ? { version: 1, record: withDeleted(file.record) }
            : { version: 2, manifest: withDeleted(file.manifest) };
        await drafts.put(next);
        dirty = true;
        return summaryOf(next);
      });
    },

    /** Deletes drafts that have been in the trash for 30 days, with their revisions. Returns their ids. */
    async purgeTrash(): Promise<string[]> {
      const purged: string[] = [];
      for (const file of [...(await drafts.loadIndex()).values()]) {
        const { id, deletedAt } = metaOf(file);
        if (!isTrashExpired(deletedAt, now())) continue;
        memos.delete(id);
        await serialised(id, () => drafts.remove(id));
        purged.push(id);
      }
      return purged;
    },

    /** "Xóa vĩnh viễn": deletes a draft that is in the trash, with its revisions; a live draft is refused. */
    purge(id: string): Promise<void> {
      return serialised(id, async () => {
        if (metaOf(await requireFile(id)).deletedAt === undefined) throw new NotFoundError();
        memos.delete(id);
        await drafts.remove(id);
      });
    },

    createVersion(id: string, name: string): Promise<RevisionSummary> {
      return serialised(id, async () => checkpoint(await requireFile(id), 'named', name.trim().slice(0, 200), now()));
    },

    async listRevisions(id: string): Promise<RevisionSummary[]> {
      await requireFile(id);
      return revisions.list(id);
    },

    readRevision,

    /**
     * Makes a revision the current state. The state before is kept first as a 'restore' checkpoint, so the
     * restore itself can be undone by restoring that one.
     */
    async restoreRevision(id: string, revisionId: string): Promise<{ record: JournalRecord; undoRevisionId: string }> {
      const { record: old } = await readRevision(id, revisionId);
      return serialised(id, async () => {
        await requireFile(id);
        const { record, undoRevisionId } = await restoreRecord(id, old, 'Trước khi khôi phục', 0);
        return { record, undoRevisionId: undoRevisionId! };
      });
    },

    /** True when something was saved since the last backup. */
    isDirty: () => dirty,

    /** Snapshot of every draft into `backups/drafts-<ms>.json`, then old snapshots are rotated out. */
    async backupNow(): Promise<string> {
      const records: JournalRecord[] = [];
      for (const file of (await drafts.loadIndex()).values()) {
        const record = await drafts.record(file);
        if (record) records.push(record);
        else log(`[journal] draft ${metaOf(file).id} left out of the backup: its records cannot be read`);
      }
      const path = await backups.write(records);
      dirty = false;
      return path;
    },

    listBackups: backups.list,

    readBackup: backups.read,

    /** The snapshots that hold a readable copy of draft `id`, newest first; damaged snapshots are skipped. */
    listDraftBackups: backups.listForDraft,

    /**
     * Makes draft `id`'s copy in backup `at` the current state (D-06): the state before, if the journal has
     * one, is kept first as a 'restore' checkpoint (`undoRevisionId`), as for a revision restore.
     */
    async restoreBackup(id: string, at: number): Promise<{ record: JournalRecord; undoRevisionId: string | null }> {
      if (!(await backups.list()).includes(at)) throw new NotFoundError();
      const old = (await backups.read(at)).find((r) => r.id === id);
      if (!old) throw new NotFoundError();
      return serialised(id, () => restoreRecord(id, old, 'Trước khi khôi phục từ bản sao lưu', old.revision));
    },

    rotateBackups: backups.rotate,
  };
}

export type DraftJournal = ReturnType<typeof createDraftJournal>;
