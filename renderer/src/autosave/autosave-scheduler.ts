/**
 * When to write the draft: 500 ms after the last change, but at least every 10 s while the clerk keeps typing
 * (reliability D-03), and at once when asked (step change, window hidden or closing). One save at a time;
 * changes made during a save trigger another. A failed save (disk full) keeps the change in memory and is
 * retried with a growing delay (D-11). Timers are injected so the policy is testable with fake time.
 */
import type { JournalSaveReason } from '../../../electron/ipc/channels';

/** Why a save runs; passed on to the journal, where 'step-change' makes an automatic checkpoint. */
export type SaveReason = Extract<JournalSaveReason, 'edit' | 'step-change' | 'blur' | 'page-hide' | 'quit'>;
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'error'; message: string };

export interface AutosaveOptions {
  save: (reason: SaveReason) => Promise<number>;
  onStatus: (status: SaveStatus) => void;
  delayMs?: number;
  maxWaitMs?: number;
  /** Waits before each automatic retry after a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface AutosaveScheduler {
  /** The draft changed in memory. */
  changed(): void;
  /** Save now if anything is unsaved; resolves when it is on disk (or failed). */
  flush(reason?: SaveReason): Promise<void>;
  /** True while there are changes not yet written. */
  isDirty(): boolean;
  dispose(): void;
}

// 500 ms leaves room for the editor's 150 ms hold and a large draft's IndexedDB + journal write within 1 s (D-03).
export const AUTOSAVE_DELAY_MS = 500;
export const AUTOSAVE_MAX_WAIT_MS = 10_000;
export const AUTOSAVE_RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 10_000, 30_000];

export function saveErrorMessage(err: unknown): string {
  const own = (err as { userMessage?: unknown } | null)?.userMessage;
  if (typeof own === 'string') return own;
  const name = err instanceof Error ? err.name : '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Không lưu được bản nháp vì ổ đĩa đã đầy. Nội dung vẫn còn trên màn hình: hãy giải phóng dung lượng rồi bấm “Thử lại”.';
  }
  return 'Không lưu được bản nháp. Nội dung vẫn còn trên màn hình, đừng đóng cửa sổ: hãy bấm “Thử lại”.';
}

export function createAutosaveScheduler(opts: AutosaveOptions): AutosaveScheduler {
  const delay = opts.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWait = opts.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));

  const retryDelays = opts.retryDelaysMs ?? AUTOSAVE_RETRY_DELAYS_MS;

  let dirty = false;
  let debounce: unknown = null;
  let maxTimer: unknown = null;
  let retryTimer: unknown = null;
  let failures = 0;
  let running: Promise<void> | null = null;
  let disposed = false;

  const clearTimers = () => {
    if (debounce !== null) clearTimer(debounce);
    if (maxTimer !== null) clearTimer(maxTimer);
    debounce = maxTimer = null;
  };

  const clearRetry = () => {
    if (retryTimer !== null) clearTimer(retryTimer);
    retryTimer = null;
  };

  const runSave = async (reason: SaveReason): Promise<void> => {
    clearTimers();
    clearRetry();
    if (!dirty || disposed) return;
    dirty = false;
    opts.onStatus({ state: 'saving' });
    try {
      const at = await opts.save(reason);
      failures = 0;
      if (dirty) opts.onStatus({ state: 'dirty' });
      else opts.onStatus({ state: 'saved', at });
    } catch (err) {
      // Keep the change marked unsaved and in memory: a retry, the next change or a flush writes it again.
      dirty = true;
      opts.onStatus({ state: 'error', message: saveErrorMessage(err) });
      if (!disposed) {
        const wait = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 30_000;
        failures += 1;
        retryTimer = setTimer(() => {
          retryTimer = null;
          void flush();
        }, wait);
      }
    }
  };

  const flush = async (reason: SaveReason = 'edit'): Promise<void> => {
    // Wait for a save in flight, then save whatever changed meanwhile.
    while (running) await running;
    if (!dirty) return;
    running = runSave(reason).finally(() => {
      running = null;
    });
    await running;
  };

  return {
    changed() {
      if (disposed) return;
      dirty = true;
      opts.onStatus({ state: 'dirty' });
      if (debounce !== null) clearTimer(debounce);
      debounce = setTimer(() => void flush(), delay);
      maxTimer ??= setTimer(() => void flush(), maxWait);
    },
    flush,
    isDirty: () => dirty,
    dispose() {
      disposed = true;
      clearTimers();
      clearRetry();
    },
  };
}
