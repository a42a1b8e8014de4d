/**
 * The journal's section and head records on disk: `drafts/<id>/records/<sha256>.json`, named by the SHA-256 of
 * their text. A record is never rewritten — a changed section is a new file — so a draft file (the manifest,
 * journal-manifest.ts) written atomically after its new records always names complete ones, and a power cut
 * between the two leaves the previous manifest with the records it names. Reading checks the hash, so a
 * damaged record reads as absent. Since the name is the content's, a new record is written straight under it
 * (no temp file and rename) and one folder fsync covers all of a save's new records. Records no manifest names
 * any more are removed by `collect`.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { JournalFs } from './journal-fs';
import { errorCode } from '../files/file-write-error';
import { createMadeFolders } from './made-folders';

export const RECORD_NAME_PATTERN = /^([0-9a-f]{64})\.json$/;

export function recordHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface SectionBlobsOptions {
  fs: JournalFs;
  /** `drafts/<id>/records`, from journal-paths (which checks the id). */
  dir(draftId: string): string;
  /** Replaces a file atomically: a record left cut short under its name is written again this way. */
  write(path: string, data: Uint8Array): Promise<void>;
  /** Writes and fsyncs a file that must not exist yet (EEXIST otherwise); `created` runs once its name is in. */
  create(path: string, data: Uint8Array, created: () => void): Promise<void>;
  /** Makes the folder's new entries durable. */
  syncFolder(dir: string): Promise<void>;
}

export function createSectionBlobs({ fs, dir, write, create, syncFolder }: SectionBlobsOptions) {
  /** Hashes known to be on disk and intact, per draft (written or read back this session): never written again. */
  const present = new Map<string, Set<string>>();
  /** Hashes whose files were listed on disk but not read yet: a damaged one must be written again, not trusted. */
  const listed = new Map<string, Set<string>>();
  const folders = createMadeFolders((path) => fs.mkdir(path));

  /** Forgets what was known of the draft's records folder (removed, or found gone). */
  function forget(draftId: string): void {
    present.delete(draftId);
    listed.delete(draftId);
  }

  async function presentOf(draftId: string): Promise<Set<string>> {
    let known = present.get(draftId);
    if (known) return known;
    known = new Set();
    const names = new Set<string>();
    try {
      for (const name of await fs.readdir(dir(draftId))) {
        const match = RECORD_NAME_PATTERN.exec(name);
        if (match) names.add(match[1]!);
      }
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    present.set(draftId, known);
    listed.set(draftId, names);
    return known;
  }

  /** The record's text, or null when it is missing or damaged (its hash does not match). */
  async function get(draftId: string, hash: string): Promise<string | null> {
    if (!/^[0-9a-f]{64}$/.test(hash)) return null;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(
        await fs.readFile(join(dir(draftId), `${hash}.json`)),
      );
      if (recordHash(text) !== hash) return null;
      (await presentOf(draftId)).add(hash);
      return text;
    } catch {
      return null;
    }
  }

  return {
    get,

    /**
     * Writes the records not on disk yet (or damaged there), all at once, each fsynced, and fsyncs their folder
     * meanwhile. When the folder turns out to be gone, every record of `records` is written again into a new one.
     */
    async putAll(draftId: string, records: ReadonlyMap<string, string>): Promise<void> {
      const known = await presentOf(draftId);
      let missing: [string, string][] = [];
      for (const [hash, text] of records) {
        if (known.has(hash)) continue;
        if (listed.get(draftId)?.has(hash) && (await get(draftId, hash)) !== null) continue;
        missing.push([hash, text]);
      }
      if (missing.length === 0) return;
      const folder = dir(draftId);
      const encoder = new TextEncoder();
      const writeMissing = async () => {
        const written = await presentOf(draftId);
        // The folder is fsynced once every new name is in it, while the files' contents are being fsynced:
        // both are durable before the manifest naming them is put in place, one wait instead of two.
        let unnamed = missing.length;
        let allNamed!: () => void;
        const named = new Promise<void>((resolve) => (allNamed = resolve));
        const nameIsIn = () => {
          if (--unnamed === 0) allNamed();
        };
        const files = Promise.all(
          missing.map(async ([hash, text]) => {
            const path = join(folder, `${hash}.json`);
            const data = encoder.encode(text);
            try {
              await create(path, data, nameIsIn);
            } catch (error) {
              // A record cut short earlier holds the name (its hash did not match when read): replace it (the
              // atomic write fsyncs the folder after its own rename).
              if (errorCode(error) !== 'EEXIST') throw error;
              nameIsIn();
              await write(path, data);
            }
          }),
        );
        await Promise.all([files, named.then(() => syncFolder(folder))]);
        // Known present only once their folder entries are durable too: a later save skips them.
        for (const [hash] of missing) written.add(hash);
      };
      await folders.writeIn(folder, writeMissing, () => {
        forget(draftId);
        missing = [...records];
      });
    },

    /** Removes the draft's records that are not in `keep` (what its file and its revisions still name). */
    async collect(draftId: string, keep: ReadonlySet<string>): Promise<void> {
      const known = await presentOf(draftId);
      const onDisk = new Set([...known, ...(listed.get(draftId) ?? [])]);
      for (const hash of onDisk) {
        if (keep.has(hash)) continue;
        await fs.remove(join(dir(draftId), `${hash}.json`));
        known.delete(hash);
        listed.get(draftId)?.delete(hash);
      }
    },

    /** The draft's folder was removed (purge): forget what we knew. */
    forget(draftId: string): void {
      forget(draftId);
      folders.forget(dir(draftId));
    },

    /** The drafts folder was found gone, and every draft's records with it: nothing known is trusted any more. */
    forgetAll(): void {
      for (const draftId of [...present.keys(), ...listed.keys()]) {
        forget(draftId);
        folders.forget(dir(draftId));
      }
    },
  };
}

export type SectionBlobs = ReturnType<typeof createSectionBlobs>;
