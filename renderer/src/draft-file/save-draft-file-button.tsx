/** "Lưu bản nháp ra tệp" in the wizard: saves pending edits first, then writes the .baocao.json. */
import { useState } from 'react';
import { Alert, IconButton, Snackbar } from '@mui/material';
import { Tooltip } from '../app/tooltip';
import SaveAlt from '@mui/icons-material/SaveAlt';
import type { Report } from '../../../core/model/report-schema';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import { useDurability } from '../journal/durability-context';
import { createOfficeWordsRepository } from '../spelling/office-words-repository';
import { saveDraftToFile, type FileOutcome } from './draft-file-io';

interface Props {
  draft: DraftRecord;
  report: Report;
  stepKey: string;
  flush: () => Promise<unknown>;
}

export function SaveDraftFileButton({ draft, report, stepKey, flush }: Props) {
  const { api, db } = useDurability();
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
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
    setOutcome(await saveDraftToFile(api, record, [...words]));
  };
  return (
    <>
      <Tooltip title="Lưu bản nháp ra tệp (.baocao.json) để chép sang máy khác hoặc gửi đi">
        <IconButton color="inherit" aria-label="Lưu bản nháp ra tệp" onClick={() => void save()}>
          <SaveAlt />
        </IconButton>
      </Tooltip>
      {outcome && outcome.status !== 'canceled' && (
        <Snackbar
          open
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
          autoHideDuration={outcome.status === 'error' ? null : 8000}
          onClose={() => setOutcome(null)}
        >
          <Alert
            severity={outcome.status === 'saved' ? 'success' : 'error'}
            variant="filled"
            onClose={() => setOutcome(null)}
            sx={{ maxWidth: 720 }}
          >
            {outcome.message}
          </Alert>
        </Snackbar>
      )}
    </>
  );
}
