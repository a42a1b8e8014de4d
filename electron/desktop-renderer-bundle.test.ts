/**
 * Issue 7: "the DOCX writer belongs to main, not the renderer bundle". The desktop renderer build (out/renderer,
 * `electron-vite build`) must not contain the docx library in any chunk; the browser build (out/web) keeps it as a
 * lazy fallback. Detected by a namespace URI only docx writes (docx-preview, which reads DOCX, does not carry it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DOCX_MARKER = 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas';
const desktop = join(ROOT, 'out', 'renderer');
const web = join(ROOT, 'out', 'web');

function chunksWithMarker(dir: string): string[] {
  return readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes(DOCX_MARKER))
    .sort();
}

describe('DOCX writer only in main', () => {
  it('the marker is the docx library’s own (and not docx-preview’s), so finding it means docx was bundled', () => {
    const require = createRequire(join(ROOT, 'package.json'));
    expect(readFileSync(require.resolve('docx').replace(/index\.cjs$/, 'index.mjs'), 'utf8')).toContain(DOCX_MARKER);
    expect(readFileSync(join(ROOT, 'node_modules', 'docx-preview', 'dist', 'docx-preview.mjs'), 'utf8')).not.toContain(DOCX_MARKER);
  });

  it.runIf(existsSync(join(desktop, 'index.html')))('no chunk of the desktop renderer build contains the docx library', () => {
    expect(chunksWithMarker(desktop)).toEqual([]);
  });

  it.runIf(existsSync(join(web, 'index.html')))('the browser build keeps it in one lazy chunk, not in the one index.html loads', () => {
    const found = chunksWithMarker(web);
    expect(found).toHaveLength(1);
    expect(readFileSync(join(web, 'index.html'), 'utf8')).not.toContain(found[0]);
  });
});
