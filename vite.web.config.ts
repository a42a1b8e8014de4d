/**
 * The renderer alone, served to an ordinary browser (no Electron): `npm run web` for development on
 * machines without the Electron binary, and the Playwright suite. Same settings as electron-vite's
 * renderer build so what the tests drive is what the desktop app loads.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(root, 'renderer/index.html') },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
