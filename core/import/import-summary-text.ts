/** The recognition summary and the notes of an opened Word file, as Vietnamese lines for the CLI and the app. */
import type { ImportNote, ImportSummary, ImportedHeaderField } from './import-result';
import { formatInteger } from '../text/vi-number';

/** The names the wizard's "Thông tin chung" step gives these fields; the CLI and the review screen use them. */
export const HEADER_FIELD_LABELS: Readonly<Record<ImportedHeaderField, string>> = {
  parentOrg: 'cơ quan cấp trên',
  issuer: 'cơ quan ban hành',
  number: 'số',
  docTypeCode: 'ký hiệu loại văn bản',
  issuerCode: 'ký hiệu cơ quan',
  place: 'địa danh',
  date: 'ngày ban hành',
  docType: 'tên loại văn bản',
  title: 'trích yếu',
};

/** `ruleSetName` is what the rule-set is called (core/rules/rule-set-titles.ts). */
export function summaryLines(summary: ImportSummary, ruleSetName: string): string[] {
  const fields = summary.headerFields.map((f) => HEADER_FIELD_LABELS[f]);
  return [
    `Thể thức: ${ruleSetName}${summary.ruleSetRecognised ? '' : ' (tạm chọn, không thấy dòng tiêu đề)'}.`,
    `Phần đầu: ${fields.length > 0 ? fields.join(', ') : 'không nhận ra trường nào'}.`,
    `Nội dung: ${formatInteger(summary.chapters)} chương, ${formatInteger(summary.sections)} mục con, ${formatInteger(summary.footnotes)} chú thích, ${formatInteger(summary.tables)} bảng, ${formatInteger(summary.appendices)} phụ lục, ${formatInteger(summary.words)} chữ.`,
    `Phần cuối: ${formatInteger(summary.recipients)} nơi nhận; ${summary.signerFound ? 'có' : 'không thấy'} người ký.`,
    `Đề cương: ${summary.templateName}.`,
  ];
}

export function noteLines(notes: readonly ImportNote[]): string[] {
  return notes.map((n) => `- ${n.where ? `${n.where}: ` : ''}${n.message}`);
}
