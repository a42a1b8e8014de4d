/**
 * Builders for hostile and malformed .docx files: a zip written by hand (so entries can lie about their sizes
 * or share one compressed stream), a DEFLATE stream that inflates to gigabytes from a few megabytes, and
 * minimal valid packages around a given document.xml.
 */
import { strToU8, zipSync } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export interface RawEntry {
  name: string;
  /** Compressed bytes (method 8) or the stored bytes (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim; a bomb claims little. */
  declaredSize: number;
  /** Entries with the same `shareWith` name point at that entry's local header instead of their own. */
  shareWith?: string;
}

/** A zip with a central directory that may point several entries at one local header. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  const central: Uint8Array[] = [];
  const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  for (const e of entries) {
    const name = strToU8(e.name);
    let local = offsets.get(e.shareWith ?? '');
    if (local === undefined) {
      local = offset;
      const header = new Uint8Array([
        ...u32(0x04034b50),
        ...u16(20),
        ...u16(0x0800),
        ...u16(e.method),
        ...u16(0),
        ...u16(0),
        ...u32(0),
        ...u32(e.data.length),
        ...u32(e.declaredSize),
        ...u16(name.length),
        ...u16(0),
      ]);
      chunks.push(header, name, e.data);
      offset += header.length + name.length + e.data.length;
    }
    offsets.set(e.name, local);
    const cd = new Uint8Array([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0x0800),
      ...u16(e.method),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(e.data.length),
      ...u32(e.declaredSize),
      ...u16(name.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(local),
    ]);
    central.push(cd, name);
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(cdSize),
    ...u32(offset),
    ...u16(0),
  ]);
  const all = [...chunks, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** crc32, for tests that need a zip other tools accept too. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A raw DEFLATE stream (fixed Huffman) inflating to 1 + 258 × `matches` bytes of "a": one literal, then
 * back-references of length 258 at distance 1, 13 bits each — about 1,300 times smaller than its output.
 */
export function deflateBomb(matches: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7) / 8) + 2);
  let bit = 0;
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      if ((value >>> i) & 1) out[bit >>> 3] = (out[bit >>> 3] ?? 0) | (1 << (bit & 7));
      bit++;
    }
  };
  // Huffman codes are written most significant bit first.
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) put((value >>> i) & 1, 1);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = 01, fixed Huffman
  code(0x30 + 0x61, 8); // literal "a"
  for (let i = 0; i < matches; i++) {
    code(0b11000101, 8); // length 258 (symbol 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** A minimal package: content types, root relationships, document.xml and any extra parts. */
export function minimalDocx(documentXmlText: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(documentXmlText),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

export const para = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
