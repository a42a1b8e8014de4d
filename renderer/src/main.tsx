// First: starts fetching the wizard chunk when the app opens onto a draft (see wizard-chunk.ts).
import './app/wizard-chunk';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { ProfilesContext } from './app/profiles-context';
import { RepositoryContext } from './app/repository-context';
import { theme } from './app/theme';
import { openDraftsDb, requestPersistentStorage } from './db/drafts-db';
import { createDraftsRepository, randomId } from './db/drafts-repository';
import { createProfilesRepository } from './profiles/profiles-repository';
import { DurabilityContext } from './journal/durability-context';
import { withJournal } from './journal/durable-repository';
import { installFlushResponder } from './journal/flush-responder';
import { journalApi } from './journal/journal-api';
import { StartupGate } from './recovery/startup-gate';
import './app/global.css';

/** Deleted drafts can be undone for 30 days, then they are removed for good. */
const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

const db = openDraftsDb();
// Issue 4: in the desktop app every save also goes to main's journal on disk; main's quit waits for our flush.
const api = journalApi();
const repository = withJournal(createDraftsRepository({ db, now: () => Date.now(), newId: randomId }), db, api);
if (api) installFlushResponder(api);
const profiles = createProfilesRepository({ db, now: () => Date.now(), newId: randomId });
void requestPersistentStorage();
void repository.purgeDeleted(Date.now() - PURGE_AFTER_MS).catch(() => 0);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RepositoryContext value={repository}>
        <ProfilesContext value={profiles}>
          <DurabilityContext value={{ db, api }}>
            <ErrorBoundary>
              <StartupGate db={db} api={api}>
                <App />
              </StartupGate>
            </ErrorBoundary>
          </DurabilityContext>
        </ProfilesContext>
      </RepositoryContext>
    </ThemeProvider>
  </StrictMode>,
);
