/**
 * Hand-made zips for the package reader's tests: entries that share one compressed stream, lie about
 * their size, overlap, or hide a symlink. fflate's own zipSync cannot make these, so the records are
 * written byte by byte (the layout of APPNOTE 4.3.7 / 4.3.12 / 4.3.16).
 */
import { crc32, deflateRawSync } from 'node:zlib';

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export interface RawEntry {
  name: string;
  /** Bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the directory declares as the inflated size. */
  size: number;
  crc?: number;
  externalAttributes?: number;
  /** Point this directory entry at the local record of an earlier entry instead of writing its own. */
  shareWith?: number;
  /** Write the local record at this offset inside the data of an earlier entry (set by overlappingZip). */
  localOffset?: number;
}

export function localHeader(name: string, method: number, crc: number, csize: number, usize: number): Buffer {
  const n = Buffer.from(name);
  return Buffer.concat([
    u32(0x04034b50),
    u16(20),
    u16(0x800),
    u16(method),
    u16(0),
    u16(0),
    u32(crc),
    u32(csize),
    u32(usize),
    u16(n.length),
    u16(0),
    n,
  ]);
}

function centralHeader(e: RawEntry, offset: number): Buffer {
  const n = Buffer.from(e.name);
  return Buffer.concat([
    u32(0x02014b50),
    u16(0x031e),
    u16(20),
    u16(0x800),
    u16(e.method),
    u16(0),
    u16(0),
    u32(e.crc ?? 0),
    u32(e.data.length),
    u32(e.size),
    u16(n.length),
    u16(0),
    u16(0),
    u16(0),
    u16(0),
    u32(e.externalAttributes ?? 0),
    u32(offset),
    n,
  ]);
}

export function endRecord(count: number, cdSize: number, cdOffset: number): Buffer {
  return Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cdSize), u32(cdOffset), u16(0)]);
}

export function buildRawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  const central: Buffer[] = [];
  for (const e of entries) {
    let offset: number;
    if (e.shareWith !== undefined) offset = offsets[e.shareWith]!;
    else if (e.localOffset !== undefined) offset = e.localOffset;
    else {
      const header = localHeader(e.name, e.method, e.crc ?? 0, e.data.length, e.size);
      offset = at;
      locals.push(header, Buffer.from(e.data));
      at += header.length + e.data.length;
    }
    offsets.push(offset);
    central.push(centralHeader(e, offset));
  }
  const cd = Buffer.concat(central);
  return new Uint8Array(Buffer.concat([...locals, cd, endRecord(entries.length, cd.length, at)]));
}

export function stored(name: string, data: Uint8Array | string, externalAttributes?: number): RawEntry {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return {
    name,
    data: bytes,
    method: 0,
    size: bytes.length,
    crc: crc32(bytes),
    ...(externalAttributes === undefined ? {} : { externalAttributes }),
  };
}

/** `megabytes` of zeros deflated at level 9: ~1 KB per MB. */
export function zerosDeflated(megabytes: number): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024), { level: 9 }));
}

/** `count` directory entries all pointing at one deflated stream of `megabytes` (the review's 8 MB × 300). */
export function sharedStreamZip(megabytes: number, count: number, declared = megabytes * 1024 * 1024): Uint8Array {
  const data = zerosDeflated(megabytes);
  const entries: RawEntry[] = [{ name: 'e0', data, method: 8, size: declared }];
  for (let i = 1; i < count; i++) entries.push({ name: `e${i}`, data, method: 8, size: declared, shareWith: 0 });
  return buildRawZip(entries);
}

/**
 * Two entries with their own names whose records overlap: the second's local header and data sit
 * inside the first entry's stored bytes, so one region of the file would be read twice.
 */
export function overlappingZip(): Uint8Array {
  const innerData = new TextEncoder().encode('{"inner":true}');
  const inner = Buffer.concat([
    localHeader('manifest.sig', 0, crc32(innerData), innerData.length, innerData.length),
    innerData,
  ]);
  const outer = stored('manifest.json', inner);
  // The outer local header is 30 + 13 bytes long; the inner record starts right after it.
  const innerEntry: RawEntry = { ...stored('manifest.sig', innerData), localOffset: 30 + 'manifest.json'.length };
  return buildRawZip([outer, innerEntry]);
}
