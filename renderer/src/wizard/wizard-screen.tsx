/** Loads one draft from IndexedDB and opens the wizard on it, or explains in Vietnamese why it cannot. */
import { useEffect, useState } from 'react';
import { Alert, AppBar, Box, Button, CircularProgress, Toolbar, Typography } from '@mui/material';
import type { Route } from '../routing/hash-route';
import { useRepository } from '../app/repository-context';
import type { DraftRecord } from '../db/draft-record';
import type { DraftsRepository } from '../db/drafts-repository';
import { WizardWorkspace } from './wizard-workspace';

interface WizardScreenProps {
  draftId: string;
  /** The read of this draft, when already started (app.tsx starts it while this screen's chunk loads). */
  draftLoad?: ReturnType<DraftsRepository['getDraft']> | undefined;
  stepKey: string | undefined;
  navigate: (route: Route, replace?: boolean) => void;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; draft: DraftRecord };

export function WizardScreen({ draftId, draftLoad, stepKey, navigate }: WizardScreenProps) {
  const repo = useRepository();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let alive = true;
    (draftLoad ?? repo.getDraft(draftId))
      .then((res) => alive && setLoad(res.ok ? { state: 'ready', draft: res.draft } : { state: 'error', message: res.message }))
      .catch(() => alive && setLoad({ state: 'error', message: 'Không đọc được bộ nhớ bản nháp của ứng dụng. Hãy đóng rồi mở lại ứng dụng; nếu vẫn lỗi, liên hệ cán bộ kỹ thuật.' }));
    return () => {
      alive = false;
    };
  }, [repo, draftId, draftLoad]);

  if (load.state === 'ready') return <WizardWorkspace draft={load.draft} routeStepKey={stepKey} navigate={navigate} />;
  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar><Typography variant="h6">Soạn Báo Cáo</Typography></Toolbar>
      </AppBar>
      <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
        {load.state === 'loading' ? (
          <CircularProgress aria-label="Đang mở bản nháp" />
        ) : (
          <Alert severity="error" action={<Button color="inherit" onClick={() => navigate({ name: 'home' })}>Về danh sách</Button>} sx={{ maxWidth: 720 }}>
            {load.message}
          </Alert>
        )}
      </Box>
    </Box>
  );
}
