/**
 * "Lưu bản nháp ra tệp" as one action wherever the wizard offers it (the app bar, the browser's "Nộp qua USB"):
 * saves pending edits first, then writes the .baocao.json; `outcome` is the message that says how it went.
 */
import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { Report } from '../../../core/model/report-schema';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import { useDurability } from '../journal/durability-context';
import { createOfficeWordsRepository } from '../spelling/office-words-repository';
import { saveDraftToFile, type FileOutcome } from './draft-file-io';

interface SaveDraftFileInput {
  draft: DraftRecord;
  report: Report;
  stepKey: string;
  flush: () => Promise<unknown>;
}

export function useSaveDraftFile({ draft, report, stepKey, flush }: SaveDraftFileInput): {
  save: () => Promise<void>;
  outcome: ReactNode;
} {
  const { api, db } = useDurability();
  const [result, setResult] = useState<FileOutcome | null>(null);
  const save = async () => {
    await flush();
    const record: DraftRecord = {
      ...draft,
      report,
      title: draftTitle(report),
      lastStepKey: stepKey,
      updatedAt: Date.now(),
    };
    // The office's own words go with the draft; a list that cannot be read leaves them out, never the draft.
    const words = await createOfficeWordsRepository({ db, now: Date.now })
      .listWords()
      .catch(() => new Set<string>());
    setResult(await saveDraftToFile(api, record, [...words]));
  };
  const outcome = result && result.status !== 'canceled' && (
    <Snackbar
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      autoHideDuration={result.status === 'error' ? null : 8000}
      onClose={() => setResult(null)}
    >
      <Alert
        severity={result.status === 'saved' ? 'success' : 'error'}
        variant="filled"
        onClose={() => setResult(null)}
        sx={{ maxWidth: 720 }}
      >
        {result.message}
      </Alert>
    </Snackbar>
  );
  return { save, outcome };
}
