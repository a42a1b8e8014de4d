import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../core/import/import-result';
import { importSummaryLines } from './import-summary-lines';

const SUMMARY: ImportSummary = {
  headerFields: ['parentOrg', 'issuer', 'number', 'issuerCode', 'place', 'date', 'docType', 'title'],
  ruleSet: 'hd36-2018',
  ruleSetRecognised: true,
  chapters: 3,
  sections: 7,
  footnotes: 2,
  tables: 1,
  recipients: 6,
  signerFound: true,
  appendices: 0,
  words: 1284,
  templateId: 'so-ket-tong-ket',
  templateName: 'Báo cáo sơ kết / tổng kết',
};

const text = (lines: ReturnType<typeof importSummaryLines>) =>
  lines.map((l) => `${l.label}: ${l.value}${l.warn ? ' !' : ''}`);

describe('importSummaryLines', () => {
  it('says what was recognised with Vietnamese numbers and the rule-set family', () => {
    expect(
      text(importSummaryLines(SUMMARY, 'Cao Trang Trọng', 'Hướng dẫn 36-HD/VPTW (2018) — văn bản của Đảng')),
    ).toEqual([
      'Thông tin đầu văn bản: đã điền 8 mục: cơ quan cấp trên, cơ quan ban hành, số, ký hiệu cơ quan, địa danh, ngày ban hành, tên loại văn bản, trích yếu',
      'Thể thức: Hướng dẫn 36-HD/VPTW (2018) — văn bản của Đảng',
      'Nội dung: 3 chương, 7 mục',
      'Chú thích cuối trang: 2 chú thích',
      'Bảng: 1 bảng',
      'Nơi nhận: 6 nơi nhận',
      'Người ký: Cao Trang Trọng',
      'Phụ lục: 0 phụ lục',
      'Số từ: 1.284 từ',
    ]);
  });

  it('flags what the clerk has to fill or check: no header, an assumed State rule-set, no chapter, no signer', () => {
    const lines = text(
      importSummaryLines(
        {
          ...SUMMARY,
          headerFields: [],
          ruleSet: 'nd30-2020',
          ruleSetRecognised: false,
          chapters: 0,
          recipients: 0,
          signerFound: false,
        },
        '',
        undefined,
      ),
    );
    expect(lines[0]).toBe('Thông tin đầu văn bản: không nhận ra; hãy điền ở bước “Thông tin chung” !');
    expect(lines[1]).toBe(
      'Thể thức: văn bản hành chính Nhà nước — tạm chọn vì không thấy quốc hiệu, tiêu ngữ; hãy kiểm tra !',
    );
    expect(lines[2]).toBe('Nội dung: 0 chương, 7 mục !');
    expect(lines[5]).toBe('Nơi nhận: 0 nơi nhận !');
    expect(lines[6]).toBe('Người ký: không thấy phần ký; hãy điền ở bước “Nơi nhận và ký” !');
  });
});
