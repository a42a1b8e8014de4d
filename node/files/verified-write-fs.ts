/**
 * The file-system calls of the verified writer and the submission bundle, injectable so a test can
 * fail any one of them (T-01). Extends the atomic writer's `AtomicFs`; Node's fs satisfies it.
 */
import { promises as fs } from 'node:fs';
import { realFs, type AtomicFs } from './atomic-write';

export interface DirEntryStat {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  mtimeMs: number;
}

export interface FsSpace {
  /** Free blocks available to an unprivileged user, and the block size. */
  bavail: number;
  bsize: number;
  /** File-system magic on Linux/macOS (0x4d44 = FAT); 0 where unknown. */
  type: number;
}

export interface SubmissionFs extends AtomicFs {
  lstat(path: string): Promise<DirEntryStat>;
  statfs(path: string): Promise<FsSpace>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** Recursive, and no error when the path is already gone. */
  rm(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
}

export const realSubmissionFs: SubmissionFs = {
  ...realFs,
  lstat: (path) => fs.lstat(path),
  statfs: async (path) => {
    const s = await fs.statfs(path);
    return { bavail: Number(s.bavail), bsize: Number(s.bsize), type: Number(s.type) };
  },
  readdir: (path) => fs.readdir(path),
  mkdir: async (path) => {
    await fs.mkdir(path);
  },
  rm: (path) => fs.rm(path, { recursive: true, force: true }),
  readFile: async (path) => {
    const data = await fs.readFile(path);
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  },
};
