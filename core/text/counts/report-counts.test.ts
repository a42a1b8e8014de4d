import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalReport, section, textParagraph } from '../../../test-support/report-builder';
import { reportCounts, warmReportCounts } from './report-counts';
import { reportPages } from './page-counts';
import { countText, countTextWords } from './text-counts';

describe('countText', () => {
  it('counts Vietnamese syllables, keeps numbers whole and skips lone punctuation', () => {
    expect(countTextWords('Huyện ủy Tam Đường')).toBe(4);
    expect(countTextWords('- Kết nạp 1.284 đảng viên, đạt 87,8% kế hoạch (ngày 12/3/2023).')).toBe(11);
    expect(countTextWords('Số 12-BC/HU')).toBe(4);
    expect(countTextWords('  ')).toBe(0);
  });

  it('counts characters with and without spaces, line breaks not included', () => {
    expect(countText('Huyện ủy\nTam')).toEqual({ words: 3, characters: 11, charactersNoSpaces: 10 });
  });

  it('on space-separated letters, counts what a naive split counts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'aăđêô  \n'), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(countTextWords(text)).toBe(text.split(/\s+/u).filter(Boolean).length);
      }),
    );
  });
});

describe('reportCounts', () => {
  it('counts per part and in total, footnotes included', () => {
    const chapter = section('KẾT QUẢ', [
      textParagraph('Huyện ủy chỉ đạo', [
        { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kế hoạch số 5' }] }] },
      ]),
    ]);
    const report = minimalReport({ sections: [chapter], opening: [textParagraph('Thực hiện kế hoạch')] });
    const { parts, total } = reportCounts(report);
    const byLabel = new Map(parts.map((p) => [p.label, p]));
    // Heading 2 words + body 4 + footnote 4.
    expect(byLabel.get('I. KẾT QUẢ')).toMatchObject({ words: 10, footnotes: 1 });
    expect(total.footnotes).toBe(1);
    expect(total.words).toBe(parts.reduce((n, p) => n + p.words, 0));
    // Phần đầu: ĐẢNG BỘ TỈNH LAI CHÂU (5) HUYỆN ỦY TAM ĐƯỜNG (4) BC HU Tam Đường BÁO CÁO tình hình tháng 6 + opening 4.
    expect(byLabel.get('Phần đầu (thông tin chung, mở đầu)')?.words).toBe(5 + 4 + 2 + 2 + 2 + 4 + 4);
  });
});

describe('reportPages', () => {
  it('turns the pages chapters start on into page ranges per chapter', () => {
    const a = { ...section('A'), id: 'a' };
    const b = { ...section('B'), id: 'b' };
    const c = { ...section('C'), id: 'c' };
    const report = minimalReport({
      sections: [a, b, c],
      appendices: [{ id: 'pl', title: 'PL', blocks: [] }],
    });
    const pages = reportPages(report, {
      pageCount: 9,
      sectionPages: new Map([
        ['a', 1],
        ['b', 3],
        ['c', 3],
        ['pl', 8],
      ]),
    });
    expect(pages.total).toBe(9);
    expect(pages.parts.get('chapter:a')).toEqual({ from: 1, to: 3, count: 3 });
    expect(pages.parts.get('chapter:b')).toEqual({ from: 3, to: 3, count: 1 });
    expect(pages.parts.get('chapter:c')).toEqual({ from: 3, to: 8, count: 6 });
    expect(pages.parts.get('pl')).toEqual({ from: 8, to: 9, count: 2 });
  });

  it('leaves out what the preview did not place', () => {
    const report = minimalReport({ sections: [{ ...section('A'), id: 'a' }] });
    expect(reportPages(report, { pageCount: 2, sectionPages: new Map() }).parts.size).toBe(0);
  });
});

describe('warmReportCounts', () => {
  it('counts a long report in slices and then reportCounts gives the same totals', () => {
    const chapter = section(
      'A',
      Array.from({ length: 50 }, (_, i) => textParagraph(`Đoạn thứ ${i} có năm từ`)),
    );
    const report = minimalReport({ sections: [chapter] });
    let slices = 1;
    while (!warmReportCounts(report, () => false)) slices++;
    expect(slices).toBe(3);
    expect(reportCounts(report).parts[1]?.words).toBe(1 + 50 * 6);
  });
});
