/**
 * Reads the parts of a .docx zip without trusting it: the archive size, the entry count, every entry's actual
 * inflated size and the total are capped while inflating (declared sizes are ignored), so a zip bomb or many
 * entries sharing one compressed stream stop at the cap instead of exhausting memory.
 */
import { Inflate, strFromU8 } from 'fflate';
import { PACKAGE_LIMITS } from './import-limits';

export { PACKAGE_LIMITS };

export class PackageError extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

function centralDirectory(zip: Uint8Array): Entry[] {
  // End of central directory: at most 65,535 bytes of comment after it.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new PackageError('damaged');
  const count = u16(zip, eocd + 10);
  const offset = u32(zip, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new PackageError('damaged'); // zip64: never a real .docx
  if (count > PACKAGE_LIMITS.entries) throw new PackageError('entries');
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || u32(zip, p) !== 0x02014b50) throw new PackageError('damaged');
    const nameLength = u16(zip, p + 28);
    const name = strFromU8(zip.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method: u16(zip, p + 10), compressedSize: u32(zip, p + 20), localOffset: u32(zip, p + 42) });
    p += 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(zip: Uint8Array, entry: Entry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > zip.length || u32(zip, p) !== 0x04034b50) throw new PackageError('damaged');
  const start = p + 30 + u16(zip, p + 26) + u16(zip, p + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new PackageError('damaged');
  return zip.subarray(start, end);
}

export interface DocxPackage {
  names: ReadonlySet<string>;
  /** The text of a part (UTF-8), or undefined when absent. Throws PackageError past a cap. */
  text(name: string): string | undefined;
}

export function openPackage(zip: Uint8Array): DocxPackage {
  if (zip.length > PACKAGE_LIMITS.zipBytes) throw new PackageError('zip-size');
  const entries = new Map<string, Entry>();
  for (const e of centralDirectory(zip)) entries.set(e.name.replace(/^\/+/, ''), e);
  let total = 0;
  const inflate = (entry: Entry): Uint8Array => {
    const data = entryData(zip, entry);
    if (entry.method === 0) {
      total += data.length;
      if (data.length > PACKAGE_LIMITS.entryBytes || total > PACKAGE_LIMITS.totalBytes)
        throw new PackageError('entry-size');
      return data;
    }
    if (entry.method !== 8) throw new PackageError('damaged');
    const chunks: Uint8Array[] = [];
    let size = 0;
    let over = false;
    const stream = new Inflate((chunk) => {
      size += chunk.length;
      total += chunk.length;
      if (size > PACKAGE_LIMITS.entryBytes || total > PACKAGE_LIMITS.totalBytes) over = true;
      else chunks.push(chunk);
    });
    // Small input steps bound what one step can inflate to (DEFLATE expands at most ~1,032 times).
    const step = 16 * 1024;
    try {
      for (let i = 0; i < data.length && !over; i += step)
        stream.push(data.subarray(i, i + step), i + step >= data.length);
      if (data.length === 0) stream.push(new Uint8Array(0), true);
    } catch {
      throw new PackageError('damaged');
    }
    if (over) throw new PackageError('entry-size');
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  };
  return {
    names: new Set(entries.keys()),
    text(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const bytes = inflate(entry);
      // A UTF-8 byte-order mark is allowed before the XML declaration.
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      return strFromU8(bytes.subarray(start));
    },
  };
}
