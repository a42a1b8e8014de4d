/**
 * The real file system behind PackageFs: capped reads, atomic writes (temp + fsync + rename), and
 * owner-only folders (0700 on POSIX; on Windows userData's ACL already limits them to the user).
 */
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../files/atomic-write';
import { readFileCapped } from '../files/read-file-capped';
import type { PackageFs } from './package-copy';

const PRIVATE_DIR_MODE = 0o700;

export const realPackageFs: PackageFs = {
  readFileCapped,
  writeFileAtomic: (path, data) => writeFileAtomic(path, data),
  mkdir: async (path) => {
    await fs.mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE });
    // mkdir leaves an existing folder's mode alone: tighten it too.
    if (process.platform !== 'win32') await fs.chmod(path, PRIVATE_DIR_MODE);
  },
  remove: (path) => fs.rm(path, { recursive: true, force: true }),
};
