/**
 * The start-up decision (D-05…D-07): open IndexedDB and ask the journal what it holds that IndexedDB lacks
 * (missing drafts, newer copies). Never start silently with an empty or stale store while the journal has
 * more: the recovery screen is shown instead. No journal (plain browser) → nothing to compare, start normally.
 */
import type { RecoverableDraft } from '../../../electron/ipc/channels';
import type { DraftsDb } from '../db/drafts-db';
import type { JournalApi } from '../journal/journal-api';

export type StartupCheck =
  | { kind: 'ok' }
  | { kind: 'recover'; recoverable: RecoverableDraft[]; dbFailed: boolean }
  | { kind: 'journal-error'; message: string };

/**
 * Ids and save times of every record, read from the `updatedAt` index alone: loading whole drafts (hundreds
 * of KB each) here would delay the first screen by the size of the biggest report.
 */
export async function heldDrafts(db: DraftsDb): Promise<{ id: string; updatedAt: number }[]> {
  const held: { id: string; updatedAt: number }[] = [];
  await db.drafts.orderBy('updatedAt').eachKey((key, cursor) => {
    held.push({ id: String(cursor.primaryKey), updatedAt: Number(key) });
  });
  return held;
}

export async function checkAtStartup(db: DraftsDb, api: JournalApi | null): Promise<StartupCheck> {
  let held: { id: string; updatedAt: number }[] | null = null;
  try {
    await db.open();
    // No journal (plain browser): nothing to compare, so nothing to read beyond opening the database.
    if (!api) return { kind: 'ok' };
    held = await heldDrafts(db);
  } catch (error) {
    console.error('[recovery] IndexedDB did not open', error);
    if (!api) throw error;
  }
  if (!api) return { kind: 'ok' };
  try {
    const res = await api.journalRecoveryCheck({ drafts: held ?? [] });
    if (res.status === 'error') return { kind: 'journal-error', message: res.message };
    if (res.recoverable.length === 0 && held !== null) return { kind: 'ok' };
    return { kind: 'recover', recoverable: res.recoverable, dbFailed: held === null };
  } catch (error) {
    console.error('[recovery] journal check failed', error);
    return held === null ? { kind: 'recover', recoverable: [], dbFailed: true } : { kind: 'ok' };
  }
}
