/**
 * DOCX rendering for export, preview and USB submission, in a worker thread (worker-task.ts): a big report takes
 * seconds and hundreds of MB, which on main's thread froze the window and grew main's heap. The worker has a
 * time limit and its own memory cap. A render past the time limit fails with the export's usual Vietnamese
 * message (redone on main it would freeze the app); a worker that crashes or cannot start (e.g. a packaging
 * fault) renders that report in-process, as before workers, so export never stops working. The CLI renders
 * in-process.
 */
import type { WorkerOptions } from 'node:worker_threads';
import { renderDocx } from '../../core/docx/render-docx';
import type { Report } from '../../core/model/report-schema';
import type { RuleSet } from '../../core/rules/rule-set-schema';
import { createWorkerTask, type WorkerLoss } from '../workers/worker-task';

/** A 300-page report renders in a few seconds; this only stops a runaway render. */
export const RENDER_TIMEOUT_MS = 120_000;
/** About three times the heap a 4 MB report's render needs. */
export const RENDER_MEMORY_MB = 2048;

export class RenderTimeoutError extends Error {
  constructor() {
    super('docx render: time limit passed');
    this.name = 'RenderTimeoutError';
  }
}

export interface WorkerRendererOptions {
  /** The built worker script (out/main/docx-render-worker.js); tests pass a tsx bootstrap with `eval`. */
  workerPath: string | URL;
  workerOptions?: WorkerOptions;
  timeoutMs?: number;
  log?(message: string, error?: unknown): void;
}

export function createWorkerRenderer(options: WorkerRendererOptions) {
  const task = createWorkerTask<{ report: Report; ruleSet: RuleSet }, Uint8Array>({
    workerPath: options.workerPath,
    workerOptions: {
      ...options.workerOptions,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_MEMORY_MB, ...options.workerOptions?.resourceLimits },
    },
    timeoutMs: options.timeoutMs ?? RENDER_TIMEOUT_MS,
    onWorkerLost: ({ report, ruleSet }, why: WorkerLoss) => {
      if (why === 'timeout') throw new RenderTimeoutError();
      return renderDocx(report, { ruleSet });
    },
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    renderDocx: (report: Report, { ruleSet }: { ruleSet: RuleSet }) => task.run({ report, ruleSet }),
    close: () => task.close(),
  };
}
