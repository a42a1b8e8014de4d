/**
 * Writes and fsyncs a file under a name nothing uses yet ('wx': never follows or reuses an existing path, EEXIST
 * when the name is taken); a failed write removes what it left. The atomic writer's temp file is made this way.
 * Content-addressed files (the journal's records, named by the hash of their text) are written straight under
 * their own name: no rename, so one folder fsync for a batch of them (`syncFolder`) makes all their entries
 * durable, and a file cut short by a power cut reads as missing, never as content, since its reader checks the
 * hash.
 */
import type { AtomicFileHandle, AtomicFs } from './atomic-write';
import { errorCode, FileWriteError, type WriteStep } from './file-write-error';

/** `created` runs once the name is in its folder, before the content is written: a folder fsync may start then. */
export async function createFileDurable(
  filePath: string,
  data: Uint8Array,
  fsx: AtomicFs,
  created?: () => void,
): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fsx.open(filePath, 'wx');
  } catch (error) {
    throw new FileWriteError(errorCode(error), 'open', error);
  }
  created?.();
  let step: WriteStep = 'write';
  try {
    await handle.writeFile(data);
    step = 'fsync';
    await handle.sync();
    step = 'close';
    const h = handle;
    handle = undefined;
    await h.close();
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    // What is left under the name is not the content: remove it (a reader would also reject it by its hash).
    await fsx.unlink(filePath).catch(() => undefined);
    throw new FileWriteError(errorCode(error), step, error);
  }
}
