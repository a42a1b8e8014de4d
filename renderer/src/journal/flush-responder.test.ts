/** Main's quit waits for the renderer: the responder saves every open draft, then answers with the same id. */
import { describe, expect, it } from 'vitest';
import { desktopTest } from '../../../test-support/desktop-test';
import { CONVERT_DELAY_MS } from '../editor/pending-change';
import { flushAll, installFlushResponder, registerFlusher, SETTLE_MS } from './flush-responder';

describe('flush responder', () => {
  desktopTest('quit waits until every registered editor has saved, then the app quits', async ({ double, api }) => {
    const events: string[] = [];
    const off = registerFlusher(async (reason) => {
      events.push(`flush:${reason}`);
      await new Promise((r) => setTimeout(r, 50));
      events.push('saved');
      return true;
    });
    const stop = installFlushResponder(api);
    await double.quit();
    events.push('quit');
    expect(events).toEqual(['flush:quit', 'saved', 'quit']);
    off();
    stop();
  });

  it('reports "not saved" when one editor could not save', async () => {
    const offA = registerFlusher(async () => true);
    const offB = registerFlusher(async () => false);
    expect(await flushAll('quit')).toBe(false);
    offB();
    expect(await flushAll('quit')).toBe(true);
    offA();
  });

  it('waits longer than an editor holds back its last keystrokes', () => {
    expect(SETTLE_MS).toBeGreaterThanOrEqual(CONVERT_DELAY_MS + 50);
  });
});
