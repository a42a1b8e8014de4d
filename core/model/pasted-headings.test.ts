import { describe, expect, it } from 'vitest';
import type { Block, Inline } from './report-schema';
import { classifyPasted, splitPastedHeadings } from './pasted-headings';

const t = (text: string, marks: { bold?: true; italic?: true } = {}): Inline => ({ type: 'text', text, ...marks });
const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });
let n = 0;
const ids = () => `p${++n}`;

describe('pasted paragraph kinds', () => {
  it('reads typed "- ", "– " and "+ " lines as dash lines without the marker', () => {
    expect(classifyPasted([t('- Tổ chức hội nghị')])).toEqual({
      kind: 'dash',
      level: 1,
      marker: '-',
      inlines: [t('Tổ chức hội nghị')],
    });
    expect(classifyPasted([t('– Kiểm tra')])).toMatchObject({ kind: 'dash', level: 1, inlines: [t('Kiểm tra')] });
    expect(classifyPasted([t('+ Chi bộ 1')])).toMatchObject({
      kind: 'dash',
      level: 2,
      marker: '+',
      inlines: [t('Chi bộ 1')],
    });
  });

  it('keeps emphasis after the marker is taken off', () => {
    expect(classifyPasted([t('- '), t('Kết nạp', { bold: true }), t(' 12 đảng viên')])).toMatchObject({
      kind: 'dash',
      inlines: [t('Kết nạp', { bold: true }), t(' 12 đảng viên')],
    });
  });

  it('a "1." line is a numbered item unless it is bold and short, then a heading', () => {
    expect(classifyPasted([t('1. Tổ chức 5 hội nghị chuyên đề.')])).toMatchObject({
      kind: 'numbered',
      marker: '1.',
      inlines: [t('Tổ chức 5 hội nghị chuyên đề.')],
    });
    expect(classifyPasted([t('1. Công tác tuyên truyền', { bold: true })])).toMatchObject({
      kind: 'heading',
      level: 2,
      marker: '1.',
    });
    expect(classifyPasted([t('II. KẾT QUẢ THỰC HIỆN', { bold: true })])).toMatchObject({
      kind: 'heading',
      level: 1,
      marker: 'II.',
    });
    expect(classifyPasted([t('a) Đối với chi bộ', { italic: true })])).toMatchObject({
      kind: 'heading',
      level: 4,
      marker: 'a)',
    });
    expect(classifyPasted([t('a) đối với chi bộ trực thuộc, tổ chức họp định kỳ')])).toMatchObject({
      kind: 'paragraph',
    });
  });

  it('a bulleted list item is a dash line, level 2 when nested or "+"', () => {
    expect(classifyPasted([t('Nội dung')], { list: { format: 'bullet', text: '-', ilvl: 0 } })).toMatchObject({
      kind: 'dash',
      level: 1,
    });
    expect(classifyPasted([t('Nội dung')], { list: { format: 'bullet', text: '·', ilvl: 1 } })).toMatchObject({
      kind: 'dash',
      level: 2,
    });
    expect(classifyPasted([t('Nội dung')], { list: { format: 'bullet', text: '+', ilvl: 0 } })).toMatchObject({
      kind: 'dash',
      level: 2,
    });
  });

  it('blank is empty', () => {
    expect(classifyPasted([t('   ')])).toEqual({ kind: 'empty' });
  });
});

describe('splitting a paste at its headings', () => {
  it('returns null without a marked heading', () => {
    expect(splitPastedHeadings([para(t('Một đoạn.')), { type: 'dash', content: [t('Dòng')] }], 1, ids)).toBeNull();
  });

  it('nests "1.", "a)" and "2." under the chapter with their bodies, text before the first heading stays', () => {
    n = 0;
    const split = splitPastedHeadings(
      [
        para(t('Mở đầu.')),
        para(t('1. Công tác tuyên truyền', { bold: true })),
        para(t('Nội dung 1.')),
        para(t('a) Ở cơ sở', { bold: true })),
        { type: 'dash', content: [t('Dòng a')] },
        para(t('2. Công tác kiểm tra', { bold: true })),
        { type: 'numbered', content: [t('Mục 1')] },
      ],
      1,
      ids,
    );
    expect(split?.markers).toEqual(['1.', 'a)', '2.']);
    expect(split?.before).toEqual([para(t('Mở đầu.'))]);
    expect(split?.sections).toEqual([
      {
        id: 'p1',
        heading: 'Công tác tuyên truyền',
        blocks: [para(t('Nội dung 1.'))],
        children: [
          { id: 'p2', heading: 'Ở cơ sở', level: 4, blocks: [{ type: 'dash', content: [t('Dòng a')] }], children: [] },
        ],
      },
      { id: 'p3', heading: 'Công tác kiểm tra', blocks: [{ type: 'numbered', content: [t('Mục 1')] }], children: [] },
    ]);
  });

  it('a chapter-level "II." pasted into a chapter becomes a section below it; "2.1." straight under a chapter prints as "1."', () => {
    n = 0;
    const split = splitPastedHeadings(
      [para(t('II. KẾT QUẢ', { bold: true })), para(t('2.1. Chi tiết', { bold: true }))],
      1,
      ids,
    );
    expect(split?.sections.map((s) => [s.heading, s.level])).toEqual([['KẾT QUẢ', undefined]]);
    expect(split?.sections[0]?.children.map((s) => [s.heading, s.level])).toEqual([['Chi tiết', undefined]]);
    const flat = splitPastedHeadings([para(t('2.1. Chi tiết', { bold: true }))], 1, ids);
    expect(flat?.sections.map((s) => [s.heading, s.level])).toEqual([['Chi tiết', undefined]]);
  });
});
