/**
 * Finds the submission folders under a chosen folder or stick: a folder holding a `manifest.json` is one; others
 * are looked into down to `maxDepth` levels. Entries are streamed (`opendir`), never listed whole, and counted
 * against one cap, so a stick with 10,000 files or a folder of a million entries is refused in bounded time and
 * memory. Symbolic links and junctions are never followed (their dirent says link, not directory), so a link
 * loop or a link to C:\ cannot pull the scan elsewhere.
 */
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_NAME } from '../../core/submission/bundle-names';
import { SCAN_MESSAGES } from './inbox-messages';
import type { InboxLimits } from '../../core/submission/inbox-limits';

export class InboxScanError extends Error {}

export interface FoundFolders {
  /** Absolute paths of submission folders, in the order found (sorted per folder by name). */
  bundles: string[];
}

export async function findBundleFolders(
  root: string,
  limits: Pick<InboxLimits, 'maxDepth' | 'maxEntries' | 'maxBundles'>,
  deadline: number,
): Promise<FoundFolders> {
  let entries = 0;
  const bundles: string[] = [];
  let level: string[] = [root];
  for (let depth = 0; depth <= limits.maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const folder of level) {
      const { isBundle, subfolders } = await readFolder(folder, depth === 0, () => {
        if (++entries > limits.maxEntries) throw new InboxScanError(SCAN_MESSAGES.tooManyEntries(limits.maxEntries));
        if (Date.now() > deadline) throw new InboxScanError(SCAN_MESSAGES.timedOut);
      });
      if (isBundle) {
        bundles.push(folder);
        if (bundles.length > limits.maxBundles)
          throw new InboxScanError(SCAN_MESSAGES.tooManyBundles(limits.maxBundles));
      } else if (depth < limits.maxDepth) next.push(...subfolders.sort().map((name) => join(folder, name)));
    }
    level = next;
  }
  return { bundles };
}

async function readFolder(
  folder: string,
  isRoot: boolean,
  count: () => void,
): Promise<{ isBundle: boolean; subfolders: string[] }> {
  let dir;
  try {
    dir = await opendir(folder, { bufferSize: 64 });
  } catch (error) {
    const code = errorCode(error);
    if (!isRoot) return { isBundle: false, subfolders: [] };
    throw new InboxScanError(
      code === 'ENOTDIR' ? SCAN_MESSAGES.notFolder(folder) : SCAN_MESSAGES.unreadable(folder, code),
    );
  }
  const subfolders: string[] = [];
  let isBundle = false;
  try {
    for await (const entry of dir) {
      count();
      // A manifest that is a link or a folder still marks the folder, so verification refuses it by name.
      if (entry.name.toLowerCase() === MANIFEST_NAME) isBundle = true;
      // Hidden folders include the writer's half-written temp folders (".~soan-bao-cao-…").
      else if (entry.isDirectory() && !entry.name.startsWith('.')) subfolders.push(entry.name);
    }
  } finally {
    // for-await closes the handle when it finishes or throws; closing again is harmless.
    await dir.close().catch(() => undefined);
  }
  return { isBundle, subfolders: isBundle ? [] : subfolders };
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : 'không rõ';
}
