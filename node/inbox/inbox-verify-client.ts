/**
 * Verifying received bundles in a worker thread (worker-task.ts): hashing every .docx and parsing every draft of
 * a stick of 200 bundles takes seconds, which on main's thread froze the window. Folders go to the worker one
 * job each (readInbox keeps a few in flight), so entries come back one by one as they are verified. The worker
 * has a time limit and its own memory cap: a job past the limit refuses that bundle with the inbox's "took too
 * long" reason (redone on main it would freeze the app); a worker that crashes or cannot start (e.g. a packaging
 * fault) verifies in-process, as before workers, so receiving never stops working. The CLI verifies in-process.
 */
import { relative } from 'node:path';
import type { WorkerOptions } from 'node:worker_threads';
import { BUNDLE_MESSAGES } from '../../core/submission/bundle-messages';
import { INBOX_LIMITS } from '../../core/submission/inbox-limits';
import { createWorkerTask } from '../workers/worker-task';
import { inboxEntry, type InboxEntry, type InboxJob } from './read-inbox';

/** The whole scan's own limit, plus a margin: the worker checks the deadline itself; this stops a stuck read. */
export const VERIFY_TIMEOUT_MS = INBOX_LIMITS.timeoutMs + 10_000;
/** Drafts are capped at a few MB and a few are in flight; the .docx is hashed in 256 KB chunks. */
export const VERIFY_MEMORY_MB = 512;

export interface WorkerVerifierOptions {
  /** The built worker script (out/main/inbox-verify-worker.js); tests and benches pass a tsx bootstrap. */
  workerPath: string | URL;
  workerOptions?: WorkerOptions;
  timeoutMs?: number;
  log?(message: string, error?: unknown): void;
}

export function createWorkerVerifier(options: WorkerVerifierOptions) {
  const task = createWorkerTask<InboxJob, InboxEntry>({
    workerPath: options.workerPath,
    workerOptions: {
      ...options.workerOptions,
      resourceLimits: { maxOldGenerationSizeMb: VERIFY_MEMORY_MB, ...options.workerOptions?.resourceLimits },
    },
    timeoutMs: options.timeoutMs ?? VERIFY_TIMEOUT_MS,
    onWorkerLost: (job, why) =>
      why === 'timeout'
        ? { ok: false, folder: relative(job.root, job.folder) || '.', reason: BUNDLE_MESSAGES.timedOut }
        : inboxEntry(job),
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    verify: (job: InboxJob) => task.run(job),
    close: () => task.close(),
  };
}
