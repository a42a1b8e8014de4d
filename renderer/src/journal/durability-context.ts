/** The drafts database and the journal (null in a plain browser), for the recovery, trash, history and file UIs. */
import { createContext, useContext } from 'react';
import type { DraftsDb } from '../db/drafts-db';
import type { JournalApi } from './journal-api';

export interface Durability {
  db: DraftsDb;
  api: JournalApi | null;
}

export const DurabilityContext = createContext<Durability | null>(null);

export function useDurability(): Durability {
  const value = useContext(DurabilityContext);
  if (!value) throw new Error('DurabilityContext chưa được cung cấp.');
  return value;
}
