/**
 * Builds the small bench page (bench/page/) that drives the renderer's own Dexie module in Chromium. It is
 * served beside the browser build (out/web) from the same origin (bench/static-server.ts), so the draft it stores is the
 * one the real app then opens for the typing and start benchmarks.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: resolve(root, 'bench/page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench-page'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(root, 'bench/page/index.html') },
  },
});
