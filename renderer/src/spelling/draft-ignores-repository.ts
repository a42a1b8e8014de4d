/**
 * The draft's ignored words and occurrences in the drafts database (draft-ignores.ts), and the one-time move of
 * the lists earlier versions kept per machine in localStorage into the drafts they belong to.
 */
import type { DraftsDb } from '../db/drafts-db';
import { cleanIgnores, emptyIgnores, type DraftIgnores } from './draft-ignores';

export interface DraftIgnoresRepository {
  load(draftId: string): Promise<DraftIgnores>;
  save(draftId: string, ignores: DraftIgnores): Promise<void>;
}

/** Where earlier versions kept the words ignored per report: `{ [draftId]: words[] }`. */
export const LEGACY_IGNORED_SETTING_KEY = 'soan-bao-cao.bo-qua-chinh-ta';

export function createDraftIgnoresRepository(db: DraftsDb): DraftIgnoresRepository {
  return {
    async load(draftId) {
      if (!draftId) return emptyIgnores();
      return cleanIgnores(await db.spellingIgnores.get(draftId));
    },
    async save(draftId, ignores) {
      if (!draftId) return;
      await db.spellingIgnores.put({ draftId, ...cleanIgnores(ignores) });
    },
  };
}

/**
 * Moves the per-machine lists into the database, merged with what a draft already has, then forgets the
 * setting. Entries of drafts that no longer exist are dropped. A damaged setting is dropped, never an error;
 * if the database refuses the write, the setting stays for the next start.
 */
export async function migrateLegacyIgnores(
  db: DraftsDb,
  settings: Pick<Storage, 'getItem' | 'removeItem'>,
): Promise<void> {
  const text = settings.getItem(LEGACY_IGNORED_SETTING_KEY);
  if (text === null) return;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw as Record<string, unknown>).filter(([id]) => id !== '');
    await db.transaction('rw', db.drafts, db.spellingIgnores, async () => {
      for (const [draftId, words] of entries) {
        if ((await db.drafts.where('id').equals(draftId).count()) === 0) continue;
        const have = cleanIgnores(await db.spellingIgnores.get(draftId));
        const moved = cleanIgnores({ words });
        await db.spellingIgnores.put({
          draftId,
          ...cleanIgnores({ words: [...have.words, ...moved.words], once: have.once }),
        });
      }
    });
  }
  settings.removeItem(LEGACY_IGNORED_SETTING_KEY);
}
