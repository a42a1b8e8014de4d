/**
 * One kind of CPU-heavy job run in a worker thread, so main's thread (window input, IPC) stays free: the journal's
 * record encoding, DOCX rendering. Jobs carry an id; bytes come back transferred, not copied. Every job has a time
 * limit. When the worker crashes, cannot start or passes the limit, it is dropped (a new one starts on demand) and
 * each waiting job goes to `onWorkerLost`, which decides: redo it in-process, or fail with a message.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export type WorkerLoss = 'crashed' | 'timeout';

export interface WorkerTaskOptions<Req, Res> {
  /** The built worker script beside index.js; tests pass a tsx bootstrap with `workerOptions.eval`. */
  workerPath: string | URL;
  workerOptions?: WorkerOptions;
  timeoutMs: number;
  /** What a waiting job becomes when its worker is lost. */
  onWorkerLost(request: Req, why: WorkerLoss): Promise<Res> | Res;
  log?(message: string, error?: unknown): void;
}

export interface WorkerTask<Req, Res> {
  run(request: Req): Promise<Res>;
  /** Stops the worker; waiting jobs go to `onWorkerLost` ('crashed'), never dropped. */
  close(): Promise<void>;
}

interface Job<Req, Res> {
  request: Req;
  resolve(result: Res): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

type Answer<Res> = { id: number; result: Res } | { id: number; error: string };

/** Raised in main when the worker itself threw for this job. */
export class WorkerJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerJobError';
  }
}

export function createWorkerTask<Req, Res>(options: WorkerTaskOptions<Req, Res>): WorkerTask<Req, Res> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const jobs = new Map<number, Job<Req, Res>>();
  let worker: Worker | undefined;
  let nextId = 1;

  const settleLost = (job: Job<Req, Res>, why: WorkerLoss) => {
    clearTimeout(job.timer);
    Promise.resolve()
      .then(() => options.onWorkerLost(job.request, why))
      .then(job.resolve, job.reject);
  };

  function dropWorker(why: WorkerLoss, detail: string, error?: unknown): void {
    log(`[worker] ${detail}`, error);
    const current = worker;
    worker = undefined;
    void current?.terminate().catch(() => undefined);
    const waiting = [...jobs.values()];
    jobs.clear();
    for (const job of waiting) settleLost(job, why);
  }

  function startWorker(): Worker {
    const started = new Worker(options.workerPath, options.workerOptions);
    started.on('message', (answer: Answer<Res>) => {
      const job = jobs.get(answer.id);
      if (!job) return;
      clearTimeout(job.timer);
      jobs.delete(answer.id);
      if ('error' in answer) job.reject(new WorkerJobError(answer.error));
      else job.resolve(answer.result);
    });
    started.on('error', (error) => worker === started && dropWorker('crashed', 'worker failed', error));
    started.on('exit', (code) => worker === started && dropWorker('crashed', `worker exited (${code})`));
    // Idle, it must not keep the app (or a test run) alive.
    started.unref();
    return started;
  }

  return {
    run(request) {
      return new Promise<Res>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(
          () => dropWorker('timeout', `a job passed ${options.timeoutMs} ms`),
          options.timeoutMs,
        );
        const job: Job<Req, Res> = { request, resolve, reject, timer };
        jobs.set(id, job);
        try {
          worker ??= startWorker();
          worker.postMessage({ id, request });
        } catch (error) {
          jobs.delete(id);
          log('[worker] could not hand the job over', error);
          settleLost(job, 'crashed');
        }
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      const waiting = [...jobs.values()];
      jobs.clear();
      for (const job of waiting) settleLost(job, 'crashed');
      await current?.terminate();
    },
  };
}
