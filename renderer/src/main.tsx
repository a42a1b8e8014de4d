// First: opens IndexedDB and starts what the first screen needs before React and MUI are evaluated (app-start.ts).
import { api, db, firstScreenReady, profiles, repository, startupCheck } from './app/app-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { ProfilesContext } from './app/profiles-context';
import { RepositoryContext } from './app/repository-context';
import { theme } from './app/theme';
import { requestPersistentStorage } from './db/drafts-db';
import { DurabilityContext } from './journal/durability-context';
import { installFlushResponder } from './journal/flush-responder';
import { StartupGate } from './recovery/startup-gate';
import { preloadScreensOnIdle } from './app/screen-chunks';
import './app/global.css';

/** Deleted drafts can be undone for 30 days, then they are removed for good. */
const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

if (api) installFlushResponder(api);

// One render, once the first screen's data is there: no spinner commit in between.
void firstScreenReady().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <RepositoryContext value={repository}>
          <ProfilesContext value={profiles}>
            <DurabilityContext value={{ db, api }}>
              <ErrorBoundary>
                <StartupGate db={db} api={api} check={startupCheck}>
                  <App />
                </StartupGate>
              </ErrorBoundary>
            </DurabilityContext>
          </ProfilesContext>
        </RepositoryContext>
      </ThemeProvider>
    </StrictMode>,
  );
  preloadScreensOnIdle();
  // Housekeeping after the first screen: a purge is a read-write transaction on the drafts store (with a
  // strict-durability commit), and the draft's read would queue behind it.
  setTimeout(() => {
    void requestPersistentStorage();
    void repository.purgeDeleted(Date.now() - PURGE_AFTER_MS).catch(() => 0);
  }, 2000);
});
