/** The worker side of worker-task.ts: answers each `{ id, request }` with its result or its error message. */
import { parentPort, type Transferable } from 'node:worker_threads';

export function serveWorkerTask<Req, Res>(
  handle: (request: Req) => Res | Promise<Res>,
  transfer: (result: Res) => Transferable[] = () => [],
): void {
  parentPort?.on('message', ({ id, request }: { id: number; request: Req }) => {
    Promise.resolve()
      .then(() => handle(request))
      .then(
        (result) => parentPort?.postMessage({ id, result }, transfer(result)),
        (error: unknown) =>
          parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}

/** Bytes go back transferred, not copied. */
export const transferBytes = (bytes: Uint8Array): Transferable[] => [bytes.buffer as ArrayBuffer];
