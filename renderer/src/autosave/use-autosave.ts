/**
 * Wires the autosave policy to the open draft: every report change schedules a save; a step change, the window
 * being hidden or closed saves at once. The latest report and step are read from refs at save time, so a save
 * always writes what is on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseReport, type Report } from '../../../core/model/report-schema';
import type { DraftsRepository } from '../db/drafts-repository';
import { createAutosaveScheduler, type AutosaveScheduler, type SaveStatus } from './autosave-scheduler';

export class DraftValidationError extends Error {
  readonly userMessage: string;
  constructor(where: string) {
    super(`invalid report at ${where}`);
    this.userMessage = `Chưa lưu được: nội dung tại “${where}” vượt quá giới hạn cho phép. Hãy rút gọn phần vừa nhập; nội dung vẫn còn trên màn hình.`;
  }
}

export function useAutosave(repo: DraftsRepository, draftId: string, report: Report, stepKey: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const latest = useRef({ report, stepKey });
  const schedulerRef = useRef<AutosaveScheduler | null>(null);

  useEffect(() => {
    const scheduler = createAutosaveScheduler({
      onStatus: setStatus,
      save: async () => {
        const { report: r, stepKey: k } = latest.current;
        // Never write a record that could not be read back (it would show as broken on the home screen).
        const checked = parseReport(r);
        if (!checked.ok) throw new DraftValidationError(checked.issues[0]?.path.join('.') ?? '');
        return repo.saveDraft(draftId, checked.value, k);
      },
    });
    schedulerRef.current = scheduler;
    const flushNow = () => void scheduler.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      // Leaving the draft (back to the list): write what is pending before letting go.
      void scheduler.flush().finally(() => scheduler.dispose());
      schedulerRef.current = null;
    };
  }, [repo, draftId]);

  useEffect(() => {
    const prev = latest.current;
    if (prev.report === report && prev.stepKey === stepKey) return;
    latest.current = { report, stepKey };
    schedulerRef.current?.changed();
    if (prev.stepKey !== stepKey) void schedulerRef.current?.flush();
  }, [report, stepKey]);

  const retry = useCallback(() => void schedulerRef.current?.flush(), []);
  const flush = useCallback(async () => schedulerRef.current?.flush(), []);
  return { status, retry, flush };
}
