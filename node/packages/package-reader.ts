/**
 * Where a package is read and verified. The app does it in a worker thread with a time limit, so even
 * a package that is slow to check by design cannot freeze the window; the worker is terminated when
 * the limit passes and the package refused. The CLI and unit tests read in-process with the same
 * bounded reader (signed-package.ts), which caps bytes and work on its own.
 */
import type { Worker } from 'node:worker_threads';
import { packageManifestSchema, type PackageManifest } from '../../core/packages/package-manifest';
import { refuse, type Refusal } from '../../core/packages/package-refusal';
import { readSignedPackage, type VerifiedPackage } from './signed-package';
import type { TrustedKey } from './trusted-keys';

export interface PackageReadRequest {
  bytes: Uint8Array;
  trustedKeys: readonly TrustedKey[];
  maxBytes: number;
}
export type PackageReadResult = VerifiedPackage<PackageManifest> | Refusal;
export type PackageReader = (request: PackageReadRequest) => Promise<PackageReadResult>;

/** What the worker sends back: the verdict and how many bytes it inflated. */
export interface PackageReadReply {
  result: PackageReadResult;
  inflatedBytes: number;
}

export function readPackageNow(request: PackageReadRequest, stats?: { inflatedBytes: number }): PackageReadResult {
  return readSignedPackage(request.bytes, packageManifestSchema, {
    trustedKeys: request.trustedKeys,
    maxBytes: request.maxBytes,
    ...(stats === undefined ? {} : { stats }),
  });
}

export const inProcessPackageReader: PackageReader = (request) => Promise.resolve(readPackageNow(request));

/** Generous: a 600 MB installer is hashed in a few seconds even on a busy office PC. */
export const PACKAGE_READ_TIMEOUT_MS = 120_000;

export interface WorkerReaderOptions {
  /** Starts package-reader-worker (the bundled file in the app; a TypeScript loader in tests). */
  startWorker(): Worker;
  timeoutMs?: number;
  log?(message: string, error?: unknown): void;
}

/** One worker per package: nothing a hostile package did survives into the next read. */
export function createWorkerPackageReader(options: WorkerReaderOptions): PackageReader {
  const timeoutMs = options.timeoutMs ?? PACKAGE_READ_TIMEOUT_MS;
  return (request) =>
    new Promise<PackageReadResult>((resolve) => {
      let worker: Worker;
      try {
        worker = options.startWorker();
      } catch (error) {
        options.log?.('[package] worker did not start', error);
        resolve(refuse('too-slow', 'worker did not start'));
        return;
      }
      let settled = false;
      const finish = (result: PackageReadResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      };
      const timer = setTimeout(() => finish(refuse('too-slow', `no verdict after ${timeoutMs} ms`)), timeoutMs);
      worker.once('message', (reply: PackageReadReply) => finish(reply.result));
      worker.once('error', (error) => {
        options.log?.('[package] worker failed', error);
        // Out of memory or a crash while reading: the package is what caused it.
        finish(refuse('corrupt', error instanceof Error ? error.message : String(error)));
      });
      worker.once('exit', (code) => finish(refuse('corrupt', `worker exited with code ${code}`)));
      worker.postMessage(request);
    });
}
