/**
 * What the review screen says was recognised in a Word report, as short Vietnamese lines with Vietnamese numbers
 * (SPEC §13: "1.284 từ"). Pure, so the wording is tested without a browser.
 */
import type { ImportSummary } from '../../../core/import/import-result';
import { HEADER_FIELD_LABELS } from '../../../core/import/import-summary-text';
import { formatInteger } from '../../../core/text/vi-number';

export interface SummaryLine {
  label: string;
  value: string;
  /** Something the clerk should look at (nothing found, or only assumed). */
  warn?: boolean;
}

const count = (n: number, what: string) => `${formatInteger(n)} ${what}`;

/** `ruleSetName` is the registry's name for summary.ruleSet (undefined when it is not installed). */
export function importSummaryLines(
  summary: ImportSummary,
  signerName: string,
  ruleSetName: string | undefined,
): SummaryLine[] {
  const fields = summary.headerFields.map((f) => HEADER_FIELD_LABELS[f]);
  const family = summary.ruleSet.startsWith('nd30') ? 'Nhà nước' : summary.ruleSet.startsWith('hd36') ? 'Đảng' : null;
  // The registry's name already says the family ("… — văn bản của Đảng"); without it, the family alone.
  const ruleSet =
    ruleSetName ?? (family ? `văn bản ${family === 'Đảng' ? 'của Đảng' : 'hành chính Nhà nước'}` : summary.ruleSet);
  return [
    fields.length
      ? { label: 'Thông tin đầu văn bản', value: `đã điền ${count(fields.length, 'mục')}: ${fields.join(', ')}` }
      : { label: 'Thông tin đầu văn bản', value: 'không nhận ra; hãy điền ở bước “Thông tin chung”', warn: true },
    summary.ruleSetRecognised
      ? { label: 'Thể thức', value: ruleSet }
      : {
          label: 'Thể thức',
          value: `${ruleSet} — tạm chọn vì không thấy quốc hiệu, tiêu ngữ; hãy kiểm tra`,
          warn: true,
        },
    {
      label: 'Nội dung',
      value: `${count(summary.chapters, 'chương')}, ${count(summary.sections, 'mục')}`,
      warn: summary.chapters === 0,
    },
    { label: 'Chú thích cuối trang', value: count(summary.footnotes, 'chú thích') },
    { label: 'Bảng', value: count(summary.tables, 'bảng') },
    { label: 'Nơi nhận', value: count(summary.recipients, 'nơi nhận'), warn: summary.recipients === 0 },
    summary.signerFound
      ? { label: 'Người ký', value: signerName || 'đã có chức vụ, chưa có họ tên' }
      : { label: 'Người ký', value: 'không thấy phần ký; hãy điền ở bước “Nơi nhận và ký”', warn: true },
    { label: 'Phụ lục', value: count(summary.appendices, 'phụ lục') },
    { label: 'Số từ', value: count(summary.words, 'từ') },
  ];
}
