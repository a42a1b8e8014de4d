/**
 * Renderer bundle size: every .js file under out/renderer (after build:web), raw and gzip (level 9, what a
 * web server would send; Electron loads from disk, so gzip is the comparable, not the loaded, size). The main
 * chunk is the one index.html loads; the rest are lazy chunks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  main: boolean;
}

export interface SizeResult {
  totalRaw: number;
  totalGzip: number;
  mainRaw: number;
  mainGzip: number;
  lazyGzip: number;
  chunks: ChunkSize[];
}

async function jsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsFiles(path)));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

export async function measureRendererSize(outDir: string): Promise<SizeResult> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const entry = new Set([...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!));
  const chunks: ChunkSize[] = [];
  for (const path of await jsFiles(outDir)) {
    const bytes = await readFile(path);
    const file = relative(outDir, path);
    chunks.push({ file, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength, main: entry.has(file) });
  }
  if (!chunks.some((c) => c.main)) throw new Error(`Không thấy tệp JavaScript chính trong ${outDir}/index.html: hãy chạy npm run build:web.`);
  const sum = (xs: ChunkSize[], k: 'raw' | 'gzip') => xs.reduce((a, c) => a + c[k], 0);
  const main = chunks.filter((c) => c.main);
  return {
    totalRaw: sum(chunks, 'raw'),
    totalGzip: sum(chunks, 'gzip'),
    mainRaw: sum(main, 'raw'),
    mainGzip: sum(main, 'gzip'),
    lazyGzip: sum(chunks.filter((c) => !c.main), 'gzip'),
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}
