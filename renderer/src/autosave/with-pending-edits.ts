/**
 * Opening a draft applies the pending edits its page wrote while going away (pending-edits-slot.ts), when
 * they are newer than what IndexedDB has: they are saved through the repository (IndexedDB and, in the
 * desktop app, the journal) and the draft opens with them. Older ones (the save did commit) are dropped.
 * Should the save fail, the draft still opens with the edits and the slot stays for the next attempt.
 */
import { draftTitle } from '../db/draft-record';
import type { DraftsRepository } from '../db/drafts-repository';
import type { PendingEditsSlot } from './pending-edits-slot';

export function withPendingEdits(inner: DraftsRepository, slot: PendingEditsSlot): DraftsRepository {
  return {
    ...inner,
    async getDraft(id) {
      const res = await inner.getDraft(id);
      if (!res.ok) return res;
      const pending = slot.read(id);
      if (!pending || pending.at <= res.draft.updatedAt) {
        if (pending) slot.clear(id);
        return res;
      }
      const { report, stepKey } = pending;
      let updatedAt = pending.at;
      try {
        updatedAt = await inner.saveDraft(id, report, stepKey, 'edit');
        slot.clear(id);
      } catch {
        // Kept in the slot and on screen; the autosave writes it with the next change or flush.
      }
      return { ok: true, draft: { ...res.draft, report, title: draftTitle(report), lastStepKey: stepKey, updatedAt } };
    },
  };
}
