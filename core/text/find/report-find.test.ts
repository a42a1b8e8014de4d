import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline, Report, Table } from '../../model/report-schema';
import { minimalReport, section, textParagraph } from '../../../test-support/report-builder';
import { findInReport, inlineSearchText, replaceInInlines, replaceInReport } from './report-find';
import type { FindQuery } from './find-in-text';

const q = (needle: string, o: Partial<FindQuery> = {}): FindQuery => ({
  needle,
  matchCase: false,
  matchDiacritics: false,
  wholeWord: false,
  ...o,
});

const footnote = (text: string): Inline => ({
  type: 'footnote',
  paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const table: Table = {
  type: 'table',
  headerRows: 1,
  caption: 'Biểu 1: Huyện ủy giao chỉ tiêu',
  rows: [
    { cells: [{ paragraphs: [textParagraph('Đơn vị') as never] }, { paragraphs: [textParagraph('Số') as never] }] },
    {
      cells: [
        {
          paragraphs: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Huyện ủy' }, footnote('Ghi chú huyện ủy')] },
          ],
        },
        { paragraphs: [textParagraph('12') as never] },
      ],
    },
  ],
};

function sampleReport(): Report {
  const chapter1 = section('ĐẶC ĐIỂM TÌNH HÌNH', [textParagraph('Không có gì.')]);
  const sub = section('Công tác của Huyện ủy', [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Ban Thường vụ Huyện ' },
        { type: 'text', text: 'ủy chỉ đạo', bold: true },
        footnote('Theo Kế hoạch của Huyện ủy.'),
        { type: 'break' },
        { type: 'text', text: 'huyen uy (không dấu)' },
      ],
    },
    table,
  ]);
  const chapter2 = section('KẾT QUẢ', [], [sub]);
  return minimalReport({
    header: { ...minimalReport().header, issuer: 'HUYỆN ỦY TAM ĐƯỜNG' },
    sections: [chapter1, chapter2],
    appendices: [{ id: 'pl1', title: 'Biểu của Huyện ủy', blocks: [textParagraph('Số liệu Huyện ủy')] }],
  });
}

describe('findInReport', () => {
  it('finds a diacritic-free query in header fields, headings, runs, footnotes, cells and appendices', () => {
    const report = sampleReport();
    const matches = findInReport(report, q('huyen uy'));
    const where = matches.map((m) => `${m.slot.stepKey} ${m.slot.kind} ${m.text}`);
    const chapter2 = `chapter:${report.sections[1]!.id}`;
    expect(where).toEqual([
      'general field HUYỆN ỦY',
      `${chapter2} field Huyện ủy`,
      // The paragraph's own text, then its footnote.
      `${chapter2} inline Huyện ủy`,
      `${chapter2} inline huyen uy`,
      `${chapter2} inline Huyện ủy`,
      `${chapter2} table-label Huyện ủy`,
      `${chapter2} inline Huyện ủy`,
      `${chapter2} inline huyện ủy`,
      'appendices field Huyện ủy',
      'appendices inline Huyện ủy',
    ]);
    const inFootnote = matches.filter((m) => m.slot.kind === 'inline' && m.slot.footnote);
    expect(inFootnote).toHaveLength(2);
    const inCell = matches.filter((m) => m.slot.kind === 'inline' && m.slot.cell);
    expect(inCell.map((m) => m.slot.kind === 'inline' && m.slot.cell)).toEqual([
      { row: 1, index: 0, paragraph: 0 },
      { row: 1, index: 0, paragraph: 0 },
    ]);
    expect(new Set(matches.map((m) => m.id)).size).toBe(matches.length);
  });

  it('never matches across a line break or a footnote reference', () => {
    const report = minimalReport({
      opening: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Huyện' }, { type: 'break' }, { type: 'text', text: 'ủy' }],
        },
      ],
    });
    const inOpening = (needle: string) => findInReport(report, q(needle)).filter((m) => m.slot.kind === 'inline');
    expect(inOpening('huyen uy')).toEqual([]);
    expect(inOpening('huyen')).toHaveLength(1);
  });
});

describe('replaceInReport', () => {
  it('replaces everywhere, counts, keeps formatting and footnotes, and leaves untouched parts as they were', () => {
    const report = sampleReport();
    const { report: next, count } = replaceInReport(report, q('huyen uy'), 'Đảng ủy');
    expect(count).toBe(10);
    expect(findInReport(next, q('huyen uy'))).toEqual([]);
    expect(next.header.issuer).toBe('Đảng ủy TAM ĐƯỜNG');
    const sub = next.sections[1]!.children[0]!;
    const p = sub.blocks[0]!;
    expect(p.type === 'paragraph' && p.content).toEqual([
      { type: 'text', text: 'Ban Thường vụ Đảng ủy' },
      { type: 'text', text: ' chỉ đạo', bold: true },
      footnote('Theo Kế hoạch của Đảng ủy.'),
      { type: 'break' },
      { type: 'text', text: 'Đảng ủy (không dấu)' },
    ]);
    expect(next.sections[0]).toBe(report.sections[0]);
    expect(next.signature).toBe(report.signature);
  });

  it('replaces only the chosen match', () => {
    const report = sampleReport();
    const matches = findInReport(report, q('huyen uy'));
    const third = matches[2]!;
    const { report: next, count } = replaceInReport(report, q('huyen uy'), 'X', new Set([third.id]));
    expect(count).toBe(1);
    const left = findInReport(next, q('huyen uy'));
    expect(left.map((m) => m.text)).toEqual(matches.filter((m) => m !== third).map((m) => m.text));
    expect(findInReport(next, q('X', { matchCase: true })).map((m) => m.slot)).toEqual([third.slot]);
  });

  it('with nothing to replace returns the same report', () => {
    const report = sampleReport();
    expect(replaceInReport(report, q('không có chữ này'), 'x').report).toBe(report);
  });
});

const runText = fc.array(fc.constantFrom(...'abc AB'), { maxLength: 8 }).map((a) => a.join(''));
const inlineArb: fc.Arbitrary<Inline> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: runText, bold: fc.boolean() }),
  fc.constant({ type: 'break' as const }),
  runText.map(footnote),
);
const paragraphs = fc.array(fc.array(inlineArb, { maxLength: 6 }), { maxLength: 4 });

describe('replace-all properties', () => {
  // An empty replacement may join the text around two matches into a new one ("aabb" without "ab" is "ab"), as
  // in Word; a replacement with a letter the needle lacks cannot.
  it('after replacing with text that holds no match, searching finds nothing, and the count is what was found', () => {
    fc.assert(
      fc.property(
        paragraphs,
        fc.constantFrom('ab', 'b', 'a a', 'ca'),
        fc.constantFrom('', 'x', 'XY z'),
        fc.boolean(),
        (contents, needle, replacement, wholeWord) => {
          const report = minimalReport({
            opening: contents.map((content): Block => ({ type: 'paragraph', content })),
          });
          const query = q(needle, { wholeWord });
          const found = findInReport(report, query);
          const { report: next, count } = replaceInReport(report, query, replacement);
          expect(count).toBe(found.length);
          if (!wholeWord && replacement !== '') expect(findInReport(next, query)).toEqual([]);
          // Footnotes and breaks are kept, in order.
          const skeleton = (r: Report) =>
            r.opening.map((b) =>
              b.type === 'table' ? [] : b.content.filter((i) => i.type !== 'text').map((i) => i.type),
            );
          expect(skeleton(next)).toEqual(skeleton(report));
        },
      ),
    );
  });

  it('replacing in runs changes the search text exactly as a plain string replace would', () => {
    fc.assert(
      fc.property(fc.array(inlineArb, { maxLength: 6 }), (content) => {
        const text = inlineSearchText(content);
        const ranges: { start: number; end: number }[] = [];
        for (let at = text.indexOf('a'); at >= 0; at = text.indexOf('a', at + 1))
          ranges.push({ start: at, end: at + 1 });
        const next = replaceInInlines(content, ranges, 'Q');
        expect(inlineSearchText(next)).toBe(text.replaceAll('a', 'Q'));
      }),
    );
  });
});
