/**
 * The pending-edits slot and opening a draft with it, on real Dexie (fake-indexeddb) and a Map-backed Web
 * Storage: newer edits are applied and saved once, older ones dropped, and what is read back is bounded,
 * checked with the report schema and NFC.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { openDraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { MAX_PENDING_EDITS_CHARS, pendingEditsSlot, type SlotStorage } from './pending-edits-slot';
import { withPendingEdits } from './with-pending-edits';

function mapStorage(): SlotStorage & { keys: () => string[]; set: (k: string, v: string) => void } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    keys: () => [...m.keys()],
    set: (k, v) => void m.set(k, v),
  };
}

const base = syntheticReport({ pages: 2 });
const withTitle = (title: string): Report => ({ ...base, title });

async function setup() {
  let clock = 1_000;
  const storage = mapStorage();
  const slot = pendingEditsSlot(storage);
  const inner = createDraftsRepository({
    db: openDraftsDb(`pending-${randomId()}`),
    now: () => ++clock,
    newId: randomId,
  });
  const repo = withPendingEdits(inner, slot);
  const draft = await repo.createDraft('so-ket-tong-ket', withTitle('Cũ'), 'general');
  return { storage, slot, inner, repo, draft, tick: () => ++clock };
}

describe('pending edits written while the page went away', () => {
  it('are applied when newer than IndexedDB, saved there, and the slot cleared', async () => {
    const { storage, slot, inner, repo, draft, tick } = await setup();
    expect(slot.write(draft.id, { report: withTitle('Mới'), stepKey: 'chapter:x', at: tick() })).toBe(true);
    const opened = await repo.getDraft(draft.id);
    expect(opened.ok && opened.draft.report.title).toBe('Mới');
    expect(opened.ok && opened.draft.lastStepKey).toBe('chapter:x');
    expect(storage.keys()).toEqual([]);
    const stored = await inner.getDraft(draft.id);
    expect(stored.ok && stored.draft.report.title).toBe('Mới');
  });

  it('are dropped when IndexedDB has a later save', async () => {
    const { storage, slot, repo, draft, tick } = await setup();
    slot.write(draft.id, { report: withTitle('Mới'), stepKey: 'general', at: tick() });
    await repo.saveDraft(draft.id, withTitle('Sau đó'), 'general');
    const opened = await repo.getDraft(draft.id);
    expect(opened.ok && opened.draft.report.title).toBe('Sau đó');
    expect(storage.keys()).toEqual([]);
  });

  it('are read back NFC, and junk, wrong shapes or oversized text are ignored', async () => {
    const { storage, slot, repo, draft, tick } = await setup();
    const decomposed = 'Báo cáo tổng kết'.normalize('NFD');
    slot.write(draft.id, { report: withTitle(decomposed), stepKey: 'general', at: tick() });
    expect(slot.read(draft.id)?.report.title).toBe('Báo cáo tổng kết'.normalize('NFC'));

    const key = storage.keys()[0]!;
    for (const junk of [
      '{',
      'null',
      '{"v":1,"at":"x","stepKey":"g","report":{}}',
      '{"v":1,"at":5,"stepKey":"g","report":{"title":1}}',
    ]) {
      storage.set(key, junk);
      expect(slot.read(draft.id)).toBeNull();
      const opened = await repo.getDraft(draft.id);
      expect(opened.ok && opened.draft.report.title).toBe('Cũ');
    }
    storage.set(key, ' '.repeat(MAX_PENDING_EDITS_CHARS + 1));
    expect(slot.read(draft.id)).toBeNull();
    const huge = withTitle('x');
    huge.sections = [{ ...huge.sections[0]!, heading: 'y'.repeat(MAX_PENDING_EDITS_CHARS) }];
    expect(slot.write(draft.id, { report: huge, stepKey: 'general', at: tick() })).toBe(false);
    expect(storage.keys()).toEqual([]);
  });

  it('without Web Storage there is no slot and drafts open as stored', async () => {
    const slot = pendingEditsSlot(null);
    expect(slot.write('d', { report: base, stepKey: 'general', at: 1 })).toBe(false);
    expect(slot.read('d')).toBeNull();
  });
});
