/**
 * Turning a journal record into the bytes written to disk (canonical JSON + SHA-256 + JSON) costs hundreds of
 * milliseconds on a big draft: done on main's thread at every autosave, it froze the window. The worker encoder
 * does it in a worker thread, with a time limit; if the worker fails, hangs past the limit or cannot start, that
 * record is encoded in-process instead (a save is never lost to the worker) and the worker is replaced. The CLI
 * and tests use the in-process encoder.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { EncodeAnswer, EncodeRequest } from './journal-encode-worker';
import { encodeJournalRecord, type JournalRecord } from './journal-record';

export interface JournalEncoder {
  encode(record: JournalRecord): Promise<Uint8Array>;
  close(): Promise<void>;
}

export const inProcessEncoder: JournalEncoder = {
  encode: async (record) => encodeJournalRecord(record),
  close: async () => undefined,
};

/** Far above a 5 MB draft's encoding on a busy 2-core office PC; only a hung worker reaches it. */
export const ENCODE_TIMEOUT_MS = 30_000;

export interface WorkerEncoderOptions {
  /** The built worker script (out/main/journal-encode-worker.js); tests pass a tsx bootstrap with `eval`. */
  workerPath: string | URL;
  workerOptions?: WorkerOptions;
  timeoutMs?: number;
  log?(message: string, error?: unknown): void;
}

interface Pending {
  record: JournalRecord;
  resolve(bytes: Uint8Array): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

function encodeHere(job: Pick<Pending, 'record' | 'resolve' | 'reject'>): void {
  try {
    job.resolve(encodeJournalRecord(job.record));
  } catch (error) {
    job.reject(error);
  }
}

export function createWorkerEncoder(options: WorkerEncoderOptions): JournalEncoder {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const timeoutMs = options.timeoutMs ?? ENCODE_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let nextId = 1;

  /** Gives every waiting record to the in-process encoder and drops the worker (a new one starts on demand). */
  function abandonWorker(why: string, error?: unknown): void {
    log(`[journal] encoder worker ${why}; encoding in-process`, error);
    const current = worker;
    worker = undefined;
    void current?.terminate().catch(() => undefined);
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      pending.delete(id);
      encodeHere(job);
    }
  }

  function startWorker(): Worker {
    const started = new Worker(options.workerPath, options.workerOptions);
    started.on('message', (answer: EncodeAnswer) => {
      const job = pending.get(answer.id);
      if (!job) return;
      clearTimeout(job.timer);
      pending.delete(answer.id);
      if ('bytes' in answer) job.resolve(answer.bytes);
      else {
        log('[journal] encoder worker refused a record; encoding in-process', answer.error);
        encodeHere(job);
      }
    });
    started.on('error', (error) => worker === started && abandonWorker('failed', error));
    started.on('exit', (code) => worker === started && abandonWorker(`exited (${code})`));
    // Idle, it must not keep the app (or a test run) alive.
    started.unref();
    return started;
  }

  return {
    encode(record) {
      return new Promise<Uint8Array>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => abandonWorker(`gave no answer within ${timeoutMs} ms`), timeoutMs);
        pending.set(id, { record, resolve, reject, timer });
        try {
          worker ??= startWorker();
          worker.postMessage({ id, record } satisfies EncodeRequest);
        } catch (error) {
          clearTimeout(timer);
          pending.delete(id);
          log('[journal] encoder worker could not take the record; encoding in-process', error);
          encodeHere({ record, resolve, reject });
        }
      });
    },
    /** Stops the worker; records still waiting are encoded in-process, never dropped. */
    async close() {
      const current = worker;
      worker = undefined;
      for (const [id, job] of pending) {
        clearTimeout(job.timer);
        pending.delete(id);
        encodeHere(job);
      }
      await current?.terminate();
    },
  };
}
