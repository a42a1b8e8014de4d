/**
 * The save pipeline against real Dexie (fake-indexeddb) and the REAL main-process journal code writing to a
 * temp folder (test-support/desktop-test.ts): "saved" means IndexedDB and the journal have it (D-01).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newReportFromTemplate, EMPTY_ISSUER } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import { findTemplate } from '../../../core/templates/templates';
import { apiOverDouble, startMainDouble, type JournalMethods } from '../../../test-support/desktop-double';
import { textParagraph } from '../../../test-support/report-builder';
import { desktopTest } from '../../../test-support/desktop-test';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { withJournal } from './durable-repository';
import { JournalSaveError } from './journal-api';

type JournalSaveRequest = Parameters<JournalMethods['journalSave']>[0];
type JournalDraftInput = JournalSaveRequest['draft'];
type JournalSaveResponse = Awaited<ReturnType<JournalMethods['journalSave']>>;

let n = 0;
const report = (title: string): Report => ({
  ...newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2023-06-15', () => `s${++n}`),
  title,
});

/** `r` with its first chapter's text typed over; every other section object kept as it was. */
const edited = (r: Report, word: string): Report => ({
  ...r,
  sections: [{ ...r.sections[0]!, blocks: [textParagraph(word)] }, ...r.sections.slice(1)],
});

let db: DraftsDb;

beforeEach(() => {
  db = openDraftsDb(`durable-${randomId()}`);
});
afterEach(() => {
  db.close();
});

const repoWith = (journal: JournalMethods) =>
  withJournal(createDraftsRepository({ db, now: () => Date.now(), newId: randomId }), db, journal);

describe('withJournal', () => {
  desktopTest(
    'a save resolves only after the journal call has resolved, and both stores hold the same text',
    async ({ api }) => {
      const order: string[] = [];
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => (release = r));
      const slow: JournalMethods = {
        ...api,
        journalSave: async (request) => {
          order.push('journal-start');
          await gate;
          const res = await api.journalSave(request);
          order.push('journal-done');
          return res;
        },
      };
      const draft = await repoWith(api).createDraft('so-ket-tong-ket', report('lần một'), 'general');
      const repo = repoWith(slow);
      const saving = repo.saveDraft(draft.id, report('lần hai'), 'general', 'edit').then(() => order.push('saved'));
      await new Promise((r) => setTimeout(r, 30));
      expect(order).toEqual(['journal-start']);
      release();
      await saving;
      expect(order).toEqual(['journal-start', 'journal-done', 'saved']);
      expect((await db.drafts.get(draft.id))?.report.title).toBe('lần hai');
      const journalled = await api.journalRead({ id: draft.id });
      expect(journalled.status === 'ok' && (journalled.draft.report as Report).title).toBe('lần hai');
    },
  );

  desktopTest(
    'a journal failure (disk full) rejects the save with main\'s Vietnamese sentence, so "Đã lưu" is not shown',
    async ({ api }) => {
      const full: JournalMethods = {
        ...api,
        journalSave: async () => ({
          status: 'error',
          reason: 'disk-full',
          message: 'Ổ đĩa máy tính đã đầy nên bản nháp chưa được lưu xuống đĩa.',
        }),
      };
      const repo = repoWith(full);
      const draft = await repo.createDraft('so-ket-tong-ket', report('a'), 'general');
      const error = await repo.saveDraft(draft.id, report('b'), 'general').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JournalSaveError);
      expect((error as JournalSaveError).userMessage).toContain('Ổ đĩa máy tính đã đầy');
    },
  );

  desktopTest('a rejected IPC call becomes a Vietnamese error too, never an unhandled throw', async ({ api }) => {
    const broken: JournalMethods = { ...api, journalSave: () => Promise.reject(new Error('ipc gone')) };
    const repo = repoWith(broken);
    const draft = await repo.createDraft('so-ket-tong-ket', report('a'), 'general');
    const error = await repo.saveDraft(draft.id, report('b'), 'general').catch((e: unknown) => e);
    expect((error as JournalSaveError).userMessage).toContain('Không liên lạc được');
  });

  desktopTest('create, delete and restore are mirrored in the journal (trash kept in step)', async ({ api }) => {
    const repo = repoWith(api);
    const draft = await repo.createDraft('so-ket-tong-ket', report('mirror'), 'general');
    const summary = async () => {
      const list = await api.journalList();
      return list.status === 'ok' ? list.drafts.find((d) => d.id === draft.id) : undefined;
    };
    expect((await summary())?.title).toBe('mirror');
    await repo.deleteDraft(draft.id);
    expect((await summary())?.deletedAt).toBeTypeOf('number');
    expect((await db.drafts.get(draft.id))?.deletedAt).toBeTypeOf('number');
    await repo.restoreDraft(draft.id);
    expect((await summary())?.deletedAt).toBeUndefined();
  });

  desktopTest('restoring a draft the journal never had journals it whole (head and every chapter)', async ({ api }) => {
    const before = createDraftsRepository({ db, now: () => Date.now(), newId: randomId });
    const full = report('từ trước khi có nhật ký');
    const draft = await before.createDraft('so-ket-tong-ket', full, 'general');
    await before.deleteDraft(draft.id);
    await repoWith(api).restoreDraft(draft.id);
    const journalled = await api.journalRead({ id: draft.id });
    expect(journalled.status === 'ok' && journalled.draft.report).toEqual(full);
    expect(full.sections.length).toBeGreaterThan(0);
  });

  desktopTest(
    'after the first accepted autosave only the changed section travels; the journal holds the whole draft',
    async ({ api }) => {
      const sent: JournalDraftInput[] = [];
      const answers: JournalSaveResponse['status'][] = [];
      const recording: JournalMethods = {
        ...api,
        journalSave: async (request: JournalSaveRequest) => {
          sent.push(request.draft);
          const res = await api.journalSave(request);
          answers.push(res.status);
          return res;
        },
      };
      const start = report('gửi từng phần');
      const draft = await repoWith(api).createDraft('so-ket-tong-ket', start, 'general');
      const repo = repoWith(recording);
      const edits = ['một', 'hai', 'ba'].map((word) => edited(start, word));
      for (const r of edits) await repo.saveDraft(draft.id, r, 'general', 'edit');

      const all = sent[0]!.sections!.records.length;
      expect(all).toBeGreaterThan(3);
      expect(sent[0]!.sections!.keep).toBeUndefined();
      for (const later of sent.slice(1)) {
        expect(later.sections!.records.map(([id]) => id)).toEqual([start.sections[0]!.id]);
        expect(later.sections!.keep).toHaveLength(all - 1);
        expect(later.sections!.base).toMatch(/^[a-f0-9]{32}$/);
      }
      expect(answers).toEqual(['saved', 'saved', 'saved']);
      const journalled = await api.journalRead({ id: draft.id });
      expect(journalled.status === 'ok' && journalled.draft.report).toEqual(edits[2]);
    },
  );

  desktopTest(
    'when main answers resend (it restarted) the whole draft goes at once and the save still succeeds',
    async ({ api, dir }) => {
      let current = api;
      const sent: JournalDraftInput[] = [];
      const answers: JournalSaveResponse['status'][] = [];
      const switching: JournalMethods = {
        ...api,
        journalSave: async (request: JournalSaveRequest) => {
          sent.push(request.draft);
          const res = await current.journalSave(request);
          answers.push(res.status);
          return res;
        },
      };
      const start = report('main khởi động lại');
      const draft = await repoWith(api).createDraft('so-ket-tong-ket', start, 'general');
      const repo = repoWith(switching);
      await repo.saveDraft(draft.id, edited(start, 'một'), 'general', 'edit');
      current = apiOverDouble(startMainDouble({ userData: dir })); // main restarted: its memory is gone
      const last = edited(start, 'hai');
      await repo.saveDraft(draft.id, last, 'general', 'edit');

      expect(answers).toEqual(['saved', 'resend', 'saved']);
      expect(sent[1]!.sections!.keep).toBeDefined();
      expect(sent[2]!.sections!.keep).toBeUndefined();
      expect(sent[2]!.sections!.records).toHaveLength(sent[0]!.sections!.records.length);
      const journalled = await current.journalRead({ id: draft.id });
      expect(journalled.status === 'ok' && journalled.draft.report).toEqual(last);

      // Another draft saved in between: back to this one, the whole draft goes again.
      const other = await repoWith(api).createDraft('so-ket-tong-ket', report('khác'), 'general');
      await repo.saveDraft(other.id, report('khác'), 'general', 'edit');
      await repo.saveDraft(draft.id, edited(start, 'ba'), 'general', 'edit');
      expect(sent.at(-1)!.sections!.keep).toBeUndefined();
    },
  );

  it('without a journal (plain browser) it is the IndexedDB repository itself', () => {
    const inner = createDraftsRepository({ db, now: () => Date.now(), newId: randomId });
    expect(withJournal(inner, db, null)).toBe(inner);
  });

  desktopTest('step changes make automatic checkpoints in the journal', async ({ api }) => {
    const repo = repoWith(api);
    const draft = await repo.createDraft('so-ket-tong-ket', report('c'), 'general');
    await repo.saveDraft(draft.id, report('c1'), 'chapter:x', 'step-change');
    await repo.saveDraft(draft.id, report('c2'), 'closing', 'step-change');
    const revisions = await api.revisionList({ id: draft.id });
    expect(
      revisions.status === 'ok' && revisions.revisions.filter((r) => r.kind === 'auto').length,
    ).toBeGreaterThanOrEqual(2);
  });
});
