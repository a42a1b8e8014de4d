/**
 * Wires the autosave policy to the open draft: every report change schedules a save; a step change, the window
 * losing focus, being hidden or closed, and main's quit request save at once. Being hidden or closed also
 * reports the editors' waiting changes synchronously and puts the draft in the pending-edits slot
 * (pending-edits-slot.ts): the IndexedDB write may not commit before a reload ends the page. The latest report and step are
 * read from refs at save time, so a save always writes what is on screen. The repository's save resolves only
 * when IndexedDB and (in the desktop app) the journal have it, so "Đã lưu" is never shown too early.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Report } from '../../../core/model/report-schema';
import type { DraftsRepository } from '../db/drafts-repository';
import { registerFlusher } from '../journal/flush-responder';
import {
  createAutosaveScheduler,
  type AutosaveScheduler,
  type SaveReason,
  type SaveStatus,
} from './autosave-scheduler';
import { checkForSave } from './check-for-save';
import { flushAllPendingChanges } from '../editor/pending-change';
import { browserSlotStorage, pendingEditsSlot } from './pending-edits-slot';

export class DraftValidationError extends Error {
  readonly userMessage: string;
  constructor(where: string) {
    super(`invalid report at ${where}`);
    this.userMessage = `Chưa lưu được: nội dung tại “${where}” vượt quá giới hạn cho phép. Hãy rút gọn phần vừa nhập; nội dung vẫn còn trên màn hình.`;
  }
}

function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'saved' && b.state === 'saved') return a.at === b.at;
  if (a.state === 'error' && b.state === 'error') return a.message === b.message;
  return true;
}

export function useAutosave(repo: DraftsRepository, draftId: string, report: Report, stepKey: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  // The scheduler says "dirty" on every change; passing an equal status on would re-render the whole wizard
  // a second time per keystroke (the change is marked in a layout effect, so React renders again at once).
  const shown = useRef<SaveStatus>(status);
  const showStatus = useCallback((next: SaveStatus) => {
    if (sameStatus(shown.current, next)) return;
    shown.current = next;
    setStatus(next);
  }, []);
  const latest = useRef({ report, stepKey });
  const schedulerRef = useRef<AutosaveScheduler | null>(null);

  useEffect(() => {
    const slot = pendingEditsSlot(browserSlotStorage());
    // The report last put in the slot, and how many times the slot was written (a save clears only its own).
    let inSlot: Report | null = null;
    let slotWrites = 0;
    const scheduler = createAutosaveScheduler({
      onStatus: showStatus,
      save: async (reason) => {
        const { report: r, stepKey: k } = latest.current;
        // Never write a record that could not be read back; only the sections edited since are checked again.
        const checked = checkForSave(r);
        if (!checked.ok) throw new DraftValidationError(checked.where);
        const writesBefore = slotWrites;
        const at = await repo.saveDraft(draftId, checked.value, k, reason);
        if (inSlot && slotWrites === writesBefore) {
          slot.clear(draftId);
          inSlot = null;
        }
        return at;
      },
    });
    schedulerRef.current = scheduler;
    /** The page may end before an IndexedDB write commits: keep what is unsaved synchronously too. */
    const keepInSlot = () => {
      // The editors report their waiting change now; flushSync renders it into `latest` before we read it.
      flushSync(flushAllPendingChanges);
      const { report: r, stepKey: k } = latest.current;
      if (!scheduler.isDirty() || inSlot === r) return;
      if (slot.write(draftId, { report: r, stepKey: k, at: Date.now() })) inSlot = r;
      slotWrites++;
    };
    const flushNow = (reason: SaveReason) => () => void scheduler.flush(reason);
    const leaving = (reason: SaveReason) => () => {
      keepInSlot();
      void scheduler.flush(reason);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leaving('page-hide')();
    };
    const onBlur = flushNow('blur');
    const onPageHide = leaving('page-hide');
    const onUnload = leaving('quit');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onBlur);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onUnload);
    const unregister = registerFlusher(async (reason) => {
      await scheduler.flush(reason);
      return !scheduler.isDirty();
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onUnload);
      unregister();
      // Leaving the draft (back to the list): write what is pending before letting go.
      void scheduler.flush('edit').finally(() => scheduler.dispose());
      schedulerRef.current = null;
    };
  }, [repo, draftId, showStatus]);

  // A layout effect: the change is marked unsaved right at commit, before any flush request can see it clean.
  useLayoutEffect(() => {
    const prev = latest.current;
    if (prev.report === report && prev.stepKey === stepKey) return;
    latest.current = { report, stepKey };
    schedulerRef.current?.changed();
    if (prev.stepKey !== stepKey) void schedulerRef.current?.flush('step-change');
  }, [report, stepKey]);

  const retry = useCallback(() => void schedulerRef.current?.flush('edit'), []);
  const flush = useCallback(async () => schedulerRef.current?.flush('edit'), []);
  return { status, retry, flush };
}
