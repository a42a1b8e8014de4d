/**
 * The page's one spelling session, wired to the worker, the drafts database (the office's words, kept with
 * the default organisation profile; each draft's "Bỏ qua" lists) and localStorage (on/off). Created on first
 * use, by the first editor.
 */
import { liveQuery } from 'dexie';
import { openDraftsDb } from '../db/drafts-db';
import { parseHash } from '../routing/hash-route';
import { createDraftIgnoresRepository, migrateLegacyIgnores } from './draft-ignores-repository';
import { createOfficeWordsRepository } from './office-words-repository';
import { createSpellingSession, type OfficeState, type SpellingSession } from './spelling-session';
import { workerDictionary } from './spelling-worker-client';
import { toneStyleOf } from '../profiles/profile-tone-style';

let session: SpellingSession | null = null;

/** localStorage may be refused (private mode, a locked profile): the choice then lasts until the window closes. */
function settingsStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const memory = new Map<string, string>();
  return {
    getItem: (key) => {
      try {
        return localStorage.getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    setItem: (key, value) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        memory.set(key, value);
      }
    },
    removeItem: (key) => {
      memory.delete(key);
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing stored there to remove.
      }
    },
  };
}

export function spellingSession(): SpellingSession {
  if (session) return session;
  // Its own connection to the drafts database: importing the app's (app-start.ts) into the editor's chunk made
  // the bundler split start-up modules into extra chunks. Dexie tells live queries of writes on any connection.
  const db = openDraftsDb();
  const repo = createOfficeWordsRepository({ db, now: () => Date.now() });
  const settings = settingsStore();
  const ignores = createDraftIgnoresRepository(db);
  // The lists earlier versions kept per machine move into their drafts before any is read.
  const migrated = migrateLegacyIgnores(db, settings).catch((e: unknown) => console.error(e));
  session = createSpellingSession({
    dictionary: workerDictionary(),
    watchOffice: (onChange) => {
      const sub = liveQuery(async (): Promise<OfficeState> => {
        const profile = await db.profiles.filter((p) => p.isDefault).first();
        return {
          words: await repo.listWords(),
          preferredStyle: profile ? toneStyleOf(profile.toneStyle) : 'first-vowel',
        };
      }).subscribe({ next: onChange, error: () => undefined });
      return () => sub.unsubscribe();
    },
    addOfficeWord: (word) => repo.addWord(word),
    settings,
    ignores: {
      load: async (draftId) => {
        await migrated;
        return ignores.load(draftId);
      },
      save: (draftId, list) => ignores.save(draftId, list),
    },
    // The URL names the open draft (routing/hash-route.ts), whichever screen opened it.
    currentReport: () => {
      const route = parseHash(window.location.hash);
      return route.name === 'draft' ? route.draftId : '';
    },
  });
  return session;
}
