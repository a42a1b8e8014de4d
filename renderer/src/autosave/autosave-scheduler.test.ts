import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, createAutosaveScheduler, type SaveReason, type SaveStatus } from './autosave-scheduler';

describe('autosave scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (save = vi.fn(async (_reason: SaveReason) => Date.now())) => {
    const statuses: SaveStatus[] = [];
    const s = createAutosaveScheduler({ save, onStatus: (st) => statuses.push(st) });
    return { s, save, statuses };
  };

  it('saves once, 500 ms after the last change, well inside 1 s', async () => {
    const { s, save } = setup();
    s.changed();
    await vi.advanceTimersByTimeAsync(300);
    s.changed();
    await vi.advanceTimersByTimeAsync(499);
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

  it('D-03: a change made during the wait restarts it; the write comes once, AUTOSAVE_DELAY_MS after the last change', async () => {
    const { s, save } = setup();
    s.changed();
    await vi.advanceTimersByTimeAsync(299);
    s.changed();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith('edit');
  });

  it('continuous typing for 30 s: no change waits more than 10 s to be written', async () => {
    let firstUnsaved: number | null = null;
    let worstWait = 0;
    let saves = 0;
    const { s } = setup(
      vi.fn(async () => {
        if (firstUnsaved !== null) worstWait = Math.max(worstWait, Date.now() - firstUnsaved);
        firstUnsaved = null;
        saves += 1;
        return Date.now();
      }),
    );
    for (let t = 0; t < 30_000; t += 150) {
      firstUnsaved ??= Date.now();
      s.changed();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(saves).toBeGreaterThanOrEqual(2);
    expect(worstWait).toBeGreaterThan(9_000);
    expect(worstWait).toBeLessThanOrEqual(10_000);
  });

  it('a step change, blur, page hide and quit each save at once, passing the reason on', async () => {
    const { s, save } = setup();
    for (const reason of ['step-change', 'blur', 'page-hide', 'quit'] as const) {
      s.changed();
      await s.flush(reason);
      expect(save).toHaveBeenLastCalledWith(reason);
    }
    expect(save).toHaveBeenCalledTimes(4);
  });

  it('disk full: the change stays unsaved in memory and is retried with a growing delay until it succeeds', async () => {
    let failures = 3;
    const save = vi.fn(async () => {
      if (failures-- > 0)
        throw Object.assign(new Error('ENOSPC'), {
          userMessage: 'Ổ đĩa máy tính đã đầy nên bản nháp chưa được lưu xuống đĩa.',
        });
      return 7;
    });
    const { s, statuses } = setup(save);
    s.changed();
    await s.flush();
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      message: 'Ổ đĩa máy tính đã đầy nên bản nháp chưa được lưu xuống đĩa.',
    });
    expect(s.isDirty()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(4);
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 7 });
    expect(s.isDirty()).toBe(false);
  });

  it('a disposed scheduler retries nothing', async () => {
    const save = vi.fn(async () => {
      throw new Error('disk');
    });
    const { s } = setup(save);
    s.changed();
    await s.flush();
    s.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('property (D-03): for any edit timeline, the last edit is saved within 1 s of quiet, and no gap exceeds 10 s', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 2_500 }), { minLength: 1, maxLength: 60 }),
        async (pauses) => {
          vi.useFakeTimers();
          let edits = 0;
          let savedEdits = 0;
          const saveTimes: number[] = [];
          const s = createAutosaveScheduler({
            onStatus: () => undefined,
            save: async () => {
              savedEdits = edits;
              saveTimes.push(Date.now());
              return Date.now();
            },
          });
          const start = Date.now();
          for (const pause of pauses) {
            edits += 1;
            s.changed();
            await vi.advanceTimersByTimeAsync(pause);
            if (pause >= 1_000) expect(savedEdits).toBe(edits);
          }
          await vi.advanceTimersByTimeAsync(1_000);
          expect(savedEdits).toBe(edits);
          const firstEditToSave = saveTimes[0]! - start;
          expect(firstEditToSave).toBeLessThanOrEqual(10_000);
          saveTimes.slice(1).forEach((at, i) => expect(at - saveTimes[i]!).toBeLessThanOrEqual(10_000));
          s.dispose();
        },
      ),
      { numRuns: 200 },
    );
  });
});
