import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../core/compare/report-compare';
import type { Report } from '../../../core/model/report-schema';
import { minimalReport, textParagraph } from '../../../test-support/report-builder';
import { restoreQuestion } from './restore-question';

const withSection = (text: string, extra: Report['sections'] = []): Report =>
  minimalReport({
    sections: [
      { id: 'a', heading: 'KẾT QUẢ', blocks: [textParagraph(text), textParagraph('Đoạn hai.')], children: [] },
      ...extra,
    ],
  });

describe('restoreQuestion', () => {
  it('says what a section restore replaces and that its sub-sections stay', () => {
    const part = compareReports(withSection('Cũ.'), withSection('Mới.')).find((p) => p.key === 'section:a')!;
    expect(restoreQuestion(part, 'Bản 1')).toBe(
      'Tiêu đề và nội dung hiện tại của mục “KẾT QUẢ” (2 đoạn văn) sẽ được thay bằng nội dung trong phiên bản “Bản 1”. Các mục con của nó giữ nguyên như hiện tại. Nội dung hiện tại được lưu thành một phiên bản trong lịch sử, và có thể hoàn tác ngay sau khi khôi phục.',
    );
  });

  it('says a deleted section comes back to its old place', () => {
    const gone = { id: 'b', heading: 'NHIỆM VỤ', blocks: [], children: [] };
    const part = compareReports(withSection('X.', [gone]), withSection('X.')).find((p) => p.key === 'section:b')!;
    expect(restoreQuestion(part, 'Bản 1')).toMatch(/^Mục “NHIỆM VỤ” đã bị xóa sẽ được đưa trở lại chỗ cũ/);
  });
});
