/** The drafts repository is created once at start-up and handed down, so components never open the DB. */
import { createContext, useContext } from 'react';
import type { DraftsRepository } from '../db/drafts-repository';

export const RepositoryContext = createContext<DraftsRepository | null>(null);

export function useRepository(): DraftsRepository {
  const repo = useContext(RepositoryContext);
  if (!repo) throw new Error('RepositoryContext chưa được cung cấp.');
  return repo;
}
