/**
 * D-03/D-12 at the window: closing it asks the renderer to save while the page is still alive, and a failed
 * last save is put to the clerk instead of closing silently. The window is a fake EventEmitter (the Electron
 * boundary); the flush handshake is the real quit-flush coordinator, answered like the renderer would.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type UnsavedChoice } from './close-guard';
import { createQuitFlush, FLUSH_TIMEOUT_MS } from './quit-flush';

class FakeWindow extends EventEmitter {
  destroyed = false;
  closedFor = 0;
  isDestroyed() {
    return this.destroyed;
  }
  /** Like BrowserWindow.close: emits a preventable 'close'; destroys the window unless it was prevented. */
  close() {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    this.emit('close', event);
    if (!event.prevented) {
      this.destroyed = true;
      this.closedFor++;
      this.emit('closed');
    }
    return event.prevented;
  }
  /** Windows' WM_QUERYENDSESSION: returns true when the app held the session. */
  querySessionEnd() {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    this.emit('query-session-end', event);
    return event.prevented;
  }
}

/** A renderer that answers each flush request with the given result (or never, for `hang`). */
function setup(answers: ('saved' | 'not-saved' | 'hang')[], choices: UnsavedChoice[] = []) {
  const events: string[] = [];
  const win = new FakeWindow();
  let n = 0;
  const coordinator = createQuitFlush({
    requestFlush: (id) => {
      if (win.isDestroyed()) return 0;
      const answer = answers.shift() ?? 'saved';
      events.push(`flush:${answer}`);
      if (answer !== 'hang') queueMicrotask(() => coordinator.done(id, answer === 'saved'));
      return 1;
    },
    afterFlush: async () => undefined,
    quit: () => events.push('quit'),
    closeGuardedWindows: () => guard.closeWindow(),
    newId: () => `req-${++n}`,
    setTimer: (cb, ms) => setTimeout(cb, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    log: () => undefined,
  });
  const askUnsaved = vi.fn(async () => {
    const choice = choices.shift() ?? 'close';
    events.push(`ask:${choice}`);
    return choice;
  });
  const guard = createCloseGuard({
    flush: () => coordinator.flush(),
    finalBackup: async () => void events.push('backup'),
    askUnsaved,
    log: () => undefined,
  });
  guard.attach(win);
  return { win, events, askUnsaved, coordinator };
}

describe('close guard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('the × button does not destroy the window until the renderer has saved, then closes it for real', async () => {
    const { win, events } = setup(['saved']);
    expect(win.close()).toBe(true); // prevented: the page is still alive to answer
    expect(win.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['flush:saved', 'backup']);
    expect(win.isDestroyed()).toBe(true);
    expect(win.closedFor).toBe(1);
  });

  it('a failed last save asks the clerk; "Tiếp tục soạn" keeps the window open', async () => {
    const { win, events, askUnsaved } = setup(['not-saved'], ['cancel']);
    win.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(askUnsaved).toHaveBeenCalledTimes(1);
    expect(win.isDestroyed()).toBe(false);
    expect(events).toEqual(['flush:not-saved', 'ask:cancel']);
    // The next × asks again (the guard is not stuck in "saving").
    win.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(win.isDestroyed()).toBe(true);
  });

  it('"Thử lưu lại" flushes again and closes once that save succeeds', async () => {
    const { win, events } = setup(['not-saved', 'saved'], ['retry']);
    win.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['flush:not-saved', 'ask:retry', 'flush:saved', 'backup']);
    expect(win.isDestroyed()).toBe(true);
  });

  it('"Vẫn đóng" closes without saving more', async () => {
    const { win, events } = setup(['not-saved'], ['close']);
    win.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['flush:not-saved', 'ask:close', 'backup']);
    expect(win.isDestroyed()).toBe(true);
  });

  it('a hung page cannot keep the window open: it closes after the flush time limit', async () => {
    const { win } = setup(['hang']);
    win.close();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(win.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(win.isDestroyed()).toBe(true);
  });

  it('clicking × again while saving asks the renderer only once', async () => {
    const { win, events } = setup(['saved']);
    win.close();
    win.close();
    win.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(events.filter((e) => e.startsWith('flush'))).toHaveLength(1);
    expect(win.closedFor).toBe(1);
  });

  it('app.quit() with the window open: the quit waits for the window to save and close', async () => {
    const { win, events, coordinator } = setup(['saved']);
    const beforeQuit = { preventDefault: vi.fn() };
    coordinator.onBeforeQuit(beforeQuit);
    expect(beforeQuit.preventDefault).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(win.isDestroyed()).toBe(true);
    // window-all-closed → app.quit() → before-quit again: no window left, the quit goes through.
    coordinator.onBeforeQuit({ preventDefault: () => undefined });
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['flush:saved', 'backup', 'quit']);
  });

  it('Windows log-off/shutdown: the session is held while saving, then the window closes', async () => {
    const { win, events } = setup(['saved']);
    expect(win.querySessionEnd()).toBe(true);
    expect(win.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['flush:saved', 'backup']);
    expect(win.isDestroyed()).toBe(true);
  });

  it('session-end (cannot be held): saves what it can without asking', async () => {
    const { win, events, askUnsaved } = setup(['not-saved']);
    win.emit('session-end', { preventDefault: () => undefined });
    await vi.advanceTimersByTimeAsync(0);
    expect(askUnsaved).not.toHaveBeenCalled();
    expect(events).toEqual(['flush:not-saved', 'backup']);
    expect(win.isDestroyed()).toBe(true);
  });
});
