/**
 * Turning a journal record into the bytes written to disk (canonical JSON + SHA-256 + JSON) costs hundreds of
 * milliseconds on a big draft: done on main's thread at every autosave, it froze the window. The worker encoder
 * does it in a worker thread (worker-task.ts), with a time limit; if the worker fails, hangs past the limit or
 * cannot start, that record is encoded in-process instead — a save is never lost to the worker. The CLI and
 * tests use the in-process encoder.
 */
import type { WorkerOptions } from 'node:worker_threads';
import { createWorkerTask } from '../workers/worker-task';
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

export function createWorkerEncoder(options: WorkerEncoderOptions): JournalEncoder {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const task = createWorkerTask<JournalRecord, Uint8Array>({
    workerPath: options.workerPath,
    ...(options.workerOptions ? { workerOptions: options.workerOptions } : {}),
    timeoutMs: options.timeoutMs ?? ENCODE_TIMEOUT_MS,
    onWorkerLost: (record, why) => {
      log(
        `[journal] encoder worker ${why === 'timeout' ? `gave no answer within ${options.timeoutMs ?? ENCODE_TIMEOUT_MS} ms` : 'failed'}; encoding in-process`,
      );
      return encodeJournalRecord(record);
    },
    log,
  });
  return {
    encode: (record) =>
      task.run(record).catch((error: unknown) => {
        log('[journal] encoder worker refused a record; encoding in-process', error);
        return encodeJournalRecord(record);
      }),
    close: () => task.close(),
  };
}
