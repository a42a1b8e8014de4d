/** Runs the start-up recovery check before the app shows any draft list (never start silently with less). */
import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import type { DraftsDb } from '../db/drafts-db';
import type { JournalApi } from '../journal/journal-api';
import type { Settled } from '../app/settled';
import type { StartupCheck } from './recovery-check';
import { useChunk } from '../app/lazy-chunk';
import { recoveryChunk } from '../app/screen-chunks';

const DB_BROKEN =
  'Bộ nhớ bản nháp của ứng dụng không mở được. Hãy đóng rồi mở lại; nếu vẫn lỗi, hãy dùng ứng dụng trên máy tính (có bản lưu trên đĩa) hoặc liên hệ cán bộ kỹ thuật.';

interface StartupGateProps {
  db: DraftsDb;
  api: JournalApi | null;
  /** checkAtStartup(db, api), started before React (app/app-start.ts); usually settled by the first render. */
  check: Settled<StartupCheck>;
  children: ReactNode;
}

export function StartupGate({ db, api, check: started, children }: StartupGateProps) {
  const done = started.outcome;
  const [check, setCheck] = useState<StartupCheck | 'pending' | 'db-broken'>(() =>
    done ? (done.ok ? done.value : 'db-broken') : 'pending',
  );
  const [journalWarning, setJournalWarning] = useState<string | null>(() =>
    done?.ok && done.value.kind === 'journal-error' ? done.value.message : null,
  );

  // Also when already settled: then it sets the same values again (no re-render).
  useEffect(() => {
    let alive = true;
    started.promise
      .then((c) => {
        if (!alive) return;
        if (c.kind === 'journal-error') setJournalWarning(c.message);
        setCheck(c);
      })
      .catch(() => alive && setCheck('db-broken'));
    return () => {
      alive = false;
    };
  }, [started]);

  // Its own chunk: app-start.ts loads it before the first render when the check asks for a recovery.
  const recovery = useChunk(recoveryChunk, typeof check === 'object' && check.kind === 'recover' && api !== null);

  if (check === 'pending')
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
        <CircularProgress aria-label="Đang mở bộ nhớ bản nháp" />
      </Box>
    );
  if (check === 'db-broken')
    return (
      <Alert severity="error" sx={{ m: 4 }}>
        {DB_BROKEN}
      </Alert>
    );
  if (check.kind === 'recover' && api) {
    if (!recovery)
      return (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
          <CircularProgress aria-label="Đang mở bộ nhớ bản nháp" />
        </Box>
      );
    const { RecoveryScreen } = recovery;
    return (
      <RecoveryScreen
        db={db}
        api={api}
        recoverable={check.recoverable}
        dbFailed={check.dbFailed}
        onDone={() => setCheck({ kind: 'ok' })}
      />
    );
  }
  return (
    <>
      {journalWarning && (
        <Alert severity="warning" onClose={() => setJournalWarning(null)}>
          {journalWarning}
        </Alert>
      )}
      {children}
    </>
  );
}
