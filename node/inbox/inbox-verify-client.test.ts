/**
 * "Nhận báo cáo" verified in a worker thread, on a stick written by the app's own writer: the same entries as
 * verifying in-process, handed over one by one as they are verified (before the whole scan ends); a worker
 * past its time limit refuses the bundles with the Vietnamese "too long" reason; a worker that cannot start
 * verifies in-process, so receiving keeps working.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_MESSAGES } from '../../core/submission/bundle-messages';
import { writeReceivedStick } from '../../test-support/inbox-fixtures';
import { workerEntry } from '../workers/worker-entry';
import { createWorkerVerifier } from './inbox-verify-client';
import { readInbox, type InboxEntry } from './read-inbox';

// No built .js beside the sources: the .ts worker, through tsx.
const WORKER = workerEntry(
  import.meta.dirname,
  'inbox-verify-worker',
  join(import.meta.dirname, 'inbox-verify-worker.ts'),
);

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

let stick: string;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'inbox-worker-'));
  stick = join(dir, 'USB');
  await writeReceivedStick(stick);
  return () => rm(dir, { recursive: true, force: true });
});

function verifier(options: Partial<Parameters<typeof createWorkerVerifier>[0]> = {}) {
  const v = createWorkerVerifier({ ...WORKER, log: () => undefined, ...options });
  cleanup.push(() => v.close());
  return v;
}

describe('inbox verification in a worker thread', () => {
  it('gives the same entries as verifying in-process, each handed over as soon as it is verified', async () => {
    const here = await readInbox(stick);
    const streamed: { entry: InboxEntry; index: number; total: number }[] = [];
    let settled = false;
    const reading = readInbox(
      stick,
      {},
      {
        verify: verifier().verify,
        onEntry: (entry, index, total) => {
          expect(settled).toBe(false);
          streamed.push({ entry, index, total });
        },
      },
    ).finally(() => {
      settled = true;
    });
    const fromWorker = await reading;
    expect(fromWorker).toEqual(here);
    if (!fromWorker.ok) throw new Error(fromWorker.message);
    expect(streamed).toHaveLength(fromWorker.entries.length);
    expect(streamed.every((s) => s.total === fromWorker.entries.length)).toBe(true);
    for (const { entry, index } of streamed) expect(fromWorker.entries[index]).toEqual(entry);
    expect(fromWorker.entries.filter((e) => e.ok).length).toBeGreaterThan(1);
  });

  it('a worker past its time limit: the bundles are refused as taking too long, nothing verified on main', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inbox-hung-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const hung = join(dir, 'hung.mjs');
    await writeFile(hung, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});\n");
    const result = await readInbox(
      stick,
      {},
      { verify: verifier({ workerPath: hung, workerOptions: {}, timeoutMs: 300 }).verify },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.entries.length).toBeGreaterThan(0);
    for (const entry of result.entries) {
      expect(entry).toMatchObject({ ok: false, reason: BUNDLE_MESSAGES.timedOut });
      expect(entry.folder.startsWith('/')).toBe(false);
    }
  });

  it('a worker that cannot start: the bundles are verified in-process, receiving keeps working', async () => {
    const result = await readInbox(
      stick,
      {},
      {
        verify: verifier({ workerPath: join(tmpdir(), 'no-such-inbox-worker.mjs'), workerOptions: {} }).verify,
      },
    );
    expect(result).toEqual(await readInbox(stick));
  });
});
