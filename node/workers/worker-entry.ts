/**
 * Where a worker thread's script is: the bundled `<name>.js` beside index.js in the app (electron.vite.config.ts
 * builds it as an entry), or, when main runs from its TypeScript sources (unit tests, benches under tsx), the .ts
 * file loaded through tsx — Node 20 workers do not apply `--import tsx` to their entry, so a bootstrap does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerEntry {
  workerPath: string | URL;
  workerOptions?: WorkerOptions;
}

export function workerEntry(
  dir: string,
  builtName: string,
  sourcePath: string,
  exists: (path: string) => boolean = existsSync,
): WorkerEntry {
  const built = join(dir, `${builtName}.js`);
  if (exists(built)) return { workerPath: built };
  const source = JSON.stringify(pathToFileURL(sourcePath).href);
  return {
    workerPath: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); })`,
    workerOptions: { eval: true },
  };
}
