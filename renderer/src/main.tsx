import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { RepositoryContext } from './app/repository-context';
import { theme } from './app/theme';
import { openDraftsDb, requestPersistentStorage } from './db/drafts-db';
import { createDraftsRepository, randomId } from './db/drafts-repository';
import './app/global.css';

/** Deleted drafts can be undone for 30 days, then they are removed for good. */
const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

const repository = createDraftsRepository({ db: openDraftsDb(), now: () => Date.now(), newId: randomId });
void requestPersistentStorage();
void repository.purgeDeleted(Date.now() - PURGE_AFTER_MS).catch(() => 0);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RepositoryContext value={repository}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </RepositoryContext>
    </ThemeProvider>
  </StrictMode>,
);
