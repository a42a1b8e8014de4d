/**
 * Bench page: exposes `window.soanBaoCaoBench.save(report, runs)`, which stores a draft through the
 * renderer's own repository (same database name, same strict durability), opens it as the wizard does, and
 * times `saveDraft` — the call the autosave makes — `runs` times, each after one more keystroke in a body
 * paragraph of the biggest chapter. The draft stays in the database for the typing and start benchmarks.
 */
import type { Report } from '../../core/model/report-schema';
import type { BenchPageApi, BrowserSaveResult } from '../bench-page-api';
import { openDraftsDb } from '../../renderer/src/db/drafts-db';
import { createDraftsRepository, randomId } from '../../renderer/src/db/drafts-repository';
import { biggestChapterIndex, typeInChapter } from './edit-one-paragraph';

async function save(report: Report, runs: number): Promise<BrowserSaveResult> {
  const db = openDraftsDb();
  const repository = createDraftsRepository({ db, now: () => Date.now(), newId: randomId });
  const draft = await repository.createDraft('so-ket-tong-ket', report, 'general');
  // The wizard edits the report it read back (getDraft), not the one it created.
  const opened = await repository.getDraft(draft.id);
  if (!opened.ok) throw new Error(opened.message);
  const chapter = biggestChapterIndex(opened.draft.report);
  let edited: Report = opened.draft.report;
  const samples: number[] = [];
  const typed = 'Cap uy cac cap tiep tuc quan triet';
  for (let i = 0; i < runs; i++) {
    // One more keystroke in one paragraph per save: what autosave writes while the clerk types.
    edited = typeInChapter(edited, chapter, typed[i % typed.length]!);
    const t = performance.now();
    await repository.saveDraft(draft.id, edited, 'general');
    samples.push(performance.now() - t);
  }
  // Leave the report as generated, for the benchmarks that open it next.
  await repository.saveDraft(draft.id, report, 'general');
  db.close();
  return { draftId: draft.id, samples };
}

declare global {
  interface Window {
    soanBaoCaoBench: BenchPageApi;
  }
}

window.soanBaoCaoBench = { save };
document.getElementById('status')!.textContent = 'ready';
