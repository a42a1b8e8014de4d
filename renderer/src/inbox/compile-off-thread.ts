/**
 * Compiles received reports in a worker (compile.worker.ts, its own lazy chunk), falling back to the page itself
 * where a worker cannot start: slower to answer while it runs, but the same result.
 */
import type { CompileResult } from '../../../core/compile/compile-reports';
import type { CompileRequest } from './compile.worker';

type WorkerAnswer = { done: true; result: CompileResult } | { done: false };

const inPage = async (request: CompileRequest): Promise<CompileResult> => {
  const { compileReports } = await import('../../../core/compile/compile-reports');
  return compileReports(request.sources, request.options);
};

export function compileOffThread(request: CompileRequest): Promise<CompileResult> {
  return new Promise<CompileResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./compile.worker.ts', import.meta.url), { type: 'module', name: 'tong-hop' });
    } catch {
      inPage(request).then(resolve, reject);
      return;
    }
    const fallback = () => {
      worker.terminate();
      inPage(request).then(resolve, reject);
    };
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (event.data.done) resolve(event.data.result);
      else inPage(request).then(resolve, reject);
    });
    // A worker that cannot load its script (or dies) is replaced by the page itself.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fallback();
    });
    worker.addEventListener('messageerror', fallback);
    worker.postMessage(request);
  });
}
