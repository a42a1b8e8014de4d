import { resolve } from 'node:path';
import { rendererOutput } from './renderer-chunks.config';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Worker threads started by main: the journal's encoder, the DOCX renderer and package verification run off
      // the main thread; their scripts (sources in node/) are entries beside index.js, under the names main loads.
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'journal-encode-worker': resolve(root, 'node/journal/journal-encode-worker.ts'),
          'docx-render-worker': resolve(root, 'node/export/docx-render-worker.ts'),
          'inbox-verify-worker': resolve(root, 'node/inbox/inbox-verify-worker.ts'),
          'package-reader-worker': resolve(root, 'node/packages/package-reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload gets a restricted `require` that cannot load split chunks: one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    // Main renders every DOCX in the desktop app (export, USB, page preview): the browser-only writer is dead code
    // here and rolldown leaves the docx library out of the renderer bundle (renderer/src/export/browser-docx-writer.ts).
    define: { __BROWSER_BUILD__: 'false' },
    // docx-preview unzips through JSZip's API over fflate (renderer/src/preview/jszip-on-fflate.ts): ~25 KB gzip less.
    // Paged.js parses CSS with css-tree but never validates against its grammar: its lexer's data stays out
    // (renderer/src/preview/css-tree-without-lexer.ts).
    resolve: {
      alias: [
        { find: /^jszip$/, replacement: resolve(root, 'renderer/src/preview/jszip-on-fflate.ts') },
        { find: /^css-tree$/, replacement: resolve(root, 'renderer/src/preview/css-tree-without-lexer.ts') },
      ],
    },
    build: {
      // electron-vite leaves the renderer unminified by default; what ships is what the size target counts.
      minify: true,
      // Electron 45 runs Chromium 140: nothing needs lowering for older browsers (the web build keeps Vite's default).
      target: 'chrome140',
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html'), output: rendererOutput },
    },
  },
});
