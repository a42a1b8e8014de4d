/**
 * Renderer bundle size: every .js file under a renderer build, raw and gzip (level 9, what a web server would
 * send; Electron loads from disk, so gzip is the comparable, not the loaded, size). "Main" is what index.html loads
 * at start (the entry script and the chunks it preloads); the rest are lazy chunks. The target counts what ships: the desktop renderer (out/renderer,
 * `electron-vite build`). The browser build (out/web, `npm run build:web`) also carries the DOCX writer as a
 * fallback; `extraChunks` names what it has beyond the desktop build.
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
  // Loaded at start: the entry script and the chunks index.html preloads for it (its static imports).
  const entry = new Set(
    [...html.matchAll(/<(?:script[^>]+src|link rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const chunks: ChunkSize[] = [];
  for (const path of await jsFiles(outDir)) {
    const bytes = await readFile(path);
    const file = relative(outDir, path);
    chunks.push({ file, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength, main: entry.has(file) });
  }
  if (!chunks.some((c) => c.main))
    throw new Error(
      `Không thấy tệp JavaScript chính trong ${outDir}/index.html: hãy dựng lại (npx electron-vite build, npm run build:web).`,
    );
  const sum = (xs: ChunkSize[], k: 'raw' | 'gzip') => xs.reduce((a, c) => a + c[k], 0);
  const main = chunks.filter((c) => c.main);
  return {
    totalRaw: sum(chunks, 'raw'),
    totalGzip: sum(chunks, 'gzip'),
    mainRaw: sum(main, 'raw'),
    mainGzip: sum(main, 'gzip'),
    lazyGzip: sum(
      chunks.filter((c) => !c.main),
      'gzip',
    ),
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}

/** `render-docx-a-0ewuiJ.js` → `render-docx`: the chunk's name without rolldown's content hash. */
export function chunkName(file: string): string {
  return file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
}

/** Chunks of `other` whose name the `base` build does not have (the browser build's fallback chunks). */
export function extraChunks(base: SizeResult, other: SizeResult): ChunkSize[] {
  const names = new Set(base.chunks.map((c) => chunkName(c.file)));
  return other.chunks.filter((c) => !names.has(chunkName(c.file)));
}
