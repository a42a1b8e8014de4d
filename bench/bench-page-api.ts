/** What the bench page (page/bench-page.tsx) exposes on `window.soanBaoCaoBench`, shared with the Node side. */
import type { Report } from '../core/model/report-schema';

export interface BrowserSaveResult {
  draftId: string;
  samples: number[];
}

export interface BenchPageApi {
  save(report: Report, runs: number): Promise<BrowserSaveResult>;
}
