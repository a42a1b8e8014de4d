/**
 * The file-system calls the journal makes, injectable so tests can fail any one of them (T-01). Writes go
 * through writeFileAtomic (temp + fsync + rename + folder fsync) or, for records named by their content's hash,
 * createFileDurable (write + fsync, then one folder fsync), so this adds only reading and housekeeping.
 */
import { promises as fs } from 'node:fs';
import { realFs, type AtomicFs } from '../files/atomic-write';

export interface JournalFs extends AtomicFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Size in bytes, without reading the file (revision pruning weighs up to 100 MB of checkpoints). */
  size(path: string): Promise<number>;
  /** Names in a folder; throws ENOENT when it does not exist. */
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** Removes a file or folder tree; no error when it is already gone. */
  remove(path: string): Promise<void>;
}

export const realJournalFs: JournalFs = {
  ...realFs,
  readFile: async (path) => new Uint8Array(await fs.readFile(path)),
  size: async (path) => (await fs.stat(path)).size,
  readdir: (path) => fs.readdir(path),
  mkdir: async (path) => {
    await fs.mkdir(path, { recursive: true });
  },
  remove: (path) => fs.rm(path, { recursive: true, force: true }),
};
