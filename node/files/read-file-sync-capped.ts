/**
 * Synchronous capped read for the quit-time install check (Electron's `quit` event does not wait for
 * promises). Only a regular file is read: opened non-blocking and checked with fstat first, so a FIFO or
 * device put in its place can neither hang the quit nor feed endless bytes.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export function readFileSyncCapped(path: string, maxBytes: number): Uint8Array | 'too-large' | null {
  let fd: number;
  try {
    // O_NONBLOCK does not exist on Windows (0 there), where FIFOs cannot sit in a folder anyway.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return null;
    if (stat.size > maxBytes) return 'too-large';
    const data = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < data.length) {
      const read = readSync(fd, data, offset, data.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    // Shorter than fstat said (truncated meanwhile): what was read is what is checked.
    return offset === data.length ? data : data.subarray(0, offset);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
