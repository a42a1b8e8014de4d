/**
 * Reads a zip from outside (USB stick, userData) without trusting anything it says about itself (I-03).
 * The central directory is parsed here, every offset checked against the file: entries that overlap
 * (many names pointing at one compressed stream), point outside the file, are encrypted, symlinks or
 * zip64, and directories with more entries than a package may have, are refused before one byte is
 * inflated. An entry is then inflated in small steps with fflate's streaming Inflate, and inflation
 * stops as soon as it produces more than the entry declared, so a stream that claims 1 byte and
 * inflates to gigabytes costs a few kilobytes of work. A zip inside the zip is only bytes: nothing here
 * recurses.
 */
import { Inflate } from 'fflate';
import { isSafeEntryName } from '../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../core/packages/package-refusal';

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  /** The size the central directory declares; inflation never produces more. */
  size: number;
  localOffset: number;
  dataStart: number;
  dataEnd: number;
}

export interface ZipLimits {
  /** Most entries the directory may list; checked from the end record, before the directory is walked. */
  maxEntries: number;
  /** Highest declared-size / compressed-size ratio accepted for a deflated entry. */
  maxRatio: number;
}

/** Compressed input handed to the inflater per step: at most ~1032× this comes out of one step. */
const INFLATE_STEP = 4096;
const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_BYTES = 22;
const CD_BYTES = 46;
const LOCAL_BYTES = 30;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

const nameDecoder = new TextDecoder('utf-8', { fatal: true });

function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_BYTES;
  // The end record is followed only by its comment (at most 65535 bytes).
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD_SIG && at + EOCD_BYTES + view.getUint16(at + 20, true) === view.byteLength)
      return at;
  }
  return -1;
}

/** Lists the entries of `bytes`, or refuses the file; inflates nothing. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): { ok: true; entries: ZipEntry[] } | Refusal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < EOCD_BYTES) return refuse('corrupt', 'no end-of-central-directory record');
  const end = findEndRecord(view);
  if (end < 0) return refuse('corrupt', 'no end-of-central-directory record');
  const disk = view.getUint16(end + 4, true);
  const cdDisk = view.getUint16(end + 6, true);
  const onDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) return refuse('corrupt', 'multi-volume zip');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    return refuse('corrupt', 'zip64 is not used by packages');
  if (count > limits.maxEntries) return refuse('unsafe-archive', `${count} entries > ${limits.maxEntries}`);
  if (count === 0) return refuse('corrupt', 'empty zip');
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > end) return refuse('corrupt', 'central directory outside the file');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + CD_BYTES > cdEnd || view.getUint32(at, true) !== CD_SIG)
      return refuse('corrupt', `central directory entry ${i}`);
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const startDisk = view.getUint16(at + 34, true);
    const external = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    const next = at + CD_BYTES + nameLength + extraLength + commentLength;
    if (next > cdEnd) return refuse('corrupt', `central directory entry ${i} runs past the directory`);
    let name: string;
    try {
      name = nameDecoder.decode(bytes.subarray(at + CD_BYTES, at + CD_BYTES + nameLength));
    } catch {
      return refuse('unsafe-entry', `entry ${i}: name is not UTF-8`);
    }
    at = next;
    if (!isSafeEntryName(name)) return refuse('unsafe-entry', name);
    if (names.has(name)) return refuse('extra-entry', `duplicate entry name ${name}`);
    names.add(name);
    if (madeBy >> 8 === UNIX_HOST && ((external >>> 16) & S_IFMT) === S_IFLNK)
      return refuse('unsafe-entry', `${name} is a symbolic link`);
    if (flags & 1) return refuse('corrupt', `${name} is encrypted`);
    if (method !== 0 && method !== 8) return refuse('corrupt', `${name}: compression method ${method}`);
    if (startDisk !== 0) return refuse('corrupt', `${name}: on another volume`);
    if (method === 0 && compressedSize !== size) return refuse('corrupt', `${name}: stored entry with two sizes`);
    if (method === 8 && size > limits.maxRatio * Math.max(compressedSize, 1)) {
      return refuse('unsafe-archive', `${name}: ${size} bytes from ${compressedSize} (ratio above ${limits.maxRatio})`);
    }
    // The local header must be inside the file, before the directory, and name the same entry.
    if (localOffset + LOCAL_BYTES > cdOffset || view.getUint32(localOffset, true) !== LOCAL_SIG) {
      return refuse('corrupt', `${name}: local header outside the file`);
    }
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const dataStart = localOffset + LOCAL_BYTES + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) return refuse('corrupt', `${name}: data outside the file`);
    if (view.getUint16(localOffset + 8, true) !== method)
      return refuse('corrupt', `${name}: local header disagrees with the directory`);
    const localName = bytes.subarray(localOffset + LOCAL_BYTES, localOffset + LOCAL_BYTES + localNameLength);
    const cdName = new TextEncoder().encode(name);
    if (localName.length !== cdName.length || localName.some((b, k) => b !== cdName[k])) {
      return refuse('corrupt', `${name}: local header names another entry`);
    }
    entries.push({ name, method, compressedSize, size, localOffset, dataStart, dataEnd });
  }
  if (at !== cdEnd) return refuse('corrupt', 'central directory size disagrees with its entries');

  // Each byte of the file belongs to at most one entry: the "many names, one stream" bomb ends here.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    const after = byOffset[i]!;
    if (before.dataEnd > after.localOffset) return refuse('unsafe-archive', `${before.name} and ${after.name} overlap`);
  }
  return { ok: true, entries };
}

class Overflow extends Error {}

/**
 * Inflates one entry, handing each piece to `onChunk`, and stops as soon as the output passes the
 * entry's declared size (the caller has checked that size against its own cap first). `counter` adds up
 * every byte produced, so callers and tests can see what a hostile file cost.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
  counter: { inflatedBytes: number } = { inflatedBytes: 0 },
): Refusal | null {
  const source = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === 0) {
    counter.inflatedBytes += source.length;
    onChunk(source);
    return null;
  }
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    counter.inflatedBytes += chunk.length;
    if (produced > entry.size) throw new Overflow();
    if (chunk.length > 0) onChunk(chunk);
    if (final) finished = true;
  });
  try {
    if (source.length === 0) inflater.push(source, true);
    for (let at = 0; at < source.length; at += INFLATE_STEP) {
      inflater.push(source.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= source.length);
    }
  } catch (error) {
    if (error instanceof Overflow)
      return refuse('unsafe-archive', `${entry.name} inflates to more than the ${entry.size} bytes it declares`);
    return refuse('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!finished || produced !== entry.size)
    return refuse('corrupt', `${entry.name}: ${produced} bytes ≠ declared ${entry.size}`);
  return null;
}

/** Inflates one entry whole, refusing it when it declares more than `cap` bytes. */
export function inflateEntryCapped(
  bytes: Uint8Array,
  entry: ZipEntry,
  cap: number,
  counter?: { inflatedBytes: number },
): { ok: true; data: Uint8Array } | Refusal {
  if (entry.size > cap) return refuse('too-large', `${entry.name}: ${entry.size} > ${cap}`);
  const data = new Uint8Array(entry.size);
  let filled = 0;
  const bad = inflateEntry(
    bytes,
    entry,
    (chunk) => {
      data.set(chunk, filled);
      filled += chunk.length;
    },
    counter,
  );
  return bad ?? { ok: true, data };
}
