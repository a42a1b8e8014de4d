#!/usr/bin/env node
/**
 * Draws the app icon (build/icon.png, 512×512 RGBA) with no image tools: a red rounded square, a
 * white report page with a folded corner, a gold star and grey text lines. electron-builder turns
 * this PNG into the Windows .ico and the Linux icon set.
 *
 *   node build/generate-icon.mjs [output.png]
 *
 * Anti-aliased by 4×4 supersampling; deterministic, so re-running yields the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;

const RED_TOP = [211, 47, 47];
const RED_BOTTOM = [183, 28, 28];
const WHITE = [255, 255, 255];
const FOLD = [224, 224, 224];
const GOLD = [255, 202, 40];
const LINE = [120, 144, 156];

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius;
  const hy = (bottom - top) / 2 - radius;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function starPolygon(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return points;
}

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const PAGE = { left: 128, top: 80, right: 384, bottom: 432, radius: 14, fold: 64 };
const STAR = starPolygon(256, 168, 46, 19);
const LINES = [
  [176, 336, 252],
  [176, 336, 292],
  [176, 336, 332],
  [176, 296, 372],
];

/** Colour of one sample point, or null for transparent. */
function sample(x, y) {
  if (roundedRect(x, y, 24, 24, 488, 488, 104) > 0) return null;
  const t = y / SIZE;
  let color = RED_TOP.map((c, i) => c + (RED_BOTTOM[i] - c) * t);

  const inPage = roundedRect(x, y, PAGE.left, PAGE.top, PAGE.right, PAGE.bottom, PAGE.radius) <= 0;
  // Folded top-right corner: cut off beyond the diagonal, shaded triangle inside it.
  const foldX = PAGE.right - PAGE.fold;
  const foldY = PAGE.top + PAGE.fold;
  const beyondFold = x - foldX > y - PAGE.top && x > foldX && y < foldY;
  if (inPage && !beyondFold) {
    color = WHITE;
    if (x >= foldX && y <= foldY && x - foldX <= y - PAGE.top) color = FOLD;
    if (insidePolygon(x, y, STAR)) color = GOLD;
    for (const [from, to, lineY] of LINES) {
      if (roundedRect(x, y, from, lineY - 7, to, lineY + 7, 7) <= 0) color = LINE;
    }
  }
  return color;
}

function render() {
  const rgba = new Uint8Array(SIZE * SIZE * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * SIZE + px) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
      }
      rgba[o + 3] = Math.round((255 * covered) / n);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(rgba, width, height) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const output = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(output, encodePng(render(), SIZE, SIZE));
console.log(`Đã vẽ biểu tượng ${SIZE}×${SIZE}: ${output}`);
