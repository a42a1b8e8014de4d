/**
 * A small synchronous "pending edits" slot in Web Storage, one per draft. IndexedDB writes are asynchronous:
 * a save started while the page is being reloaded or closed may never commit, and the last burst of typing
 * would be lost. While the page goes away the open draft is also written here, synchronously; the next start
 * applies it if it is newer than what IndexedDB has (with-pending-edits.ts), and a save that has it on disk
 * clears it.
 *
 * What is read back is untrusted: bounded in size, parsed with the report schema (which also makes every text
 * NFC) and dropped if it does not fit. A report too large for the slot is simply not put there; the IndexedDB
 * save is still attempted as before.
 */
import { parseReport, type Report } from '../../../core/model/report-schema';

/** Longest slot text (UTF-16 units). Chromium gives an origin about 5 M units of Web Storage. */
export const MAX_PENDING_EDITS_CHARS = 2_000_000;
const PREFIX = 'soan-pending-edits:';

export interface PendingEdits {
  report: Report;
  stepKey: string;
  /** When it was written (ms since epoch, the clock the repository stamps `updatedAt` with). */
  at: number;
}

/** The part of Web Storage used; absent (private mode, tests) means no slot. */
export type SlotStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingEditsSlot {
  /** Writes the draft's pending edits; false when it could not (too large, storage full or absent). */
  write(draftId: string, edits: PendingEdits): boolean;
  read(draftId: string): PendingEdits | null;
  clear(draftId: string): void;
}

export function pendingEditsSlot(storage: SlotStorage | null): PendingEditsSlot {
  const key = (draftId: string) => `${PREFIX}${draftId}`;
  const clear = (draftId: string) => {
    try {
      storage?.removeItem(key(draftId));
    } catch {
      // Storage unavailable: there is nothing to clear.
    }
  };
  return {
    write(draftId, edits) {
      if (!storage) return false;
      const text = JSON.stringify({ v: 1, at: edits.at, stepKey: edits.stepKey, report: edits.report });
      // An older slot of this draft would be stale once the newer change is saved elsewhere: drop it.
      if (text.length > MAX_PENDING_EDITS_CHARS) {
        clear(draftId);
        return false;
      }
      try {
        storage.setItem(key(draftId), text);
        return true;
      } catch {
        clear(draftId);
        return false;
      }
    },
    read(draftId) {
      let text: string | null = null;
      try {
        text = storage?.getItem(key(draftId)) ?? null;
      } catch {
        return null;
      }
      if (text === null) return null;
      if (text.length > MAX_PENDING_EDITS_CHARS) return null;
      try {
        const raw: unknown = JSON.parse(text);
        if (typeof raw !== 'object' || raw === null) return null;
        const { v, at, stepKey, report } = raw as Record<string, unknown>;
        if (v !== 1 || typeof at !== 'number' || !Number.isFinite(at)) return null;
        if (typeof stepKey !== 'string' || stepKey.length > 200) return null;
        const parsed = parseReport(report);
        return parsed.ok ? { report: parsed.value, stepKey: stepKey.normalize('NFC'), at } : null;
      } catch {
        return null;
      }
    },
    clear,
  };
}

/** The browser's localStorage, or none where it cannot be reached. */
export function browserSlotStorage(): SlotStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
