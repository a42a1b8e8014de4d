/** Loads one draft from IndexedDB and opens the wizard on it, or explains in Vietnamese why it cannot. */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { Route } from '../routing/hash-route';
import { useRepository } from '../app/repository-context';
import type { DraftRecord } from '../db/draft-record';
import type { DraftLoad } from '../app/app-start';
import { WizardWorkspace } from './wizard-workspace';
import { BlockOriginsProvider } from './block-origins-context';

interface WizardScreenProps {
  draftId: string;
  /** The read of this draft, when already started (at launch, or by app.tsx while this screen's chunk loads). */
  draftLoad?: DraftLoad | undefined;
  stepKey: string | undefined;
  navigate: (route: Route, replace?: boolean) => void;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; draft: DraftRecord };

const STORE_UNREADABLE =
  'Không đọc được bộ nhớ bản nháp của ứng dụng. Hãy đóng rồi mở lại ứng dụng; nếu vẫn lỗi, liên hệ cán bộ kỹ thuật.';

function loadFrom(res: Awaited<DraftLoad['promise']>): Load {
  return res.ok ? { state: 'ready', draft: res.draft } : { state: 'error', message: res.message };
}

export function WizardScreen({ draftId, draftLoad, stepKey, navigate }: WizardScreenProps) {
  const repo = useRepository();
  // A read that finished before this first render opens the step at once (no spinner commit first).
  const [initial] = useState<Load>(() => {
    const done = draftLoad?.outcome;
    if (!done) return { state: 'loading' };
    return done.ok ? loadFrom(done.value) : { state: 'error', message: STORE_UNREADABLE };
  });
  const [load, setLoad] = useState<Load>(initial);

  useEffect(() => {
    if (initial.state !== 'loading') return;
    let alive = true;
    (draftLoad?.promise ?? repo.getDraft(draftId))
      .then((res) => alive && setLoad(loadFrom(res)))
      .catch(() => alive && setLoad({ state: 'error', message: STORE_UNREADABLE }));
    return () => {
      alive = false;
    };
  }, [repo, draftId, draftLoad, initial]);

  if (load.state === 'ready')
    return (
      <BlockOriginsProvider draftId={load.draft.id} report={load.draft.report}>
        <WizardWorkspace draft={load.draft} routeStepKey={stepKey} navigate={navigate} />
      </BlockOriginsProvider>
    );
  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6">Soạn Báo Cáo</Typography>
        </Toolbar>
      </AppBar>
      <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
        {load.state === 'loading' ? (
          <CircularProgress aria-label="Đang mở bản nháp" />
        ) : (
          <Alert
            severity="error"
            action={
              <Button color="inherit" onClick={() => navigate({ name: 'home' })}>
                Về danh sách
              </Button>
            }
            sx={{ maxWidth: 720 }}
          >
            {load.message}
          </Alert>
        )}
      </Box>
    </Box>
  );
}
