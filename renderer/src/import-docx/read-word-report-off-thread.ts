/**
 * Reads a Word report in a worker (word-import.worker.ts), falling back to the page itself where a worker
 * cannot start (e.g. a locked-down webview): slower to answer while it runs, but the same result.
 */
import type { Template } from '../../../core/templates/template-schema';
import type { WordReportResult } from './read-word-report';
import type { WordImportRequest } from './word-import.worker';

export interface OffThreadRead {
  result: Promise<WordReportResult>;
  /** Stops the read ("Hủy"); the promise then never settles. */
  cancel(): void;
}

type WorkerAnswer = { done: true; result: WordReportResult } | { done: false };

export function readWordReportOffThread(
  request: WordImportRequest,
  inPage: (bytes: Uint8Array, fileName: string, templates: readonly Template[]) => Promise<WordReportResult>,
): OffThreadRead {
  let worker: Worker | null = null;
  let canceled = false;
  const fallback = () =>
    canceled
      ? new Promise<never>(() => undefined)
      : Promise.resolve().then(() => inPage(request.bytes, request.fileName, request.templates));
  const result = new Promise<WordReportResult>((resolve, reject) => {
    try {
      worker = new Worker(new URL('./word-import.worker.ts', import.meta.url), {
        type: 'module',
        name: 'doc-tep-word',
      });
    } catch {
      fallback().then(resolve, reject);
      return;
    }
    const finish = () => worker?.terminate();
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      finish();
      if (event.data.done) resolve(event.data.result);
      else fallback().then(resolve, reject);
    });
    // A worker that cannot load its script (or dies) is replaced by the page itself.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      fallback().then(resolve, reject);
    });
    worker.addEventListener('messageerror', () => {
      finish();
      fallback().then(resolve, reject);
    });
    // Copied, not transferred: the fallback may still need the bytes.
    worker.postMessage(request);
  });
  return {
    result,
    cancel: () => {
      canceled = true;
      worker?.terminate();
    },
  };
}
