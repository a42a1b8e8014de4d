/**
 * Removes what an interrupted write left behind (stick pulled, power cut): temp files and folders
 * carrying our exact prefix, older than an hour so a write in progress in another window is never
 * touched (M-04). Anything else in the folder is left alone. Best effort: a failure here must not
 * stop the export itself.
 */
import { TEMP_PREFIX } from './atomic-write';
import type { SubmissionFs } from './verified-write-fs';
import { join } from 'node:path';

export const STALE_AFTER_MS = 60 * 60 * 1000;
const TEMP_NAME = /^\.~soan-bao-cao-[0-9a-f]{12}\.tmp$/;

export function isOurTempName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) && TEMP_NAME.test(name);
}

export async function cleanupStaleTemps(fsx: SubmissionFs, dir: string, nowMs: number): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fsx.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names.filter(isOurTempName)) {
    const path = join(dir, name);
    try {
      const stat = await fsx.lstat(path);
      if (nowMs - stat.mtimeMs < STALE_AFTER_MS) continue;
      await fsx.rm(path);
      removed.push(name);
    } catch {
      // Left for the next export.
    }
  }
  return removed;
}
