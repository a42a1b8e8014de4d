/**
 * When a body editor reports its text up to the report. Converting the document and re-rendering the wizard
 * for a 100-page report costs tens of milliseconds, so it must not sit between a keystroke and its paint. A
 * change is reported: right after the paint of the first key of a burst (so the save status turns "unsaved"
 * at once), at least every MAX_WAIT_MS while typing goes on, CONVERT_DELAY_MS after the last key, and at once
 * on flush (blur, unmount). MAX_WAIT_MS + CONVERT_DELAY_MS stays under the autosave's 500 ms, so the autosave
 * never writes (and shows "Đã lưu") while a change still waits here, and the last change is saved within D-03's 1 s.
 */
import type { Block } from '../../../core/model/report-schema';

/** Quiet time after the last change before it is reported up. */
export const CONVERT_DELAY_MS = 150;
/** While typing goes on, the report is updated at least this often. */
export const MAX_WAIT_MS = 300;

export interface PendingChangeDeps {
  now: () => number;
  /** Runs `fn` after the current frame has painted; returns a cancel function. */
  afterPaint: (fn: () => void) => () => void;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

/**
 * requestAnimationFrame fires just before the paint and a task queued from it runs after, so work started
 * there is done long before the next key of a clerk typing.
 */
export function afterNextPaint(fn: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}

const browserDeps = (): PendingChangeDeps => ({
  now: () => performance.now(),
  afterPaint: afterNextPaint,
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
});

/**
 * The flush of every editor and field with a change waiting. Entered when a burst starts and left when it is
 * reported, so typing does no work here; the page going away reports them all at once (flushAllPendingChanges).
 */
const waitingEverywhere = new Set<() => void>();

/** Reports every change still waiting in any editor or field, now (the page is being hidden or closed). */
export function flushAllPendingChanges(): void {
  for (const flush of [...waitingEverywhere]) flush();
}

/** `T` is what is reported: an editor's blocks, or a heading field's text (wizard/line-field.tsx). */
export interface PendingChange<T = Block[]> {
  /** A change happened; `read` converts the editor's document when the change is reported. */
  schedule(read: () => T, report: (value: T) => void): void;
  /** Reports a waiting change now (no-op when nothing waits). */
  flush(): void;
}

export function pendingChange<T = Block[]>(deps: PendingChangeDeps = browserDeps()): PendingChange<T> {
  let waiting: { read: () => T; report: (value: T) => void } | null = null;
  let quiet: unknown;
  let cancelSoon: (() => void) | undefined;
  let lastReportAt = -Infinity;
  const reportNow = () => {
    cancelSoon?.();
    cancelSoon = undefined;
    const w = waiting;
    waiting = null;
    waitingEverywhere.delete(flush);
    lastReportAt = deps.now();
    if (w) w.report(w.read());
  };
  const flush = () => {
    if (quiet !== undefined) deps.clearTimer(quiet);
    quiet = undefined;
    reportNow();
  };
  return {
    schedule(read, report) {
      if (!waiting) waitingEverywhere.add(flush);
      waiting = { read, report };
      const burstStarts = quiet === undefined;
      if (quiet !== undefined) deps.clearTimer(quiet);
      quiet = deps.setTimer(() => {
        quiet = undefined;
        reportNow();
      }, CONVERT_DELAY_MS);
      if (!cancelSoon && (burstStarts || deps.now() - lastReportAt >= MAX_WAIT_MS))
        cancelSoon = deps.afterPaint(reportNow);
    },
    flush,
  };
}
