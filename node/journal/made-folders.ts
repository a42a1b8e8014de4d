/**
 * The journal's folders, made once per session instead of before every write: a recursive mkdir on each
 * autosave cost main more than the rest of the check of a small edit. A folder removed while the app runs (by
 * hand, by a cleaning tool) shows as ENOENT on the write; it is then made again and the write retried once.
 */
import { errorCode } from '../files/file-write-error';

export function createMadeFolders(mkdir: (path: string) => Promise<void>) {
  const made = new Set<string>();

  async function make(folder: string): Promise<void> {
    await mkdir(folder);
    made.add(folder);
  }

  return {
    /**
     * Runs `write` (which writes into `folder`) once the folder exists. `gone` runs before the retry when the
     * folder was found missing: whatever the caller knew about the folder's files is gone with it.
     */
    async writeIn<T>(folder: string, write: () => Promise<T>, gone?: () => void): Promise<T> {
      if (!made.has(folder)) await make(folder);
      try {
        return await write();
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
        made.delete(folder);
        gone?.();
        await make(folder);
        return write();
      }
    },

    /** The folder was removed on purpose (a purged draft): the next write into it makes it first. */
    forget(folder: string): void {
      made.delete(folder);
    },
  };
}

export type MadeFolders = ReturnType<typeof createMadeFolders>;
