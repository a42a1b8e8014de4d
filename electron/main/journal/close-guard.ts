/**
 * Closing the window (×, Alt+F4) or ending the Windows session first asks the renderer to save everything
 * and waits for its answer, with the flush's own time limit (D-03, D-12): the window is still alive then, so
 * the last keystrokes reach the journal. When the renderer says the last save failed, the clerk chooses
 * (try again / close anyway / keep working) instead of the window closing silently. Electron objects are
 * injected: the window is anything with these events, the dialog a function.
 */
import type { FlushOutcome } from './quit-flush';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedWindow {
  on(event: 'close' | 'query-session-end' | 'session-end', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export type UnsavedChoice = 'retry' | 'close' | 'cancel';

export interface CloseGuardDeps {
  /** Asks the renderer to save everything (quit-flush's handshake, bounded by its time limit). */
  flush(): Promise<FlushOutcome>;
  /** The final backup snapshot; failures are logged, they never keep the window open. */
  finalBackup(): Promise<void>;
  /** The Vietnamese "chưa lưu được" dialog; resolves with the clerk's choice. */
  askUnsaved(): Promise<UnsavedChoice>;
  log?(message: string, error?: unknown): void;
}

export const UNSAVED_DIALOG = {
  title: 'Bản nháp chưa được lưu',
  message: 'Lần lưu gần nhất chưa thành công nên một phần nội dung vừa nhập có thể chưa nằm trên đĩa.',
  detail:
    'Bấm “Thử lưu lại” để lưu thêm một lần; “Tiếp tục soạn” để quay lại, xem thông báo lỗi trên màn hình và lưu bản nháp ra tệp hoặc USB; “Vẫn đóng” nếu chấp nhận mất phần chưa lưu.',
  /** In this order; the index of the chosen button maps to UnsavedChoice. */
  buttons: ['Thử lưu lại', 'Tiếp tục soạn', 'Vẫn đóng'] as const,
  choices: ['retry', 'cancel', 'close'] as const satisfies readonly UnsavedChoice[],
  defaultId: 0,
  cancelId: 1,
} as const;

export function createCloseGuard(deps: CloseGuardDeps) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.info(message, error ?? ''));
  let state: 'open' | 'saving' | 'allowed' = 'open';
  let window: GuardedWindow | undefined;

  /** Flushes (and asks when the save failed); true when the window may close. */
  async function saveBeforeClosing(interactive: boolean): Promise<boolean> {
    for (;;) {
      const outcome = await deps.flush();
      log(`[close] renderer flush: ${outcome}`);
      if (outcome !== 'not-saved' || !interactive) break;
      const choice = await deps.askUnsaved();
      if (choice === 'cancel') return false;
      if (choice === 'close') break;
    }
    await deps.finalBackup().catch((error: unknown) => log('[close] final backup failed', error));
    return true;
  }

  function closeAfterSaving(interactive: boolean): void {
    if (state !== 'open') return;
    state = 'saving';
    void saveBeforeClosing(interactive)
      .catch((error: unknown) => {
        log('[close] flush failed', error);
        return true;
      })
      .then((mayClose) => {
        if (!mayClose) {
          state = 'open';
          return;
        }
        state = 'allowed';
        if (window && !window.isDestroyed()) window.close();
      });
  }

  return {
    attach(win: GuardedWindow): void {
      window = win;
      state = 'open';
      win.on('close', (event) => {
        if (state === 'allowed') return;
        event.preventDefault();
        closeAfterSaving(true);
      });
      // Windows log-off/shutdown: holding the session (preventDefault) while saving makes Windows list the
      // app as "preventing shutdown" until the window closes; the session then ends on its own.
      win.on('query-session-end', (event) => {
        if (state === 'allowed') return;
        event.preventDefault();
        closeAfterSaving(true);
      });
      // The session ends now, whatever we do: save what can be saved, without asking.
      win.on('session-end', () => closeAfterSaving(false));
    },

    /**
     * For app.quit() while the window is open (update install, Cmd+Q, system shutdown): true when the window
     * will close itself after saving, so the quit should wait for window-all-closed instead.
     */
    closeWindow(): boolean {
      if (!window || window.isDestroyed() || state === 'allowed') return false;
      closeAfterSaving(true);
      return true;
    },
  };
}

export type CloseGuard = ReturnType<typeof createCloseGuard>;
