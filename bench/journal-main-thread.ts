/**
 * Not part of `npm run bench`: main-thread time of one `journal:save` (the handler main registers: validation,
 * encoding, checksum, atomic write) for a 100-page and a ~4 MB synthetic draft, measured as the event loop's
 * active time (performance.eventLoopUtilization) between the call and its answer — what the window's input and
 * paint wait for. By default every save checkpoints (reason 'step-change' after the checkpoint interval), the
 * worst case; CHECKPOINT=0 measures plain autosaves. ENCODER=in-process encodes on the main thread (as the CLI
 * does); by default records are encoded in the worker thread the app uses (loaded through tsx here).
 * `npx tsx bench/journal-main-thread.ts [runs]`
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { createDraftJournal } from '../node/journal/draft-journal';
import { createWorkerEncoder, inProcessEncoder } from '../node/journal/journal-encoder';
import { realJournalFs } from '../node/journal/journal-fs';
import { createJournalHandlers } from '../node/journal/journal-ipc';
import { workerEntry } from '../node/workers/worker-entry';
import { percentile } from './stats';

const runs = Number(process.argv[2] ?? 8);
// CHECKPOINT=0: plain autosaves ('edit', a second apart: no checkpoint), the common case.
const checkpoint = process.env.CHECKPOINT !== '0';
const journalDir = join(import.meta.dirname, '..', 'node', 'journal');
const encoder =
  process.env.ENCODER === 'in-process'
    ? inProcessEncoder
    : createWorkerEncoder(
        workerEntry(journalDir, 'journal-encode-worker', join(journalDir, 'journal-encode-worker.ts')),
      );

async function measure(pages: number): Promise<void> {
  const report = syntheticReport({ pages });
  const bytes = JSON.stringify(report).length;
  const userData = await mkdtemp(join(tmpdir(), 'soan-journal-main-'));
  let clock = 1_700_000_000_000;
  const journal = createDraftJournal({
    userData,
    fs: realJournalFs,
    now: () => (clock += checkpoint ? 10 * 60_000 : 1000),
    log: () => undefined,
    encoder,
  });
  const handlers = createJournalHandlers(journal, () => undefined);
  const busy: number[] = [];
  const wall: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const edited = structuredClone(report);
      edited.title = `${report.title} ${i}`;
      const request = {
        draft: {
          id: 'bench',
          templateId: 'so-ket-tong-ket',
          createdAt: 1,
          updatedAt: clock,
          lastStepKey: 'general',
          report: edited,
        },
        reason: checkpoint ? ('step-change' as const) : ('edit' as const),
      };
      const before = performance.eventLoopUtilization();
      const t = performance.now();
      const res = await handlers.save(request);
      if (res.status !== 'saved') throw new Error(JSON.stringify(res));
      wall.push(performance.now() - t);
      busy.push(performance.eventLoopUtilization(before).active);
    }
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `${pages} pages (${(bytes / 1e6).toFixed(2)} MB JSON): main-thread p50 ${ms(percentile(busy, 50))}, max ${ms(Math.max(...busy))}; ` +
      `until saved p50 ${ms(percentile(wall, 50))} (${runs} saves${checkpoint ? ', each with a checkpoint' : ''})`,
  );
}

// The worker's start and tsx's first compile are not a save's cost: one warm-up encode first.
await encoder.encode({
  id: 'w',
  templateId: 't',
  title: '',
  createdAt: 0,
  updatedAt: 0,
  lastStepKey: '',
  revision: 1,
  report: syntheticReport({ pages: 1 }),
});
await measure(100);
await measure(820);
await encoder.close();
