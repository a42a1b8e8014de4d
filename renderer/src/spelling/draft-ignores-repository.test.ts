/**
 * The draft's "Bỏ qua" lists in the real drafts database (fake-indexeddb): stored per draft, bounded, removed
 * with the draft, and the per-machine lists of earlier versions moved into their drafts once.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_ISSUER, newReportFromTemplate } from '../../../core/model/new-report';
import { findTemplate } from '../../../core/templates/templates';
import { newRev, splitStoredRecord } from '../db/draft-split';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { IGNORED_ONCE_MAX, occurrenceKey } from './draft-ignores';
import {
  createDraftIgnoresRepository,
  LEGACY_IGNORED_SETTING_KEY,
  migrateLegacyIgnores,
} from './draft-ignores-repository';

let db: DraftsDb | undefined;
afterEach(() => db?.close());

async function withDraft() {
  db = openDraftsDb(`ignores-${randomId()}`);
  const drafts = createDraftsRepository({ db, now: () => 1, newId: randomId });
  let n = 0;
  const report = newReportFromTemplate(findTemplate('dinh-ky')!, EMPTY_ISSUER, '2026-06-30', () => `s${++n}`);
  const draft = await drafts.createDraft('dinh-ky', report, 'general');
  return { db, drafts, draftId: draft.id };
}

function memorySettings(entries: Record<string, string>) {
  const stored = new Map(Object.entries(entries));
  return {
    stored,
    getItem: (k: string) => stored.get(k) ?? null,
    removeItem: (k: string) => void stored.delete(k),
  };
}

describe('draft ignores repository', () => {
  it('keeps each draft’s lists apart, bounded, and removes them with the draft', async () => {
    const { db, drafts, draftId } = await withDraft();
    const repo = createDraftIgnoresRepository(db);
    const once = Array.from({ length: IGNORED_ONCE_MAX + 5 }, (_, i) => occurrenceKey(`đoạn ${i}`, 'homestay', 0));
    await repo.save(draftId, { words: ['Homestay', 'homestay'], once });
    const back = await repo.load(draftId);
    expect(back.words).toEqual(['homestay']);
    expect(back.once).toHaveLength(IGNORED_ONCE_MAX);
    expect(back.once.at(-1)).toBe(once.at(-1));
    expect(await repo.load('ban-khac')).toEqual({ words: [], once: [] });
    await drafts.deleteDraft(draftId);
    await drafts.purgeDeleted(Number.MAX_SAFE_INTEGER);
    expect(await db.spellingIgnores.count()).toBe(0);
  });

  it('moves the per-machine lists into their drafts once, merged, dropping drafts that are gone', async () => {
    const { db, draftId } = await withDraft();
    const repo = createDraftIgnoresRepository(db);
    await repo.save(draftId, { words: ['pá'], once: ['k:0:pá'] });
    const settings = memorySettings({
      [LEGACY_IGNORED_SETTING_KEY]: JSON.stringify({ [draftId]: ['Homestay', 42], 'ban-da-xoa': ['x'] }),
    });
    await migrateLegacyIgnores(db, settings);
    expect(await repo.load(draftId)).toEqual({ words: ['pá', 'homestay'], once: ['k:0:pá'] });
    expect(await db.spellingIgnores.get('ban-da-xoa')).toBeUndefined();
    expect(settings.stored.has(LEGACY_IGNORED_SETTING_KEY)).toBe(false);
    // A damaged setting is dropped, never an error.
    const damaged = memorySettings({ [LEGACY_IGNORED_SETTING_KEY]: '{hỏng' });
    await migrateLegacyIgnores(db, damaged);
    expect(damaged.stored.size).toBe(0);
  });
});

describe('database v7 → v8', () => {
  it('keeps every draft as it was and adds an empty table of ignore lists', async () => {
    let n = 0;
    const report = newReportFromTemplate(findTemplate('dinh-ky')!, EMPTY_ISSUER, '2026-06-30', () => `s${++n}`);
    const record = {
      id: 'ban-6-thang',
      templateId: 'dinh-ky',
      report,
      title: '',
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'general',
    };
    const split = splitStoredRecord(record, newRev())!;
    const name = `v7-${randomId()}`;
    const old = new Dexie(name);
    old.version(7).stores({
      drafts: 'id, updatedAt, deletedAt',
      profiles: 'id, updatedAt',
      sections: '[draftId+sectionId]',
      officeWords: '[profileId+word], profileId',
      outlines: 'id, updatedAt',
      received: 'id, [templateId+periodKey], unitKey, checksum',
      provenance: 'draftId',
    });
    await old.table('drafts').put(split.head);
    await old.table('sections').bulkPut(split.sections);
    old.close();

    db = openDraftsDb(name);
    const read = await createDraftsRepository({ db, now: () => 10, newId: randomId }).getDraft('ban-6-thang');
    expect(read.ok && read.draft).toEqual(record);
    expect(db.verno).toBe(8);
    expect(await db.spellingIgnores.count()).toBe(0);
    await createDraftIgnoresRepository(db).save('ban-6-thang', { words: ['homestay'], once: [] });
    expect(await createDraftIgnoresRepository(db).load('ban-6-thang')).toEqual({ words: ['homestay'], once: [] });
  });
});

describe('occurrence keys', () => {
  it('tell the occurrences of a word in a paragraph apart, and change with the paragraph’s text', () => {
    const text = 'homestay và homestay';
    expect(occurrenceKey(text, 'homestay', 0)).not.toBe(occurrenceKey(text, 'homestay', 1));
    expect(occurrenceKey(text, 'homestay', 1)).toBe(occurrenceKey(text.normalize('NFD'), 'homestay', 1));
    expect(occurrenceKey(text, 'homestay', 1)).not.toBe(occurrenceKey(`${text}.`, 'homestay', 1));
  });
});
