/**
 * Main asks "is everything saved?" before quitting (D-12). Each open editor registers a flusher; the
 * responder runs them all and answers with the same request id. Main stops waiting after 3 s on its own.
 */
import type { SaveReason } from '../autosave/autosave-scheduler';
import { CONVERT_DELAY_MS } from '../editor/pending-change';
import type { JournalApi } from './journal-api';

/** Saves now; resolves true when nothing is left unsaved. */
export type Flusher = (reason: SaveReason) => Promise<boolean>;

const flushers = new Set<Flusher>();

export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => void flushers.delete(flusher);
}

/**
 * Time for the last keystrokes to reach the report: an editor reports its change CONVERT_DELAY_MS after the
 * last key, then React commits it. Small against main's 3 s limit.
 */
export const SETTLE_MS = CONVERT_DELAY_MS + 100;

/** Runs every registered flusher; true only when all of them saved. */
export async function flushAll(reason: SaveReason): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const results = await Promise.all([...flushers].map((f) => f(reason).catch(() => false)));
  return results.every(Boolean);
}

export function installFlushResponder(api: JournalApi): () => void {
  return api.onFlushRequest(({ requestId }) => {
    void flushAll('quit').then((saved) => api.flushDone({ requestId, saved }).catch(() => undefined));
  });
}
