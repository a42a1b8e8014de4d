/** Top level: the home screen or one open draft, chosen by the URL hash. */
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { takeEarlyDraft } from './app-start';
import { useRepository } from './repository-context';
import { settle } from './settled';
import { useHashRoute } from './use-hash-route';
import { useChunk } from './lazy-chunk';
import { wizardChunk } from './wizard-chunk';
import { homeChunk, inboxChunk, outlinesChunk, profilesChunk } from './screen-chunks';
import { AppNotice } from './app-notice';

export function App() {
  return (
    <>
      <Screens />
      <AppNotice />
    </>
  );
}

function Screens() {
  const [route, navigate] = useHashRoute();
  const repo = useRepository();
  // The wizard is a chunk of its own, so the home screen does not wait for it.
  const wizard = useChunk(wizardChunk, route.name === 'draft');
  // The other screens are chunks too (screen-chunks.ts): loaded before the first render when the app opens on
  // them, else on idle after it, so they are normally there before the clerk can ask for them.
  const profilesScreen = useChunk(profilesChunk, route.name === 'profiles');
  const outlinesScreen = useChunk(outlinesChunk, route.name === 'outlines');
  const inboxScreen = useChunk(inboxChunk, route.name === 'inbox');
  const homeScreen = useChunk(homeChunk, route.name === 'home');
  const draftId = route.name === 'draft' ? route.draftId : null;
  // The draft is read (and schema-checked) while the wizard chunk loads, not after the wizard has mounted;
  // when the app opened onto this draft, that read started at launch (app-start.ts).
  const draftLoad = useMemo(() => {
    if (draftId === null) return null;
    const early = takeEarlyDraft(draftId);
    if (early) return early;
    const load = settle(repo.getDraft(draftId));
    load.promise.catch(() => undefined); // the wizard screen reports a failure; this only avoids an unhandled rejection
    return load;
  }, [repo, draftId]);
  if (route.name === 'draft') {
    if (!wizard)
      return (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
          <CircularProgress aria-label="Đang mở trình soạn thảo" />
        </Box>
      );
    const { WizardScreen } = wizard;
    return (
      <WizardScreen
        key={route.draftId}
        draftId={route.draftId}
        draftLoad={draftLoad ?? undefined}
        stepKey={route.stepKey}
        navigate={navigate}
      />
    );
  }
  if (route.name === 'profiles') {
    if (!profilesScreen)
      return (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
          <CircularProgress aria-label="Đang mở hồ sơ cơ quan" />
        </Box>
      );
    const { ProfilesScreen } = profilesScreen;
    return <ProfilesScreen navigate={navigate} />;
  }
  if (route.name === 'outlines') {
    if (!outlinesScreen)
      return (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
          <CircularProgress aria-label="Đang mở đề cương" />
        </Box>
      );
    const { OutlinesScreen } = outlinesScreen;
    return <OutlinesScreen navigate={navigate} fromDraftId={route.fromDraftId} />;
  }
  if (route.name === 'inbox') {
    if (!inboxScreen)
      return (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
          <CircularProgress aria-label="Đang mở nhận báo cáo" />
        </Box>
      );
    const { InboxScreen } = inboxScreen;
    return <InboxScreen navigate={navigate} />;
  }
  if (!homeScreen)
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
        <CircularProgress aria-label="Đang mở danh sách bản nháp" />
      </Box>
    );
  const { HomeScreen } = homeScreen;
  return <HomeScreen navigate={navigate} />;
}
