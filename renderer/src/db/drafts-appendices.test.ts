/**
 * The v2 fields the wizard now edits, through the drafts repository on real Dexie (fake-indexeddb): appendices
 * (kept in the draft's head record, beside the per-section records), a sub-section's printed level (in its own
 * section record) and the header and signature fields that hold line breaks — saved, then read back by a new
 * repository as after a reload.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Appendix, Report, Section } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { openDraftsDb, type DraftsDb } from './drafts-db';
import { createDraftsRepository, randomId, type DraftsRepository } from './drafts-repository';

let db: DraftsDb;
let clock: number;
const repoOn = (database: DraftsDb): DraftsRepository =>
  createDraftsRepository({ db: database, now: () => ++clock, newId: randomId });

async function openReport(repo: DraftsRepository, id: string): Promise<Report> {
  const read = await repo.getDraft(id);
  if (!read.ok) throw new Error(read.message);
  return read.draft.report;
}

const WIDE_TABLE: Appendix['blocks'][number] = {
  type: 'table',
  headerRows: 1,
  caption: 'Biểu 1: Kết quả phát triển đảng viên',
  unit: 'Đơn vị tính: người',
  columns: [{ width: 3 }, { width: 1, align: 'right' }, { width: 1, align: 'right', total: true }],
  rows: [
    {
      cells: [
        { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đảng bộ' }] }] },
        { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: '2023' }] }] },
        { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cộng' }] }] },
      ],
    },
    {
      cells: [
        { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Xã Nậm Tăm' }] }] },
        { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: '1.284' }] }] },
        { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: '1.284' }] }] },
      ],
    },
  ],
};

const APPENDICES: Appendix[] = [
  {
    id: 'pl-bieu',
    title: 'BIỂU TỔNG HỢP\nKẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN',
    attachedLine: '(Kèm theo Báo cáo số 12-BC/ĐU, ngày 05/3/2024 của Ban Thường vụ Đảng ủy xã)',
    orientation: 'landscape',
    pageNumbers: 'restart',
    blocks: [WIDE_TABLE],
  },
  {
    id: 'pl-danh-sach',
    title: 'Danh sách chi bộ',
    pageNumbers: 'none',
    blocks: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Chi bộ bản Nậm Tăm' },
          {
            type: 'footnote',
            paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thành lập năm 1975.' }] }],
          },
        ],
      },
    ],
  },
];

/** The first sub-section of the second chapter printed as "a)" directly under its chapter. */
function withPoint(report: Report): Report {
  const sections = [...report.sections];
  const chapter = sections[1]!;
  const [first, ...rest] = chapter.children as [Section, ...Section[]];
  sections[1] = { ...chapter, children: [{ ...first, level: 4, children: [] }, ...rest] };
  return { ...report, sections };
}

beforeEach(() => {
  clock = 1_000;
  db = openDraftsDb(`appendices-${randomId()}`);
});
afterEach(() => db.close());

describe('the v2 fields the wizard edits survive autosave and a reload', () => {
  const base = syntheticReport({ pages: 6 });

  it('appendices, a section level and line breaks in the header come back exactly as saved', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', base, 'general');
    const opened = await openReport(repo, draft.id);
    const edited: Report = withPoint({
      ...opened,
      header: {
        ...opened.header,
        issuer: 'ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM',
        parentOrg: 'ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG',
      },
      title: 'kết quả phát triển đảng viên\nnăm 2024',
      signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'KT. BÍ THƯ\nPHÓ BÍ THƯ', name: 'Lò Văn A' },
      appendices: APPENDICES,
    });
    expect(edited.sections[1]!.children[0]!.children).toEqual([]);
    await repo.saveDraft(draft.id, edited, 'appendices');

    const reread = await openReport(repoOn(db), draft.id);
    expect(reread).toEqual(edited);
    expect(reread.appendices?.[0]).toMatchObject({
      orientation: 'landscape',
      pageNumbers: 'restart',
      attachedLine: APPENDICES[0]!.attachedLine,
    });
    expect(reread.sections[1]!.children[0]!.level).toBe(4);
    expect(reread.header.issuer).toBe('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM');
  });

  it('an appendix edited, reordered or removed after the first save is stored as it is now', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', { ...base, appendices: APPENDICES }, 'general');
    let report = await openReport(repo, draft.id);
    // Only the appendices change: they live in the head record, written on every save.
    report = {
      ...report,
      appendices: [{ ...report.appendices![1]!, title: 'DANH SÁCH CHI BỘ TRỰC THUỘC' }, report.appendices![0]!],
    };
    await repo.saveDraft(draft.id, report, 'appendices');
    expect((await openReport(repoOn(db), draft.id)).appendices?.map((a) => a.title)).toEqual([
      'DANH SÁCH CHI BỘ TRỰC THUỘC',
      APPENDICES[0]!.title,
    ]);

    const { attachedLine: _line, ...generated } = report.appendices![1]!;
    report = { ...report, appendices: [generated] };
    await repo.saveDraft(draft.id, report, 'appendices');
    const reread = await openReport(repoOn(db), draft.id);
    expect(reread.appendices).toEqual([generated]);
    expect(reread.appendices![0]).not.toHaveProperty('attachedLine');

    await repo.saveDraft(draft.id, { ...report, appendices: [] }, 'appendices');
    expect((await openReport(repoOn(db), draft.id)).appendices).toEqual([]);
  });

  it('a duplicated draft carries its appendices along', async () => {
    const repo = repoOn(db);
    const draft = await repo.createDraft('so-ket-tong-ket', { ...base, appendices: APPENDICES }, 'general');
    const copy = await repo.duplicateDraft(draft.id);
    expect((await openReport(repoOn(db), copy.id)).appendices).toEqual(APPENDICES);
  });
});
