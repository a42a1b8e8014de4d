import { describe, expect, it } from 'vitest';
import { createPreviewScheduler, PreviewRenderError, type PreviewState } from './preview-scheduler';

/** Fake clock: timers run only when the test advances time. */
function fakeTimers() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    async advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('preview scheduler', () => {
  it('draws once after the clerk stops typing, not per keystroke', async () => {
    const clock = fakeTimers();
    const drawn: string[] = [];
    const s = createPreviewScheduler<string>({
      ...clock,
      delayMs: 800,
      onState: () => {},
      render: async (t) => ({ commit: () => drawn.push(t) }),
    });
    s.changed('');
    await clock.advance(0);
    drawn.length = 0;
    for (const text of ['Đ', 'Đả', 'Đản', 'Đảng']) {
      s.changed(text);
      await clock.advance(300);
    }
    expect(drawn).toEqual([]);
    await clock.advance(800);
    expect(drawn).toEqual(['Đảng']);
  });

  it('never shows a stale drawing: a change during a render wins', async () => {
    const clock = fakeTimers();
    const shown: string[] = [];
    const gates: Record<string, ReturnType<typeof deferred>> = { a: deferred(), ab: deferred() };
    const states: PreviewState['state'][] = [];
    const s = createPreviewScheduler<string>({
      ...clock,
      delayMs: 800,
      onState: (st) => states.push(st.state),
      render: async (t) => {
        await gates[t]!.promise;
        return { commit: () => shown.push(t) };
      },
    });
    s.changed('a');
    await clock.advance(0);
    expect(states.at(-1)).toBe('rendering');
    s.changed('ab');
    await clock.advance(800); // fires while 'a' is still rendering: queued
    gates.a!.resolve();
    await clock.advance(0);
    expect(shown).toEqual([]);
    gates.ab!.resolve();
    await clock.advance(0);
    await clock.advance(0);
    expect(shown).toEqual(['ab']);
    expect(states.at(-1)).toBe('ready');
  });

  it('reports a failure in Vietnamese and can retry', async () => {
    const clock = fakeTimers();
    let fail = true;
    const states: PreviewState[] = [];
    const s = createPreviewScheduler<string>({
      ...clock,
      delayMs: 800,
      onState: (st) => states.push(st),
      render: async () => {
        if (fail) throw new Error('boom');
        return { commit: () => {} };
      },
    });
    s.changed('x');
    await clock.advance(0);
    const last = states.at(-1)!;
    expect(last.state).toBe('error');
    expect(last.state === 'error' && last.message).toContain('Không dựng được bản xem trước');
    fail = false;
    s.retry();
    await clock.advance(0);
    expect(states.at(-1)!.state).toBe('ready');
  });

  it('shows main’s own sentence (e.g. a rule-set not installed) instead of the generic one', async () => {
    const clock = fakeTimers();
    const states: PreviewState[] = [];
    const said = 'Bộ quy tắc thể thức “lc-2026” chưa được cài trên máy này.';
    const s = createPreviewScheduler<string>({
      ...clock,
      delayMs: 800,
      onState: (st) => states.push(st),
      render: async () => {
        throw new PreviewRenderError(said);
      },
    });
    s.changed('x');
    await clock.advance(0);
    expect(states.at(-1)).toEqual({ state: 'error', message: said });
  });
});
