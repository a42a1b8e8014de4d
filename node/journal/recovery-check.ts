/**
 * What the journal can give back that IndexedDB lacks (D-07): drafts IndexedDB does not have at all, and
 * drafts whose journal copy is newer. Pure, so the start-up decision is tested on plain data.
 */
import type { JournalDraftSummary, RecoverableDraft } from '../../electron/ipc/journal-types';

export function findRecoverable(
  journal: readonly JournalDraftSummary[],
  indexedDb: readonly { id: string; updatedAt: number }[],
): RecoverableDraft[] {
  const inDb = new Map(indexedDb.map((d) => [d.id, d.updatedAt]));
  const result: RecoverableDraft[] = [];
  for (const draft of journal) {
    const dbUpdatedAt = inDb.get(draft.id);
    if (dbUpdatedAt === undefined) result.push({ ...draft, why: 'missing' });
    else if (draft.updatedAt > dbUpdatedAt) result.push({ ...draft, why: 'newer' });
  }
  return result.sort((a, b) => b.updatedAt - a.updatedAt);
}
