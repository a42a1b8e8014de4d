/**
 * The autosave's delta form through the journal's `journal:save` handler: only the records changed since main's
 * last answer travel, the others by id against its `base`. A delta lands exactly as the whole draft would; when
 * main no longer holds that base (another save came between, a restart, an id it never had) it saves nothing and
 * answers 'resend'; the tree check treats the kept records as the draft's records, as strictly as before.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report, Section } from '../../core/model/report-schema';
import { flattenSections, sectionJson } from '../../core/model/section-records';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import type { JournalDraftInput, JournalSaveResponse } from '../../electron/ipc/journal-types';
import { createDraftJournal } from './draft-journal';
import { realJournalFs } from './journal-fs';
import { createJournalHandlers } from './journal-ipc';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function openJournal(userData?: string) {
  const dir = userData ?? (await mkdtemp(join(tmpdir(), 'journal-delta-')));
  if (!userData) dirs.push(dir);
  let clock = 10_000;
  const journal = createDraftJournal({ userData: dir, fs: realJournalFs, now: () => (clock += 1000), log: () => {} });
  return { dir, journal, handlers: createJournalHandlers(journal, () => {}) };
}

const withId = (s: Section, id: string): Section => ({ ...s, id });

/** Chapters c0…c2; c1 holds c1a. */
function report(word: string, extra = false): Report {
  return minimalReport({
    title: 'báo cáo quý',
    sections: [
      withId(section('Mục 0', [textParagraph(word)]), 'c0'),
      withId(
        section('Mục 1', [textParagraph('một')], [withId(section('Mục 1.1', [textParagraph('con')]), 'c1a')]),
        'c1',
      ),
      withId(section('Mục 2', [textParagraph('hai')]), 'c2'),
      ...(extra ? [withId(section('Mục 3', [textParagraph('mới')]), 'c3')] : []),
    ],
  });
}

type Sections = NonNullable<JournalDraftInput['sections']>;

/** The whole autosave, as the renderer builds it. */
function whole(r: Report, updatedAt: number): JournalDraftInput {
  return {
    id: 'd1',
    templateId: 'so-ket-tong-ket',
    createdAt: 1,
    updatedAt,
    lastStepKey: 'general',
    report: { ...r, sections: [] },
    sections: {
      chapterIds: r.sections.map((s) => s.id),
      records: flattenSections(r.sections)!.map((s): [string, string] => [s.id, sectionJson(s)]),
    },
  };
}

/** The same autosave against what main accepted (`texts` at `base`): changed records sent, the others kept. */
function delta(
  full: JournalDraftInput,
  texts: ReadonlyMap<string, string>,
  base: string | undefined,
): JournalDraftInput {
  const { chapterIds, records } = full.sections!;
  const sections: Sections = {
    chapterIds,
    records: records.filter(([id, text]) => texts.get(id) !== text),
    keep: records.filter(([id, text]) => texts.get(id) === text).map(([id]) => id),
    ...(base === undefined ? {} : { base }),
  };
  return { ...full, sections };
}

const textsOf = (input: JournalDraftInput) => new Map(input.sections!.records);

function baseOf(res: JournalSaveResponse): string {
  if (res.status !== 'saved' || !res.base) throw new Error(`not saved: ${JSON.stringify(res)}`);
  return res.base;
}

describe('delta autosave through journal:save', () => {
  it('lands exactly as the whole draft: same draft read back, only the changed record sent', async () => {
    const a = await openJournal();
    const b = await openJournal();
    const first = whole(report('trước'), 2000);
    const second = whole(report('sau', true), 3000);
    const base = baseOf(await a.handlers.save({ draft: first, reason: 'edit' }));
    const sent = delta(second, textsOf(first), base);
    expect(sent.sections!.records.map(([id]) => id)).toEqual(['c0', 'c3']);
    expect(sent.sections!.keep).toEqual(['c1', 'c1a', 'c2']);
    const res = await a.handlers.save({ draft: sent, reason: 'edit' });
    expect(res).toMatchObject({ status: 'saved', revision: 2 });
    // A third save, a delta on the delta's base, holds too.
    const third = whole(report('lần ba', true), 4000);
    expect(await a.handlers.save({ draft: delta(third, textsOf(second), baseOf(res)), reason: 'edit' })).toMatchObject({
      status: 'saved',
      revision: 3,
    });

    for (const draft of [first, second, third]) await b.handlers.save({ draft, reason: 'edit' });
    const viaDelta = await a.handlers.read({ id: 'd1' });
    const viaWhole = await b.handlers.read({ id: 'd1' });
    expect(viaDelta).toEqual(viaWhole);
    if (viaDelta.status !== 'ok') throw new Error('not read');
    expect(viaDelta.draft.report).toEqual(report('lần ba', true));
  });

  it('answers resend, saving nothing, when the base is not the last state main accepted', async () => {
    const { handlers } = await openJournal();
    const first = whole(report('một'), 2000);
    const oldBase = baseOf(await handlers.save({ draft: first, reason: 'edit' }));
    const second = whole(report('hai'), 3000);
    // Another window saved the draft in between: main's head moved on.
    baseOf(await handlers.save({ draft: second, reason: 'edit' }));
    const late = whole(report('ba'), 4000);
    expect(await handlers.save({ draft: delta(late, textsOf(first), oldBase), reason: 'edit' })).toEqual({
      status: 'resend',
    });
    expect(await handlers.save({ draft: delta(late, textsOf(second), undefined), reason: 'edit' })).toEqual({
      status: 'resend',
    });
    expect(await handlers.list({})).toMatchObject({ status: 'ok', drafts: [{ id: 'd1', revision: 2 }] });
    // The whole draft, sent again as the renderer does, lands.
    expect(await handlers.save({ draft: late, reason: 'edit' })).toMatchObject({ status: 'saved', revision: 3 });
  });

  it('answers resend when a kept id is one main does not hold', async () => {
    const { handlers } = await openJournal();
    const first = whole(report('một'), 2000);
    const base = baseOf(await handlers.save({ draft: first, reason: 'edit' }));
    const next = whole(report('hai', true), 3000);
    // The renderer believes c3 was accepted already; main never had it.
    const wrong = delta(next, new Map([...textsOf(next)].filter(([id]) => id !== 'c0')), base);
    expect(wrong.sections!.keep).toContain('c3');
    expect(await handlers.save({ draft: wrong, reason: 'edit' })).toEqual({ status: 'resend' });
    expect(await handlers.list({})).toMatchObject({ status: 'ok', drafts: [{ id: 'd1', revision: 1 }] });
  });

  it('answers resend after the journal restarted, then takes the whole draft', async () => {
    const { dir, handlers } = await openJournal();
    const first = whole(report('một'), 2000);
    const base = baseOf(await handlers.save({ draft: first, reason: 'edit' }));
    const restarted = (await openJournal(dir)).handlers;
    const next = whole(report('hai'), 3000);
    expect(await restarted.save({ draft: delta(next, textsOf(first), base), reason: 'edit' })).toEqual({
      status: 'resend',
    });
    expect(await restarted.save({ draft: next, reason: 'edit' })).toMatchObject({ status: 'saved', revision: 2 });
  });

  it('answers resend after a revision was restored under the renderer', async () => {
    const { journal, handlers } = await openJournal();
    const first = whole(report('một'), 2000);
    baseOf(await handlers.save({ draft: first, reason: 'edit' }));
    const version = await journal.createVersion('d1', 'Bản một');
    const second = whole(report('hai'), 3000);
    const base = baseOf(await handlers.save({ draft: second, reason: 'edit' }));
    await journal.restoreRevision('d1', version.revisionId);
    const next = whole(report('ba'), 4000);
    expect(await handlers.save({ draft: delta(next, textsOf(second), base), reason: 'edit' })).toEqual({
      status: 'resend',
    });
  });

  it('still refuses a bad tree in delta form, kept records counted as the tree', async () => {
    const { handlers } = await openJournal();
    const first = whole(report('một'), 2000);
    const base = baseOf(await handlers.save({ draft: first, reason: 'edit' }));
    const texts = textsOf(first);

    // c1 now claims c2 as its child while c2 is still a chapter (a kept record).
    const moved = delta(whole(report('một'), 3000), texts, base);
    const c1 = JSON.parse(texts.get('c1')!) as { childIds: string[] };
    c1.childIds = ['c1a', 'c2'];
    const movedBad: JournalDraftInput = {
      ...moved,
      sections: { ...moved.sections!, records: [['c1', JSON.stringify(c1)]], keep: ['c0', 'c1a', 'c2'] },
    };
    expect(await handlers.save({ draft: movedBad, reason: 'edit' })).toMatchObject({
      status: 'error',
      reason: 'invalid-draft',
    });

    // A section neither sent nor kept: the tree misses a node.
    const missing = delta(whole(report('hai'), 3000), texts, base);
    const dropped: JournalDraftInput = {
      ...missing,
      sections: { ...missing.sections!, keep: missing.sections!.keep!.filter((id) => id !== 'c1a') },
    };
    expect(await handlers.save({ draft: dropped, reason: 'edit' })).toMatchObject({
      status: 'error',
      reason: 'invalid-draft',
    });

    // A record both sent and kept is a repeated id.
    const twice = delta(whole(report('hai'), 3000), texts, base);
    const repeated: JournalDraftInput = {
      ...twice,
      sections: { ...twice.sections!, keep: [...twice.sections!.keep!, 'c0'] },
    };
    expect(await handlers.save({ draft: repeated, reason: 'edit' })).toMatchObject({
      status: 'error',
      reason: 'invalid-draft',
    });
    expect(await handlers.list({})).toMatchObject({ status: 'ok', drafts: [{ id: 'd1', revision: 1 }] });
  });
});
