/** The office's own dictionary in IndexedDB, for the default organisation profile (the office now drafting). */
import type { DraftsDb } from '../db/drafts-db';
import { NO_PROFILE, OFFICE_WORD_MAX_LENGTH, officeWordKey } from './office-word';

export interface OfficeWordsRepository {
  /** The profile whose list applies: the default one, or NO_PROFILE when there is none. */
  currentProfileId(): Promise<string>;
  /** Keys (`officeWordKey`) of the current profile's words. */
  listWords(): Promise<Set<string>>;
  addWord(word: string): Promise<void>;
  removeWord(word: string): Promise<void>;
}

export function createOfficeWordsRepository({ db, now }: { db: DraftsDb; now: () => number }): OfficeWordsRepository {
  const currentProfileId = async () => (await db.profiles.filter((p) => p.isDefault).first())?.id ?? NO_PROFILE;
  return {
    currentProfileId,
    async listWords() {
      const profileId = await currentProfileId();
      const rows = await db.officeWords.where('profileId').equals(profileId).toArray();
      return new Set(rows.map((r) => r.word));
    },
    async addWord(word) {
      const key = officeWordKey(word);
      if (!key || /\s/u.test(key) || [...key].length > OFFICE_WORD_MAX_LENGTH)
        throw new Error('Chỉ thêm được từng từ một (không quá 40 chữ cái) vào từ điển của đơn vị.');
      await db.transaction('rw', db.profiles, db.officeWords, async () => {
        await db.officeWords.put({ profileId: await currentProfileId(), word: key, addedAt: now() });
      });
    },
    async removeWord(word) {
      await db.transaction('rw', db.profiles, db.officeWords, async () => {
        await db.officeWords.delete([await currentProfileId(), officeWordKey(word)]);
      });
    },
  };
}
