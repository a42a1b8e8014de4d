/**
 * Reads a whole user-chosen file only if it is a regular file of at most `maxBytes` (I-03). stat's size
 * is not trusted: a symlink to /dev/zero reports 0 bytes and never ends, and a FIFO blocks open() until
 * someone writes, holding one of libuv's four pool threads (four such picks and even journal saves
 * stall). So: lstat (and stat a symlink's target), refuse anything but a regular file, open without
 * blocking, check the opened handle again (a swap between check and open is caught there), and count
 * the bytes actually read, stopping at the cap + 1.
 */
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';

const CHUNK_BYTES = 64 * 1024;

/** Thrown for a directory (code EISDIR) or a FIFO, device or socket (code ENOTREG). */
export class NotARegularFileError extends Error {
  readonly code: 'EISDIR' | 'ENOTREG';
  constructor(path: string, isDirectory: boolean) {
    super(`${isDirectory ? 'directory' : 'not a regular file'}: ${path}`);
    this.code = isDirectory ? 'EISDIR' : 'ENOTREG';
  }
}

// O_NONBLOCK: open() of a FIFO returns at once instead of waiting for a writer. Not on Windows.
const OPEN_FLAGS =
  constants.O_RDONLY |
  (process.platform !== 'win32' && typeof constants.O_NONBLOCK === 'number' ? constants.O_NONBLOCK : 0);

export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const link = await lstat(path);
  const target = link.isSymbolicLink() ? await stat(path) : link;
  if (!target.isFile()) throw new NotARegularFileError(path, target.isDirectory());
  const handle = await open(path, OPEN_FLAGS);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotARegularFileError(path, opened.isDirectory());
    if (opened.size > maxBytes) return 'too-large';
    // The file may grow after stat: read what is there, never more than the cap + 1 byte.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // The first read asks for the whole announced size (+1 to see the end), later ones go by chunks.
      const want = Math.min(Math.max(CHUNK_BYTES, opened.size + 1 - total), maxBytes + 1 - total);
      const buffer = new Uint8Array(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
    }
    if (chunks.length === 1) return chunks[0]!;
    const data = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      data.set(chunk, at);
      at += chunk.length;
    }
    return data;
  } finally {
    await handle.close();
  }
}
