/**
 * Writes a file under a name nothing uses yet, straight under that name: no temp file and no rename, so one
 * folder fsync after a batch of them (`syncFolder`) makes all their entries durable. Only for content-addressed
 * files (the journal's records, named by the hash of their text): a reader checks the hash, so a file cut short
 * by a power cut reads as missing, never as content. Fails with EEXIST when the name is taken (a file cut short
 * earlier): the caller then replaces it atomically.
 */
import type { AtomicFileHandle, AtomicFs } from './atomic-write';
import { errorCode, FileWriteError, type WriteStep } from './file-write-error';

export async function createFileDurable(filePath: string, data: Uint8Array, fsx: AtomicFs): Promise<void> {
  let step: WriteStep = 'open';
  let handle: AtomicFileHandle | undefined;
  try {
    // 'wx': never follows or reuses an existing path.
    handle = await fsx.open(filePath, 'wx');
  } catch (error) {
    throw new FileWriteError(errorCode(error), step, error);
  }
  try {
    step = 'write';
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
