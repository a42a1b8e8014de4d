/**
 * The renderer alone, served to an ordinary browser (no Electron): `npm run web` for development on
 * machines without the Electron binary, and the Playwright suite. Same settings as electron-vite's
 * renderer build so what the tests drive is what the desktop app loads, with one difference: without a
 * main process, this build keeps the DOCX writer as a lazy chunk for the page preview and the download
 * (`__BROWSER_BUILD__`, see renderer/src/build-target.d.ts). Its own folder, out/web, so it
 * never overwrites the desktop renderer in out/renderer.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { rendererOutput } from './renderer-chunks.config';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  define: { __BROWSER_BUILD__: 'true' },
  // docx-preview's zip reader: JSZip's API over fflate (renderer/src/preview/jszip-on-fflate.ts), as in the desktop build.
  // Paged.js parses CSS with css-tree but never validates against its grammar: its lexer's data stays out
  // (renderer/src/preview/css-tree-without-lexer.ts).
  resolve: {
    alias: [
      { find: /^jszip$/, replacement: resolve(root, 'renderer/src/preview/jszip-on-fflate.ts') },
      { find: /^css-tree$/, replacement: resolve(root, 'renderer/src/preview/css-tree-without-lexer.ts') },
    ],
  },
  build: {
    outDir: resolve(root, 'out/web'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(root, 'renderer/index.html'), output: rendererOutput },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
