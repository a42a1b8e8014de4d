/**
 * When to redraw the page preview: once the clerk has stopped editing for `delayMs` (never per keystroke), one
 * render at a time, and a result is only shown if no newer change arrived while it was being drawn. Timers are
 * injected so the policy is testable with fake time.
 */
export type PreviewState =
  { state: 'waiting' } | { state: 'rendering' } | { state: 'ready' } | { state: 'error'; message: string };

export interface PreviewSchedulerOptions<T> {
  /** Draws `input` off-screen; `commit` puts the drawing on screen (only called when still current). */
  render: (input: T) => Promise<{ commit: () => void }>;
  onState: (state: PreviewState) => void;
  delayMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const PREVIEW_ERROR =
  'Không dựng được bản xem trước trang in. Bản nháp không bị ảnh hưởng; hãy sửa tiếp hoặc bấm “Thử lại”. Nếu vẫn lỗi, xuất DOCX để kiểm tra.';

/** A failure whose message is already a sentence for the clerk (main's answer), shown instead of PREVIEW_ERROR. */
export class PreviewRenderError extends Error {
  override name = 'PreviewRenderError';
}

export function createPreviewScheduler<T>(opts: PreviewSchedulerOptions<T>) {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let generation = 0;
  let latest: T | undefined;
  let busy = false;
  let pendingWhileBusy = false;
  let disposed = false;

  const run = async () => {
    timer = null;
    if (disposed || latest === undefined) return;
    if (busy) {
      pendingWhileBusy = true;
      return;
    }
    busy = true;
    const mine = ++generation;
    opts.onState({ state: 'rendering' });
    try {
      const drawn = await opts.render(latest);
      if (!disposed && mine === generation) {
        drawn.commit();
        opts.onState({ state: 'ready' });
      }
    } catch (error) {
      const message = error instanceof PreviewRenderError ? error.message : PREVIEW_ERROR;
      if (!disposed && mine === generation) opts.onState({ state: 'error', message });
    } finally {
      busy = false;
      if (pendingWhileBusy && !disposed) {
        pendingWhileBusy = false;
        void run();
      }
    }
  };

  return {
    /** The report changed. The very first drawing (the preview just opened) starts at once. */
    changed(input: T) {
      if (input === latest) return; // the same report object: nothing changed (React may re-run effects)
      const immediate = latest === undefined;
      latest = input;
      generation += 1; // anything in flight is now stale
      if (timer !== null) clearTimer(timer);
      opts.onState({ state: 'waiting' });
      timer = setTimer(() => void run(), immediate ? 0 : opts.delayMs);
    },
    retry() {
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => void run(), 0);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
    },
  };
}
