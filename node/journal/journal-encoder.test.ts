/**
 * The worker encoder writes the same bytes as the in-process one, off main's thread, and a worker that hangs,
 * crashes or cannot start never loses a save: that record is encoded in-process. Real worker threads (the
 * TypeScript worker is loaded through tsx, as the built app loads the bundled .js).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticReport } from '../../test-support/synthetic/synthetic-report';
import { minimalReport } from '../../test-support/report-builder';
import { workerEntry } from '../workers/worker-entry';
import { createDraftJournal } from './draft-journal';
import { createWorkerEncoder, type JournalEncoder } from './journal-encoder';
import { realJournalFs } from './journal-fs';
import { reportChecksum } from '../../core/draft-file/report-checksum';
import { decodeJournalRecord, encodeJournalRecord, journalChecksum, type JournalRecord } from './journal-record';

// No built .js beside the sources: the .ts worker, through tsx.
const WORKER = workerEntry(
  import.meta.dirname,
  'journal-encode-worker',
  join(import.meta.dirname, 'journal-encode-worker.ts'),
);

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

function record(report = minimalReport({ title: 'báo cáo tháng 11' })): JournalRecord {
  return {
    id: 'd1',
    templateId: 'so-ket-tong-ket',
    title: report.title,
    createdAt: 1,
    updatedAt: 2,
    lastStepKey: 'general',
    revision: 3,
    report,
  };
}

function encoder(options: Partial<Parameters<typeof createWorkerEncoder>[0]> = {}): {
  enc: JournalEncoder;
  logged: string[];
} {
  const logged: string[] = [];
  const enc = createWorkerEncoder({ ...WORKER, log: (m) => logged.push(m), ...options });
  cleanup.push(() => enc.close());
  return { enc, logged };
}

describe('journal encoder in a worker thread', () => {
  it('hashes with native crypto to the same SHA-256 as core, so files written before still verify', () => {
    const report = syntheticReport({ pages: 5 });
    expect(journalChecksum(report)).toBe(reportChecksum(report));
  });

  it('gives the same bytes as encoding in-process, for a big draft too', async () => {
    const { enc, logged } = encoder();
    for (const r of [record(), record(syntheticReport({ pages: 60 }))]) {
      const bytes = await enc.encode(r);
      expect(Buffer.from(bytes).equals(Buffer.from(encodeJournalRecord(r)))).toBe(true);
      expect(decodeJournalRecord(bytes)).toEqual(r);
    }
    expect(logged).toEqual([]);
  });

  it('a journal saving through it reads back after a restart', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'journal-encoder-'));
    cleanup.push(() => rm(userData, { recursive: true, force: true }));
    const { enc } = encoder();
    const journal = createDraftJournal({
      userData,
      fs: realJournalFs,
      now: () => 1_700_000_000_000,
      encoder: enc,
      log: () => undefined,
    });
    const report = minimalReport({ title: 'báo cáo quý IV' });
    await journal.save(
      { id: 'd1', templateId: 'so-ket-tong-ket', createdAt: 1, updatedAt: 2, lastStepKey: 'general', report },
      'step-change',
    );
    await journal.backupNow();
    const restarted = createDraftJournal({
      userData,
      fs: realJournalFs,
      now: () => 1_700_000_100_000,
      log: () => undefined,
    });
    expect((await restarted.read('d1')).report).toEqual(report);
    expect(await restarted.listRevisions('d1')).toHaveLength(1);
    const [backup] = await restarted.listBackups();
    expect((await restarted.readBackup(backup!)).map((r) => r.title)).toEqual(['báo cáo quý IV']);
  });

  it('a worker that never answers: the record is encoded in-process after the time limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hung-worker-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const hung = join(dir, 'hung.mjs');
    await writeFile(hung, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});\n");
    const { enc, logged } = encoder({ workerPath: hung, workerOptions: {}, timeoutMs: 300 });
    const r = record();
    expect(Buffer.from(await enc.encode(r)).equals(Buffer.from(encodeJournalRecord(r)))).toBe(true);
    expect(logged.join('\n')).toMatch(/no answer within 300 ms/);
  });

  it('a worker that cannot start or crashes: the save still gets its bytes', async () => {
    const { enc, logged } = encoder({ workerPath: join(tmpdir(), 'no-such-worker.mjs'), workerOptions: {} });
    const r = record();
    expect(decodeJournalRecord(await enc.encode(r))).toEqual(r);
    expect(logged.join('\n')).toMatch(/encoding in-process/);
  });
});
