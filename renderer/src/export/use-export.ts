/** Export state for the UI: one export at a time, progress, and the outcome message. */
import { useCallback, useState } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { exportReport, type ExportOutcome } from './export-report';

export function useExport(beforeExport: () => Promise<void>, draftId?: string) {
  const [exporting, setExporting] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const run = useCallback(
    async (report: Report) => {
      setExporting(true);
      setOutcome(null);
      try {
        // Save first, so the exported file and the stored draft never disagree.
        await beforeExport().catch(() => undefined);
        setOutcome(await exportReport(report, draftId));
      } finally {
        setExporting(false);
      }
    },
    [beforeExport, draftId],
  );
  return { exporting, outcome, run, clear: () => setOutcome(null) };
}
