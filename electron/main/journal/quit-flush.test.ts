/** D-03/D-12 with fake timers: quit waits for the renderer's "all saved", but never longer than 3 s. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuitFlush, FLUSH_TIMEOUT_MS, type QuitFlushDeps } from './quit-flush';

function setup(windows = 1) {
  const asked: string[] = [];
  const events: string[] = [];
  let n = 0;
  const deps: QuitFlushDeps = {
    requestFlush: (id) => {
      asked.push(id);
      events.push('flush-requested');
      return windows;
    },
    afterFlush: vi.fn(async () => {
      events.push('backup');
    }),
    quit: vi.fn(() => events.push('quit')),
    newId: () => `req-${++n}`,
    setTimer: (cb, ms) => setTimeout(cb, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    log: () => undefined,
  };
  return { coordinator: createQuitFlush(deps), deps, asked, events };
}

describe('quit flush', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('delays the quit until the renderer answers, then backs up and quits exactly once', async () => {
    const { coordinator, deps, asked, events } = setup();
    const first = { preventDefault: vi.fn() };
    coordinator.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(deps.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(deps.quit).not.toHaveBeenCalled();
    coordinator.done(asked[0]!, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['flush-requested', 'backup', 'quit']);
    // The quit Electron fires again after app.quit() is let through.
    const second = { preventDefault: vi.fn() };
    coordinator.onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('a hung renderer cannot keep the app open: it quits after the timeout', async () => {
    const { coordinator, deps } = setup();
    coordinator.onBeforeQuit({ preventDefault: () => undefined });
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(deps.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(deps.afterFlush).toHaveBeenCalled();
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('repeated quit requests while flushing ask the renderer only once', async () => {
    const { coordinator, asked, deps } = setup();
    for (let i = 0; i < 5; i++) coordinator.onBeforeQuit({ preventDefault: () => undefined });
    expect(asked).toHaveLength(1);
    coordinator.done(asked[0]!, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('late, unknown or repeated answers are ignored; a "not saved" answer still ends the wait', async () => {
    const { coordinator, asked } = setup();
    const outcome = coordinator.flush();
    coordinator.done('someone-else', true);
    coordinator.done(asked[0]!, false);
    coordinator.done(asked[0]!, true);
    await expect(outcome).resolves.toBe('not-saved');
  });

  it('no window open: nothing to wait for', async () => {
    const { coordinator } = setup(0);
    await expect(coordinator.flush()).resolves.toBe('no-window');
  });

  it('a failing final backup is logged and the app still quits', async () => {
    const { deps, asked } = setup();
    deps.afterFlush = vi.fn(async () => {
      throw new Error('ENOSPC');
    });
    const coordinator = createQuitFlush(deps);
    coordinator.onBeforeQuit({ preventDefault: () => undefined });
    coordinator.done(asked[0]!, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(deps.afterFlush).toHaveBeenCalled();
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });
});
