/**
 * Journal save benchmark: what main does when the renderer sends `journal:save` for a 100-page draft —
 * validate the draft (size cap + parseReport), then the journal's atomic write (temp + fsync + rename +
 * folder fsync) into a scratch userData folder on the real disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../core/model/report-schema';
import { createDraftJournal } from '../node/journal/draft-journal';
import { realJournalFs } from '../node/journal/journal-fs';
import { validateDraftInput } from '../node/journal/journal-ipc';
import { percentile } from './stats';

export interface SaveResult {
  p50: number;
  p95: number;
  samples: number[];
}

export async function benchJournalSave(report: Report, runs: number): Promise<SaveResult> {
  const userData = await mkdtemp(join(tmpdir(), 'soan-bao-cao-journal-'));
  try {
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => Date.now(), log: () => undefined });
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh object each time, as it arrives over IPC; one word changes like an edit would.
      const edited = structuredClone(report);
      edited.title = `${report.title} ${i}`;
      const input = { id: 'bench-100p', templateId: 'so-ket-tong-ket', createdAt: 1, updatedAt: Date.now(), lastStepKey: 'general', report: edited };
      const t = performance.now();
      const valid = validateDraftInput(input);
      if (!valid.ok) throw new Error(valid.error.message);
      await journal.save(valid.draft, 'edit');
      samples.push(performance.now() - t);
    }
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
}
