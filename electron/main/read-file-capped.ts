/** Reads a whole file only if it is at most `maxBytes`; a huge or endless file is never loaded (I-03). */
import { open } from 'node:fs/promises';

export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return 'too-large';
    const data = await handle.readFile();
    return data.length > maxBytes ? 'too-large' : new Uint8Array(data.buffer, data.byteOffset, data.length);
  } finally {
    await handle.close();
  }
}
