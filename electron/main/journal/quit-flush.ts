/**
 * Before the app quits (window close, Alt+F4, system shutdown), main asks the renderer to save everything
 * and waits for its "all saved" answer — but never longer than `timeoutMs`, so a hung page cannot keep the
 * app from closing (D-03, D-12). Then it takes a final backup and quits for real. Pure logic: the Electron
 * events, the sender and the timers are injected.
 */

export interface QuitFlushDeps {
  /** Sends the flush request to every window; returns how many were asked. */
  requestFlush(requestId: string): number;
  /** Runs after the flush (final backup snapshot); failures are logged, not fatal. */
  afterFlush(): Promise<void>;
  /** Quits for real (app.quit); the coordinator lets this second before-quit through. */
  quit(): void;
  /**
   * A window is open and closes itself after its own flush (close-guard.ts): then the quit waits for that
   * window to close (window-all-closed quits again) instead of flushing twice or past the clerk's choice.
   */
  closeGuardedWindows?(): boolean;
  newId(): string;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  log?(message: string, error?: unknown): void;
}

export const FLUSH_TIMEOUT_MS = 3_000;

export type FlushOutcome = 'saved' | 'not-saved' | 'timeout' | 'no-window';

export function createQuitFlush(deps: QuitFlushDeps, timeoutMs: number = FLUSH_TIMEOUT_MS) {
  const log = deps.log ?? ((message: string) => console.info(message));
  let state: 'idle' | 'flushing' | 'done' = 'idle';
  const pending = new Map<string, (saved: boolean) => void>();

  /** Asks the renderer to flush; resolves with what happened, at the latest after `timeoutMs`. */
  function flush(): Promise<FlushOutcome> {
    const requestId = deps.newId();
    return new Promise<FlushOutcome>((resolve) => {
      const timer = deps.setTimer(() => {
        pending.delete(requestId);
        resolve('timeout');
      }, timeoutMs);
      pending.set(requestId, (saved) => {
        deps.clearTimer(timer);
        pending.delete(requestId);
        resolve(saved ? 'saved' : 'not-saved');
      });
      if (deps.requestFlush(requestId) === 0) {
        deps.clearTimer(timer);
        pending.delete(requestId);
        resolve('no-window');
      }
    });
  }

  return {
    flush,

    /** The renderer's answer (flushDone channel). Unknown or late ids are ignored. */
    done(requestId: string, saved: boolean): void {
      pending.get(requestId)?.(saved);
    },

    /** `before-quit` / powerMonitor `shutdown` handler: the first call delays the quit until the flush is over. */
    onBeforeQuit(event: { preventDefault(): void }): void {
      if (state === 'done') return;
      event.preventDefault();
      if (state === 'flushing') return;
      if (deps.closeGuardedWindows?.()) return;
      state = 'flushing';
      void flush()
        .then(async (outcome) => {
          log(`[quit] renderer flush: ${outcome}`);
          await deps.afterFlush().catch((error: unknown) => log('[quit] final backup failed', error));
        })
        .finally(() => {
          state = 'done';
          deps.quit();
        });
    },
  };
}
