/**
 * Worker thread entry (bundled as out/main/package-reader-worker.js): reads one package with the
 * bounded reader and posts the verdict back, handing over the verified files' memory without copying.
 */
import { parentPort } from 'node:worker_threads';
import { readPackageNow, type PackageReadReply, type PackageReadRequest } from './package-reader';

parentPort?.once('message', (request: PackageReadRequest) => {
  const stats = { inflatedBytes: 0 };
  const result = readPackageNow(request, stats);
  const reply: PackageReadReply = { result, inflatedBytes: stats.inflatedBytes };
  const transfer = result.ok ? [...result.files.values()].map((data) => data.buffer as ArrayBuffer) : [];
  parentPort?.postMessage(reply, transfer);
});
