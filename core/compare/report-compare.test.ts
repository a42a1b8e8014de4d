import { describe, expect, it } from 'vitest';
import type { Block, Report, Section } from '../model/report-schema';
import { minimalReport, textParagraph } from '../../test-support/report-builder';
import { buildTable } from '../../test-support/statistics-tables';
import { syntheticReport } from '../../test-support/synthetic/synthetic-report';
import { compareReports, type PartChange } from './report-compare';
import { sideText, type TextDiff } from './word-diff';

const sec = (id: string, heading: string, blocks: Block[] = [], children: Section[] = []): Section => ({
  id,
  heading,
  blocks,
  children,
});
const withNote = (text: string, note: string): Block => ({
  type: 'paragraph',
  content: [
    { type: 'text', text },
    { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: note }] }] },
  ],
});
const table = (value: string) =>
  buildTable(1, [
    ['TT', 'Chi bộ', 'Đảng viên'],
    ['1', 'Chi bộ thôn Nà Khuổi', value],
  ]);

function revision(): Report {
  return minimalReport({
    title: 'tình hình tháng 6',
    sections: [
      sec(
        'ket-qua',
        'KẾT QUẢ',
        [withNote('Toàn huyện kết nạp 45 đảng viên.', 'Số liệu đến 31/5.'), table('32')],
        [
          sec('to-chuc', 'Công tác tổ chức', [textParagraph('Kiện toàn 3 chi bộ.')]),
          sec('dan-van', 'Công tác dân vận', [textParagraph('Hoà giải thành 12 vụ.')]),
        ],
      ),
      sec('nhiem-vu', 'NHIỆM VỤ', [textParagraph('Tiếp tục thực hiện.')]),
    ],
  });
}

function current(): Report {
  const r = revision();
  return {
    ...r,
    title: 'tình hình tháng 6 năm 2023',
    sections: [
      sec(
        'ket-qua',
        'KẾT QUẢ',
        [withNote('Toàn huyện kết nạp 52 đảng viên.', 'Số liệu đến 30/6.'), table('35')],
        [
          sec('dan-van', 'Công tác dân vận', [textParagraph('Hoà giải thành 12 vụ.')]),
          sec('moi', 'Công tác kiểm tra', [textParagraph('Kiểm tra 4 tổ chức đảng.')]),
        ],
      ),
      sec('nhiem-vu', 'NHIỆM VỤ', [textParagraph('Tiếp tục thực hiện.')]),
    ],
  };
}

const byKey = (parts: PartChange[], key: string) => parts.find((p) => p.key === key)!;
const changed = (d: TextDiff) => d.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text.trim()}`);

describe('compareReports', () => {
  const parts = compareReports(revision(), current());

  it('lists every part in reading order, sub-sections at their depth, removed ones where they stood', () => {
    expect(parts.map((p) => `${p.depth}:${p.key}:${p.status}`)).toEqual([
      '0:header:changed',
      '0:opening:same',
      '0:section:ket-qua:changed',
      '1:section:dan-van:same',
      '1:section:moi:added',
      '1:section:to-chuc:removed',
      '0:section:nhiem-vu:same',
      '0:closing:same',
      '0:signing:same',
    ]);
  });

  it('shows the changed words of a paragraph, of its footnote and of a table cell', () => {
    const chapter = byKey(parts, 'section:ket-qua');
    const [paragraph, grid] = chapter.blocks;
    if (paragraph?.type !== 'text' || grid?.type !== 'table') throw new Error('blocks out of order');
    expect(changed(paragraph.text)).toEqual(['removed:45', 'added:52']);
    expect(changed(paragraph.footnotes[0]!)).toEqual(['removed:31/5.', 'added:30/6.']);
    expect(changed(grid.rows[1]![2]!.text)).toEqual(['removed:32', 'added:35']);
    expect(grid.rows[1]![1]!.text.changes).toBe(0);
    expect(chapter.changes).toBe(3);
  });

  it('shows header fields such as the trích yếu word by word', () => {
    const title = byKey(parts, 'header').fields.find((f) => f.label === 'Trích yếu')!;
    expect(changed(title.diff)).toEqual(['added:năm 2023']);
  });

  it('marks a section whose order among its siblings changed as moved', () => {
    const r = current();
    const swapped = { ...r, sections: [r.sections[1]!, r.sections[0]!] };
    const moved = compareReports(r, swapped)
      .filter((p) => p.moved)
      .map((p) => p.key);
    expect(moved).toHaveLength(1);
  });

  it('has no change when nothing changed, and rebuilds both sides of a paragraph', () => {
    expect(compareReports(current(), current()).every((p) => p.changes === 0)).toBe(true);
    const chapter = byKey(parts, 'section:ket-qua').blocks[0]!;
    if (chapter.type !== 'text') throw new Error('not text');
    expect(sideText(chapter.text, 'before')).toBe('Toàn huyện kết nạp 45 đảng viên.');
    expect(sideText(chapter.text, 'after')).toBe('Toàn huyện kết nạp 52 đảng viên.');
  });

  it('compares a 100-page report with an edited copy of itself, finding the one edit', () => {
    const before = syntheticReport({ pages: 100 });
    const after = structuredClone(before);
    const target = after.sections[3]!.blocks.find((b) => b.type === 'paragraph');
    if (target?.type !== 'paragraph') throw new Error('no paragraph');
    target.content.push({ type: 'text', text: ' Câu mới thêm.' });
    const result = compareReports(before, after);
    expect(result.filter((p) => p.changes > 0).map((p) => p.key)).toEqual([`section:${after.sections[3]!.id}`]);
  });
});
