/**
 * Starts a worker thread from a TypeScript file in tests: the worker registers tsx's loader first,
 * the way the app's bundled .js worker needs none. Node 20 does not pass `--import tsx` on to workers.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// The ESM build of tsx's API: its CJS build resolves the loader relative to the wrong folder.
const tsxApi = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs'),
).href;

export function startTsWorker(path: string, options: WorkerOptions = {}): Worker {
  const source = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(path).href)}); });`;
  // No inherited flags: the test runner's own loader options must not reach the worker.
  return new Worker(source, { execArgv: [], ...options, eval: true });
}
