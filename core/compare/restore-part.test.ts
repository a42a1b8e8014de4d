import { describe, expect, it } from 'vitest';
import type { Block, Report, Section } from '../model/report-schema';
import { inlineText } from '../model/report-text';
import { minimalReport, textParagraph } from '../../test-support/report-builder';
import { restorePart } from './restore-part';

const sec = (id: string, heading: string, blocks: Block[] = [], children: Section[] = []): Section => ({
  id,
  heading,
  blocks,
  children,
});
const text = (s: Section | undefined) => s?.blocks.map((b) => (b.type === 'table' ? '#' : inlineText(b.content)));

const revision: Report = minimalReport({
  title: 'tình hình quý I',
  sections: [
    sec('a', 'KẾT QUẢ', [textParagraph('Cũ của chương.')], [sec('a1', 'Tổ chức', [textParagraph('Cũ của mục con.')])]),
    sec('b', 'NHIỆM VỤ', [textParagraph('Nhiệm vụ cũ.')], [sec('b1', 'Đã xoá', [textParagraph('Mục đã bị xoá.')])]),
  ],
});
const current: Report = minimalReport({
  title: 'tình hình quý II',
  sections: [
    sec(
      'a',
      'KẾT QUẢ ĐẠT ĐƯỢC',
      [textParagraph('Mới của chương.')],
      [
        sec('a1', 'Tổ chức', [textParagraph('Mới của mục con.')]),
        sec('a2', 'Kiểm tra', [textParagraph('Mục con mới.')]),
      ],
    ),
    sec('b', 'NHIỆM VỤ', [textParagraph('Nhiệm vụ mới.')]),
  ],
});

function restored(key: string): Report {
  const result = restorePart(current, revision, key);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('restorePart', () => {
  it('brings back a chapter’s heading and body and keeps its sub-sections and every other part as they are now', () => {
    const r = restored('section:a');
    expect(r.sections[0]!.heading).toBe('KẾT QUẢ');
    expect(text(r.sections[0])).toEqual(['Cũ của chương.']);
    expect(r.sections[0]!.children.map((c) => [c.id, text(c)?.[0]])).toEqual([
      ['a1', 'Mới của mục con.'],
      ['a2', 'Mục con mới.'],
    ]);
    expect(text(r.sections[1])).toEqual(['Nhiệm vụ mới.']);
    expect(r.title).toBe('tình hình quý II');
  });

  it('restores one sub-section only', () => {
    const r = restored('section:a1');
    expect(text(r.sections[0])).toEqual(['Mới của chương.']);
    expect(text(r.sections[0]!.children[0])).toEqual(['Cũ của mục con.']);
  });

  it('puts a deleted sub-section back under its parent, at its old place', () => {
    const r = restored('section:b1');
    expect(r.sections[1]!.children.map((c) => c.id)).toEqual(['b1']);
    expect(text(r.sections[1]!.children[0])).toEqual(['Mục đã bị xoá.']);
    expect(text(r.sections[1])).toEqual(['Nhiệm vụ mới.']);
  });

  it('restores the header fields and the trích yếu together', () => {
    expect(restored('header').title).toBe('tình hình quý I');
    expect(restored('header').sections).toEqual(current.sections);
  });

  it('refuses, in Vietnamese, a part the revision does not have', () => {
    expect(restorePart(current, revision, 'section:a2')).toEqual({
      ok: false,
      message: 'Phiên bản đã chọn không có mục này nên không có gì để khôi phục.',
    });
  });
});
