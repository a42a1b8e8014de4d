import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report, type Section } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { openDraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId } from '../db/drafts-repository';
import { checkForSave } from './check-for-save';

const loaded = (): Report => {
  const parsed = parseReport(syntheticReport({ pages: 10 }));
  if (!parsed.ok) throw new Error('invalid');
  return parsed.value;
};

const editChapter = (report: Report, i: number, edit: (s: Section) => Section): Report => ({
  ...report,
  sections: report.sections.map((s, j) => (j === i ? edit(s) : s)),
});

const wholeVerdict = (report: Report) => {
  const res = parseReport(report);
  return res.ok ? { ok: true } : { ok: false, where: res.issues[0]?.path.join('.') };
};

describe('checkForSave', () => {
  it('gives the whole-report verdict, at the same spot, for edits the schema refuses', () => {
    const base = loaded();
    expect(checkForSave(base).ok).toBe(true);
    const cases: Report[] = [
      editChapter(base, 1, (s) => ({ ...s, heading: 'x'.repeat(100_000) })),
      editChapter(base, 2, (s) => ({ ...s, children: [{ ...s.children[0]!, level: 1 }, ...s.children.slice(1)] })),
      editChapter(base, 0, (s) => ({ ...s, blocks: [{ type: 'paragraph', content: [{ type: 'bogus' }] } as never] })),
      { ...base, title: 'y'.repeat(100_000) },
      editChapter(base, 1, (s) => ({ ...s, id: '../x' })),
    ];
    for (const report of cases) {
      const verdict = checkForSave(report);
      expect(verdict.ok).toBe(false);
      expect(verdict).toEqual(wholeVerdict(report));
    }
  });

  it('keeps the wizard’s section objects, and both stores get the cleaned (NFC) text of an edited section', async () => {
    const base = loaded();
    // "Tình hình" typed with combining marks (NFD), as some Vietnamese keyboards send it.
    const edited = editChapter(base, 1, (s) => ({ ...s, heading: 'Ti\u0300nh hi\u0300nh' }));
    const checked = checkForSave(edited);
    if (!checked.ok) throw new Error(checked.where);
    expect(checked.value.sections[1]).toBe(edited.sections[1]);

    const db = openDraftsDb(`check-${randomId()}`);
    try {
      const repo = createDraftsRepository({ db, now: () => Date.now(), newId: randomId });
      const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
      await repo.getDraft(draft.id);
      await repo.saveDraft(draft.id, checked.value, 'general');
      const reopened = await repo.getDraft(draft.id);
      expect(reopened.ok && reopened.draft.report.sections[1]!.heading).toBe('Tình hình'.normalize('NFC'));
      expect(reopened.ok && reopened.draft.report).toEqual(
        parseReport(edited).ok && (parseReport(edited) as { value: Report }).value,
      );
    } finally {
      db.close();
    }
  });
});
