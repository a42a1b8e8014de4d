/**
 * The latest state of every draft, `drafts/<id>.json`: the index of them (loaded once, checked, damaged files
 * set aside and replaced by a stand-in), and writing a new state — a version-2 manifest after the records it
 * names, or a whole record. Each file is written atomically, so a crash leaves the previous good state.
 */
import { join } from 'node:path';
import type { JournalDraftSummary } from '../../electron/ipc/journal-types';
import type { PreparedWrite } from '../files/atomic-write';
import { errorCode } from '../files/file-write-error';
import type { JournalEncoder } from './journal-encoder';
import type { JournalFs } from './journal-fs';
import { DRAFT_ID_PATTERN } from '../../core/model/ids';
import type { JournalPaths } from './journal-paths';
import type { JournalRecord } from './journal-record';
import { contentOfManifest, hashesOf, manifestOfRecord, recordOfFile } from './draft-assembly';
import { decodeDraftFile, encodeManifest, type DraftFile, type DraftManifest } from './journal-manifest';
import { createMadeFolders } from './made-folders';
import type { SectionBlobs } from './section-blobs';
import type { CheckedContent } from './split-draft-check';

export interface DraftFilesOptions {
  fs: JournalFs;
  paths: JournalPaths;
  write(path: string, data: Uint8Array): Promise<void>;
  /** The first half of `write` (temp file written and fsynced), put in place by its `commit()`. */
  prepare(path: string, data: Uint8Array): Promise<PreparedWrite>;
  encoder: JournalEncoder;
  blobs: SectionBlobs;
  now(): number;
  log(message: string, error?: unknown): void;
  /** The newest readable copy of a draft whose own file is damaged or lost (a checkpoint, else a backup). */
  standIn(id: string): Promise<JournalRecord | null>;
}

export type DraftMeta = Omit<JournalRecord, 'report' | 'checkpoint'>;

export const metaOf = (file: DraftFile): DraftMeta => {
  const {
    report: _r,
    checkpoint: _c,
    ...fromRecord
  } = file.version === 1 ? file.record : { ...file.manifest, report: null };
  if (file.version === 1) return fromRecord;
  const { head: _h, chapterIds: _i, sections: _s, bytes: _b, ...meta } = fromRecord as DraftManifest;
  return meta;
};

export const summaryOf = (file: DraftFile): JournalDraftSummary => metaOf(file);

export function createDraftFiles(options: DraftFilesOptions) {
  const { fs, paths, write, prepare, encoder, blobs, now, log } = options;
  let index: Map<string, DraftFile> | undefined;
  /** Drafts whose own file could not be read, even when a checkpoint or backup stood in for it. */
  const damaged = new Set<string>();
  const folders = createMadeFolders((path) => fs.mkdir(path));
  /** The drafts folder was found gone: every draft's records went with it. */
  const draftsGone = () => blobs.forgetAll();
  const writeDraftFile = (path: string, data: Uint8Array) =>
    folders.writeIn(paths.drafts, () => write(path, data), draftsGone);

  /** The file as written, whole and checked (for a manifest: every record it names is there and intact). */
  async function readChecked(id: string): Promise<DraftFile | null> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(paths.draft(id));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') log(`[journal] could not read ${paths.draft(id)}`, error);
      return null;
    }
    const file = decodeDraftFile(bytes);
    if (!file || metaOf(file).id !== id) return null;
    if (file.version === 2 && !(await contentOfManifest(blobs, file.manifest))) return null;
    return file;
  }

  async function put(file: DraftFile): Promise<void> {
    const { id } = metaOf(file);
    const path = paths.draft(id); // throws on an unsafe id, before anything is created
    await writeDraftFile(path, file.version === 1 ? await encoder.encode(file.record) : encodeManifest(file.manifest));
    (await loadIndex()).set(id, file);
    damaged.delete(id);
  }

  /**
   * A damaged draft file must not hide the draft (power cut, bad sector, hand edit): its stand-in is written
   * as the draft's file and the damaged one kept aside (`<id>.damaged-<ms>.json`) for a technician.
   */
  async function salvage(id: string, damagedFile: boolean): Promise<DraftFile | null> {
    damaged.add(id);
    const found = await options.standIn(id);
    if (damagedFile) {
      const aside = join(paths.drafts, `${id}.damaged-${now()}.json`);
      await fs
        .rename(paths.draft(id), aside)
        .catch((error: unknown) => log(`[journal] could not set aside ${aside}`, error));
    }
    // Written back as the draft's file, so the draft stays known after a restart even when its only copy was in
    // a backup that rotation will later remove.
    if (found) {
      await writeDraftFile(paths.draft(id), await encoder.encode(found)).catch((error: unknown) =>
        log(`[journal] could not rewrite ${id}`, error),
      );
    }
    log(
      `[journal] draft ${id}: its file is damaged; ${found ? `using its copy of revision ${found.revision}` : 'no readable copy left'}`,
    );
    return found && { version: 1, record: found };
  }

  async function loadIndex(): Promise<Map<string, DraftFile>> {
    if (index) return index;
    const loaded = new Map<string, DraftFile>();
    let names: string[] = [];
    try {
      names = await fs.readdir(paths.drafts);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!DRAFT_ID_PATTERN.test(id)) continue;
      const file = (await readChecked(id)) ?? (await salvage(id, true));
      if (file) loaded.set(id, file);
    }
    // A draft folder without its draft file (the file was lost, not just damaged).
    for (const name of names) {
      if (!DRAFT_ID_PATTERN.test(name) || loaded.has(name) || names.includes(`${name}.json`)) continue;
      const hasRevisions = await fs.readdir(paths.revisions(name)).then(
        (n) => n.length > 0,
        () => false,
      );
      if (!hasRevisions) continue;
      const stand = await salvage(name, false);
      if (stand) loaded.set(name, stand);
    }
    index ??= loaded;
    return index;
  }

  return {
    loadIndex,
    put,
    isDamaged: (id: string) => damaged.has(id),

    async get(id: string): Promise<DraftFile | undefined> {
      return (await loadIndex()).get(id);
    },

    /** The whole record of the draft's latest state; null when its records cannot be read any more. */
    record: (file: DraftFile) => recordOfFile(blobs, file),

    /** Stores a whole record (a restore) as a version-2 manifest and its records. */
    async putRecord(record: JournalRecord): Promise<DraftFile> {
      const { manifest, texts } = manifestOfRecord(record);
      await blobs.putAll(record.id, texts);
      const file: DraftFile = { version: 2, manifest };
      await put(file);
      return file;
    },

    /**
     * Stores a checked autosave: the records not on disk yet and the manifest naming them are written at once,
     * and the manifest is put in place only once every record is (a crash in between leaves the previous
     * manifest, whose records are all still there).
     */
    async putContent(meta: DraftMeta, checked: CheckedContent): Promise<DraftFile> {
      let bytes = checked.content.head.length;
      for (const text of checked.content.sections.values()) bytes += text.length;
      const manifest: DraftManifest = {
        ...meta,
        head: checked.headHash,
        chapterIds: checked.content.chapterIds,
        sections: checked.hashes,
        bytes,
      };
      const file: DraftFile = { version: 2, manifest };
      const path = paths.draft(meta.id); // throws on an unsafe id, before anything is created
      let gone = false;
      const [records, prepared] = await Promise.allSettled([
        blobs.putAll(meta.id, checked.texts),
        folders.writeIn(
          paths.drafts,
          () => prepare(path, encodeManifest(manifest)),
          () => {
            gone = true;
            draftsGone();
          },
        ),
      ]);
      if (records.status === 'rejected') {
        if (prepared.status === 'fulfilled') await prepared.value.abort();
        throw records.reason;
      }
      if (prepared.status === 'rejected') throw prepared.reason;
      // The drafts folder vanished since the last save, with the records it held: they are written again
      // before the manifest naming them is put in place.
      if (gone)
        await blobs.putAll(meta.id, checked.texts).catch(async (error: unknown) => {
          await prepared.value.abort();
          throw error;
        });
      await prepared.value.commit();
      (await loadIndex()).set(meta.id, file);
      damaged.delete(meta.id);
      return file;
    },

    /** Records already validated for this draft: an autosave skips checking them again. */
    validHashes: (file: DraftFile | undefined) => new Set(file ? hashesOf(file) : []),

    async remove(id: string): Promise<void> {
      await fs.remove(paths.draft(id));
      await fs.remove(paths.draftDir(id));
      blobs.forget(id);
      index?.delete(id);
    },
  };
}

export type DraftFiles = ReturnType<typeof createDraftFiles>;
