import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveScheduler, type SaveStatus } from './autosave-scheduler';

describe('autosave scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (save = vi.fn(async () => Date.now())) => {
    const statuses: SaveStatus[] = [];
    const s = createAutosaveScheduler({ save, onStatus: (st) => statuses.push(st) });
    return { s, save, statuses };
  };

  it('saves once, 700 ms after the last change, well inside 1 s', async () => {
    const { s, save } = setup();
    s.changed();
    await vi.advanceTimersByTimeAsync(400);
    s.changed();
    await vi.advanceTimersByTimeAsync(699);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(s.isDirty()).toBe(false);
  });

  it('saves at least every 10 s during continuous typing', async () => {
    const { s, save } = setup();
    for (let t = 0; t < 30_000; t += 200) {
      s.changed();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('flush saves immediately and is a no-op when nothing changed', async () => {
    const { s, save } = setup();
    await s.flush();
    expect(save).not.toHaveBeenCalled();
    s.changed();
    await s.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('a failed save reports a Vietnamese error, keeps the change unsaved and succeeds on retry', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('disk');
      return 42;
    });
    const { s, statuses } = setup(save);
    s.changed();
    await s.flush();
    const last = statuses.at(-1)!;
    expect(last.state).toBe('error');
    expect(last.state === 'error' && last.message).toContain('Thử lại');
    expect(s.isDirty()).toBe(true);
    fail = false;
    await s.flush();
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 42 });
  });

  it('a change made while saving is saved by the next flush, never lost', async () => {
    let release: (v: number) => void = () => undefined;
    const save = vi.fn(() => new Promise<number>((r) => (release = r)));
    const { s } = setup(save);
    s.changed();
    const first = s.flush();
    s.changed();
    release(1);
    await first;
    expect(s.isDirty()).toBe(true);
    const second = s.flush();
    release(2);
    await second;
    expect(save).toHaveBeenCalledTimes(2);
    expect(s.isDirty()).toBe(false);
  });
});
