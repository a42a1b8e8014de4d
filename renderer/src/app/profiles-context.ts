/** The profiles repository, created once at start-up next to the drafts repository. */
import { createContext, useContext } from 'react';
import type { ProfilesRepository } from '../profiles/profiles-repository';

export const ProfilesContext = createContext<ProfilesRepository | null>(null);

export function useProfiles(): ProfilesRepository {
  const repo = useContext(ProfilesContext);
  if (!repo) throw new Error('ProfilesContext chưa được cung cấp.');
  return repo;
}
