/**
 * Bench page: exposes `window.soanBaoCaoBench.save(report, runs)`, which stores a draft through the
 * renderer's own repository (same database name, same strict durability) and times `saveDraft` — the call
 * the autosave makes — `runs` times. The draft stays in the database for the typing and start benchmarks.
 */
import type { Report } from '../../core/model/report-schema';
import type { BenchPageApi, BrowserSaveResult } from '../bench-page-api';
import { openDraftsDb } from '../../renderer/src/db/drafts-db';
import { createDraftsRepository, randomId } from '../../renderer/src/db/drafts-repository';


async function save(report: Report, runs: number): Promise<BrowserSaveResult> {
  const db = openDraftsDb();
  const repository = createDraftsRepository({ db, now: () => Date.now(), newId: randomId });
  const draft = await repository.createDraft('so-ket-tong-ket', report, 'general');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Each save carries a slightly different report, as autosave after an edit does.
    const edited: Report = { ...report, title: `${report.title} ${i}` };
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
