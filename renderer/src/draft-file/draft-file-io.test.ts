/** Opening a .baocao.json in the app: same validation as `check`, and never an overwrite without asking. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDraftFile } from '../../../core/draft-file/draft-file-format';
import { newReportFromTemplate, EMPTY_ISSUER } from '../../../core/model/new-report';
import { findTemplate } from '../../../core/templates/templates';
import { desktopTest } from '../../../test-support/desktop-test';
import { openDraftsDb, type DraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { withJournal } from '../journal/durable-repository';
import { createOfficeWordsRepository } from '../spelling/office-words-repository';
import {
  BEFORE_REPLACE_VERSION,
  importOpenedDraft,
  mergedWordsNotice,
  mergeOpenedOfficeWords,
  openPickedFile,
} from './draft-file-io';

let db: DraftsDb;

beforeEach(() => {
  db = openDraftsDb(`file-${randomId()}`);
});
afterEach(() => {
  db.close();
});

const report = (title: string) => ({
  ...newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2026-11-27', randomId),
  title,
});

describe('opening a draft file', () => {
  desktopTest(
    'finds the draft with the same id, then opens as a copy or replaces it (keeping the old state as a version)',
    async ({ api }) => {
      const repo = withJournal(createDraftsRepository({ db, now: () => Date.now(), newId: randomId }), db, api);
      const mine = await repo.createDraft('so-ket-tong-ket', report('bản trên máy'), 'general');
      const text = serializeDraftFile('so-ket-tong-ket', report('bản từ máy khác'), {
        draftId: mine.id,
        lastStepKey: 'closing',
      });
      const opened = await openPickedFile(db, new File([text], 'tu-may-khac.baocao.json'));
      expect(opened.status).toBe('opened');
      if (opened.status !== 'opened') return;
      expect(opened.existing?.id).toBe(mine.id);

      const copy = await importOpenedDraft(db, api, opened.opened, 'copy', Date.now());
      expect(copy.id).not.toBe(mine.id);
      expect((await db.drafts.get(mine.id))?.report.title).toBe('bản trên máy');
      expect(copy.lastStepKey).toBe('closing');

      await importOpenedDraft(db, api, opened.opened, 'replace', Date.now());
      expect((await db.drafts.get(mine.id))?.report.title).toBe('bản từ máy khác');
      const revisions = await api.revisionList({ id: mine.id });
      const before =
        revisions.status === 'ok' ? revisions.revisions.find((r) => r.name === BEFORE_REPLACE_VERSION) : undefined;
      const old = await api.revisionRead({ id: mine.id, revisionId: before!.revisionId });
      expect(old.status === 'ok' && (old.draft.report as { title: string }).title).toBe('bản trên máy');
    },
  );

  it('merges the office words the file carries into this office’s list and says how many were new', async () => {
    const here = createOfficeWordsRepository({ db, now: () => 1 });
    await here.addWord('nậm');
    const text = serializeDraftFile('so-ket-tong-ket', report('từ máy khác'), {
      officeWords: ['nậm', 'homestay', 'zalo'],
    });
    const opened = await openPickedFile(db, new File([text], 'co-tu.baocao.json'));
    if (opened.status !== 'opened') throw new Error('not opened');
    await importOpenedDraft(db, null, opened.opened, 'copy', 5);
    const added = await mergeOpenedOfficeWords(db, opened.opened, 5);
    expect(added).toBe(2);
    expect(mergedWordsNotice(added)).toBe('Đã thêm 2 từ của đơn vị gửi kèm tệp vào từ điển của đơn vị trên máy này.');
    expect(await here.listWords()).toEqual(new Set(['nậm', 'homestay', 'zalo']));
    expect(mergedWordsNotice(await mergeOpenedOfficeWords(db, opened.opened, 6))).toBeNull();
  });

  it("refuses a damaged file with the parser's Vietnamese sentence and writes nothing", async () => {
    const text = serializeDraftFile('so-ket-tong-ket', report('gốc')).replace('gốc', 'sửa tay');
    const opened = await openPickedFile(db, new File([text], 'hong.baocao.json'));
    expect(opened.status === 'error' && opened.message).toContain('SHA-256');
    const notJson = await openPickedFile(db, new File(['{ không phải json'], 'x.baocao.json'));
    expect(notJson.status === 'error' && notJson.message).toMatch(/[ạảãáàâăđêôơư]/);
    expect(await db.drafts.count()).toBe(0);
  });
});
