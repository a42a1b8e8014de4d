/** Top level: the home screen or one open draft, chosen by the URL hash. */
import { lazy, Suspense, useMemo } from 'react';
import { Box, CircularProgress } from '@mui/material';
import { HomeScreen } from '../home/home-screen';
import { useRepository } from './repository-context';
import { useHashRoute } from './use-hash-route';
import { loadWizard } from './wizard-chunk';

// The wizard brings the editor (TipTap/ProseMirror); loading it on demand keeps the first screen light.
const WizardScreen = lazy(() => loadWizard().then((m) => ({ default: m.WizardScreen })));
const ProfilesScreen = lazy(() => import('../profiles/profiles-screen').then((m) => ({ default: m.ProfilesScreen })));

export function App() {
  const [route, navigate] = useHashRoute();
  const repo = useRepository();
  const draftId = route.name === 'draft' ? route.draftId : null;
  // The draft is read (and schema-checked) while the wizard chunk loads, not after the wizard has mounted.
  const draftLoad = useMemo(() => {
    if (draftId === null) return null;
    const load = repo.getDraft(draftId);
    load.catch(() => undefined); // the wizard screen reports a failure; this only avoids an unhandled rejection
    return load;
  }, [repo, draftId]);
  if (route.name === 'draft') {
    return (
      <Suspense fallback={<Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}><CircularProgress aria-label="Đang mở trình soạn thảo" /></Box>}>
        <WizardScreen key={route.draftId} draftId={route.draftId} draftLoad={draftLoad ?? undefined} stepKey={route.stepKey} navigate={navigate} />
      </Suspense>
    );
  }
  if (route.name === 'profiles') {
    return (
      <Suspense fallback={<Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}><CircularProgress aria-label="Đang mở hồ sơ cơ quan" /></Box>}>
        <ProfilesScreen navigate={navigate} />
      </Suspense>
    );
  }
  return <HomeScreen navigate={navigate} />;
}
