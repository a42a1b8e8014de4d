import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/model/report-schema';
import { AUTOSAVE_DELAY_MS } from '../autosave/autosave-scheduler';
import {
  CONVERT_DELAY_MS,
  MAX_WAIT_MS,
  flushAllPendingChanges,
  pendingChange,
  type PendingChangeDeps,
} from './pending-change';

const FRAME_MS = 16;

/** A clock with timers; "after paint" is a frame later. */
function fakeTime() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const setTimer = (fn: () => void, ms: number) => {
    timers.set(++seq, { at: now + ms, fn });
    return seq;
  };
  const deps: PendingChangeDeps = {
    now: () => now,
    setTimer,
    clearTimer: (h) => void timers.delete(h as number),
    afterPaint: (fn) => {
      const h = setTimer(fn, FRAME_MS);
      return () => void timers.delete(h);
    },
  };
  const advanceTo = (t: number) => {
    for (;;) {
      const next = [...timers].filter(([, x]) => x.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      timers.delete(next[0]);
      now = next[1].at;
      next[1].fn();
    }
    now = t;
  };
  return { deps, advanceTo, now: () => now };
}

const para = (text: string): Block[] => [{ type: 'paragraph', content: [{ type: 'text', text }] }];

describe('pendingChange: when an editor reports its text', () => {
  it('reports nothing inside the keystroke, the first key right after its paint, and the last text after the quiet time', () => {
    const t = fakeTime();
    const p = pendingChange(t.deps);
    const reports: { at: number; text: string }[] = [];
    let text = '';
    const key = (ch: string) => {
      text += ch;
      const snapshot = text;
      p.schedule(
        () => para(snapshot),
        (b) =>
          reports.push({
            at: t.now(),
            text: b[0]!.type === 'paragraph' ? (b[0]!.content[0] as { text: string }).text : '',
          }),
      );
    };
    key('a');
    expect(reports).toEqual([]);
    t.advanceTo(FRAME_MS);
    expect(reports).toEqual([{ at: FRAME_MS, text: 'a' }]);
    t.advanceTo(60);
    key('b');
    t.advanceTo(120);
    key('c');
    t.advanceTo(120 + CONVERT_DELAY_MS - 1);
    expect(reports).toHaveLength(1);
    t.advanceTo(120 + CONVERT_DELAY_MS);
    expect(reports.at(-1)).toEqual({ at: 120 + CONVERT_DELAY_MS, text: 'abc' });
  });

  it('flush reports a waiting change at once (blur, leaving the step) and then nothing is left to report', () => {
    const t = fakeTime();
    const p = pendingChange(t.deps);
    const seen: number[] = [];
    p.schedule(
      () => para('x'),
      () => seen.push(t.now()),
    );
    p.flush();
    expect(seen).toEqual([0]);
    t.advanceTo(5_000);
    expect(seen).toEqual([0]);
    p.flush();
    expect(seen).toEqual([0]);
  });

  it('for any typing rhythm: the autosave never finds a change still waiting here, and the last key is reported within the quiet time', () => {
    expect(MAX_WAIT_MS + CONVERT_DELAY_MS).toBeLessThan(AUTOSAVE_DELAY_MS);
    expect(CONVERT_DELAY_MS + AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(1000);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 80 }), (gaps) => {
        const t = fakeTime();
        const p = pendingChange(t.deps);
        const reports: number[] = [];
        let at = 0;
        const keys: number[] = [];
        for (const gap of gaps) {
          at += gap;
          t.advanceTo(at);
          keys.push(at);
          p.schedule(
            () => [],
            () => reports.push(t.now()),
          );
        }
        t.advanceTo(at + 10_000);
        // The last key is reported within the quiet time (D-03: + the autosave's delay ≤ 1 s).
        expect(reports.at(-1)! - keys.at(-1)!).toBeLessThanOrEqual(CONVERT_DELAY_MS);
        // A key typed while the autosave waits for quiet (more than a frame before its delay after the previous
        // report runs out) is reported before it does, so the autosave does not write older text as "Đã lưu".
        // (A key in the very last frame is like a key typed just after the save: saved by the next one.)
        for (const k of keys) {
          const before = reports.filter((r) => r <= k).at(-1);
          const after = reports.find((r) => r >= k)!;
          if (before !== undefined && k - before < AUTOSAVE_DELAY_MS - FRAME_MS)
            expect(after - before).toBeLessThan(AUTOSAVE_DELAY_MS);
        }
      }),
    );
  });
});

describe('flushAllPendingChanges: the page is going away', () => {
  it('reports the waiting change of every editor at once, and nothing of those already reported', () => {
    const t = fakeTime();
    const a = pendingChange(t.deps);
    const b = pendingChange(t.deps);
    const seen: string[] = [];
    a.schedule(
      () => para('a'),
      () => seen.push('a'),
    );
    b.schedule(
      () => para('b'),
      () => seen.push('b'),
    );
    t.advanceTo(FRAME_MS);
    expect(seen).toEqual(['a', 'b']);
    b.schedule(
      () => para('b2'),
      () => seen.push('b2'),
    );
    flushAllPendingChanges();
    expect(seen).toEqual(['a', 'b', 'b2']);
    flushAllPendingChanges();
    t.advanceTo(10_000);
    expect(seen).toEqual(['a', 'b', 'b2']);
  });
});
