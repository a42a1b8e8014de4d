/** Organisation profiles in IndexedDB. Exactly one profile is the default whenever any exist. */
import type { DraftsDb } from '../db/drafts-db';
import { readProfile, type OrgProfile, type OrgProfileInput } from './org-profile';

export interface ProfilesRepository {
  listProfiles(): Promise<OrgProfile[]>;
  saveProfile(input: OrgProfileInput, id?: string): Promise<OrgProfile>;
  deleteProfile(id: string): Promise<void>;
  setDefaultProfile(id: string): Promise<void>;
}

export function createProfilesRepository({
  db,
  now,
  newId,
}: {
  db: DraftsDb;
  now: () => number;
  newId: () => string;
}): ProfilesRepository {
  return {
    async listProfiles() {
      const rows = await db.profiles.toArray();
      return rows
        .map(readProfile)
        .filter((p): p is OrgProfile => p !== null)
        .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.label.localeCompare(b.label, 'vi'));
    },

    async saveProfile(input, id) {
      return db.transaction('rw', db.profiles, async () => {
        const existing = id ? await db.profiles.get(id) : undefined;
        const isFirst = (await db.profiles.count()) === 0;
        const profile = readProfile({
          ...input,
          id: existing?.id ?? newId(),
          isDefault: existing?.isDefault ?? isFirst,
          updatedAt: now(),
        });
        if (!profile) throw new Error('Hồ sơ cơ quan có trường quá dài hoặc không hợp lệ.');
        await db.profiles.put(profile);
        return profile;
      });
    },

    async deleteProfile(id) {
      await db.transaction('rw', db.profiles, db.officeWords, async () => {
        const row = await db.profiles.get(id);
        await db.profiles.delete(id);
        // The office's own spelling words go with its profile.
        await db.officeWords.where('profileId').equals(id).delete();
        // The default went away: the most recently edited remaining profile takes its place.
        if (row?.isDefault) {
          const next = await db.profiles.orderBy('updatedAt').last();
          if (next) await db.profiles.put({ ...next, isDefault: true });
        }
      });
    },

    async setDefaultProfile(id) {
      await db.transaction('rw', db.profiles, async () => {
        for (const row of await db.profiles.toArray()) {
          if (row.isDefault !== (row.id === id)) await db.profiles.put({ ...row, isDefault: row.id === id });
        }
      });
    },
  };
}
