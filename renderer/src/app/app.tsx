/** Top level: the home screen or one open draft, chosen by the URL hash. */
import { lazy, Suspense } from 'react';
import { Box, CircularProgress } from '@mui/material';
import { HomeScreen } from '../home/home-screen';
import { useHashRoute } from './use-hash-route';

// The wizard brings the editor (TipTap/ProseMirror); loading it on demand keeps the first screen light.
const WizardScreen = lazy(() => import('../wizard/wizard-screen').then((m) => ({ default: m.WizardScreen })));
const ProfilesScreen = lazy(() => import('../profiles/profiles-screen').then((m) => ({ default: m.ProfilesScreen })));

export function App() {
  const [route, navigate] = useHashRoute();
  if (route.name === 'draft') {
    return (
      <Suspense fallback={<Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}><CircularProgress aria-label="Đang mở trình soạn thảo" /></Box>}>
        <WizardScreen key={route.draftId} draftId={route.draftId} stepKey={route.stepKey} navigate={navigate} />
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
