/** The office's own dictionary in IndexedDB, for the default organisation profile (the office now drafting). */
import type { DraftsDb } from '../db/drafts-db';
import { NO_PROFILE, OFFICE_WORD_MAX_LENGTH, officeWordKey, type OfficeWord } from './office-word';

export interface OfficeWordsRepository {
  /** The profile whose list applies: the default one, or NO_PROFILE when there is none. */
  currentProfileId(): Promise<string>;
  /** Keys (`officeWordKey`) of the current profile's words. */
  listWords(): Promise<Set<string>>;
  /** The current profile's words with when they were added, in alphabetical order (for the management dialog). */
  listEntries(): Promise<OfficeWord[]>;
  addWord(word: string): Promise<void>;
  /**
   * Merges words from elsewhere (a draft file written on another PC) into the current profile's list; words
   * that are not one word of at most 40 letters are skipped. Returns how many were not in the list before.
   */
  mergeWords(words: readonly string[]): Promise<number>;
  removeWord(word: string): Promise<void>;
}

export const OFFICE_WORD_REFUSED = 'Chỉ thêm được từng từ một (không quá 40 chữ cái) vào từ điển của đơn vị.';

function validKey(word: string): string | null {
  const key = officeWordKey(word.trim());
  return key && !/\s/u.test(key) && [...key].length <= OFFICE_WORD_MAX_LENGTH ? key : null;
}

const collator = new Intl.Collator('vi');

export function createOfficeWordsRepository({ db, now }: { db: DraftsDb; now: () => number }): OfficeWordsRepository {
  const currentProfileId = async () => (await db.profiles.filter((p) => p.isDefault).first())?.id ?? NO_PROFILE;
  return {
    currentProfileId,
    async listWords() {
      const profileId = await currentProfileId();
      const rows = await db.officeWords.where('profileId').equals(profileId).toArray();
      return new Set(rows.map((r) => r.word));
    },
    async listEntries() {
      const profileId = await currentProfileId();
      const rows = await db.officeWords.where('profileId').equals(profileId).toArray();
      return rows.sort((a, b) => collator.compare(a.word, b.word));
    },
    async addWord(word) {
      const key = validKey(word);
      if (!key) throw new Error(OFFICE_WORD_REFUSED);
      await db.transaction('rw', db.profiles, db.officeWords, async () => {
        await db.officeWords.put({ profileId: await currentProfileId(), word: key, addedAt: now() });
      });
    },
    async mergeWords(words) {
      const keys = [...new Set(words.map(validKey).filter((k): k is string => k !== null))];
      if (keys.length === 0) return 0;
      return db.transaction('rw', db.profiles, db.officeWords, async () => {
        const profileId = await currentProfileId();
        const have = new Set((await db.officeWords.where('profileId').equals(profileId).toArray()).map((r) => r.word));
        const fresh = keys.filter((k) => !have.has(k));
        const at = now();
        await db.officeWords.bulkPut(fresh.map((word) => ({ profileId, word, addedAt: at })));
        return fresh.length;
      });
    },
    async removeWord(word) {
      await db.transaction('rw', db.profiles, db.officeWords, async () => {
        await db.officeWords.delete([await currentProfileId(), officeWordKey(word)]);
      });
    },
  };
}
