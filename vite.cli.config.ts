/**
 * Bundles the command line (cli/main.ts and everything it imports, docx and zod included) into one
 * self-contained CommonJS file for Node, out/cli/soan-bao-cao.cjs, the package's `bin`. Node built-ins
 * stay external; nothing else is needed at run time.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  build: {
    ssr: resolve(root, 'cli/main.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: {
        format: 'cjs',
        entryFileNames: 'soan-bao-cao.cjs',
        banner: '#!/usr/bin/env node',
        // One file: the bin must run from an unpacked install without chunks beside it.
        inlineDynamicImports: true,
      },
    },
  },
  // Bundle dependencies too, so the bin does not depend on node_modules layout.
  ssr: { noExternal: true, target: 'node' },
});
