/** The real file system behind PackageFs: capped reads, atomic writes (temp + fsync + rename). */
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../atomic-write';
import { readFileCapped } from '../read-file-capped';
import type { PackageFs } from './package-copy';

export const realPackageFs: PackageFs = {
  readFileCapped,
  writeFileAtomic: (path, data) => writeFileAtomic(path, data),
  mkdir: async (path) => {
    await fs.mkdir(path, { recursive: true });
  },
  remove: (path) => fs.rm(path, { recursive: true, force: true }),
};
