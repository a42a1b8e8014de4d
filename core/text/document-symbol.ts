/**
 * Số và ký hiệu (SPEC §10): the document-type and issuer abbreviation tables as data, and warnings for
 * parts a clerk typed wrongly (the line itself is core/docx/document-number.ts).
 */
import type { ReportHeader } from '../model/report-schema';

/** SPEC §0.1: confirmed ✅, corroborated ◐, practice ○. */
export type Confidence = 'confirmed' | 'corroborated' | 'practice';
export interface Abbreviation {
  name: string;
  abbreviation: string;
  confidence: Confidence;
}

/** SPEC §10.1 (HD 36 era). */
export const DOCUMENT_TYPES: readonly Abbreviation[] = [
  { name: 'Nghị quyết', abbreviation: 'NQ', confidence: 'confirmed' },
  { name: 'Quyết định', abbreviation: 'QĐ', confidence: 'confirmed' },
  { name: 'Quy định', abbreviation: 'QĐi', confidence: 'practice' },
  { name: 'Chỉ thị', abbreviation: 'CT', confidence: 'confirmed' },
  { name: 'Kết luận', abbreviation: 'KL', confidence: 'confirmed' },
  { name: 'Quy chế', abbreviation: 'QC', confidence: 'practice' },
  { name: 'Thông tri', abbreviation: 'TT', confidence: 'practice' },
  { name: 'Hướng dẫn', abbreviation: 'HD', confidence: 'confirmed' },
  { name: 'Báo cáo', abbreviation: 'BC', confidence: 'confirmed' },
  { name: 'Kế hoạch', abbreviation: 'KH', confidence: 'confirmed' },
  { name: 'Chương trình', abbreviation: 'CTr', confidence: 'confirmed' },
  { name: 'Thông báo', abbreviation: 'TB', confidence: 'confirmed' },
  { name: 'Tờ trình', abbreviation: 'TTr', confidence: 'practice' },
  { name: 'Công văn', abbreviation: 'CV', confidence: 'confirmed' },
  { name: 'Biên bản', abbreviation: 'BB', confidence: 'practice' },
  { name: 'Đề án', abbreviation: 'ĐA', confidence: 'practice' },
  { name: 'Phương án', abbreviation: 'PA', confidence: 'practice' },
  { name: 'Quy hoạch', abbreviation: 'QH', confidence: 'practice' },
  { name: 'Bản sao', abbreviation: 'BS', confidence: 'confirmed' },
];

/** SPEC §10.2. */
export const ISSUERS: readonly Abbreviation[] = [
  { name: 'Ban Chấp hành Trung ương / Bộ Chính trị / Ban Bí thư', abbreviation: 'TW', confidence: 'confirmed' },
  { name: 'Văn phòng Trung ương Đảng', abbreviation: 'VPTW', confidence: 'confirmed' },
  { name: 'Ban Tổ chức Trung ương', abbreviation: 'BTCTW', confidence: 'confirmed' },
  { name: 'Tỉnh ủy', abbreviation: 'TU', confidence: 'confirmed' },
  { name: 'Ban Tuyên giáo Tỉnh ủy', abbreviation: 'BTGTU', confidence: 'confirmed' },
  { name: 'Ban Tổ chức Tỉnh ủy', abbreviation: 'BTCTU', confidence: 'corroborated' },
  { name: 'Ủy ban Kiểm tra Tỉnh ủy', abbreviation: 'UBKTTU', confidence: 'confirmed' },
  { name: 'Văn phòng Tỉnh ủy', abbreviation: 'VPTU', confidence: 'practice' },
  { name: 'Huyện ủy', abbreviation: 'HU', confidence: 'confirmed' },
  { name: 'Ban Tuyên giáo Huyện ủy', abbreviation: 'BTGHU', confidence: 'practice' },
  { name: 'Ban Tổ chức Huyện ủy', abbreviation: 'BTCHU', confidence: 'practice' },
  { name: 'Ban Dân vận Huyện ủy', abbreviation: 'BDVHU', confidence: 'practice' },
  { name: 'Ủy ban Kiểm tra Huyện ủy', abbreviation: 'UBKTHU', confidence: 'practice' },
  { name: 'Văn phòng Huyện ủy', abbreviation: 'VPHU', confidence: 'practice' },
  { name: 'Quận ủy', abbreviation: 'QU', confidence: 'practice' },
  { name: 'Đảng ủy', abbreviation: 'ĐU', confidence: 'confirmed' },
  { name: 'Chi bộ', abbreviation: 'CB', confidence: 'practice' },
  { name: 'Tiểu ban Văn kiện', abbreviation: 'TBVK', confidence: 'confirmed' },
];

const SEPARATORS = /[/\-–]/u;

/**
 * Vietnamese warnings for the parts of "Số … - … / …"; empty when all looks right. `missing: false` leaves out
 * the warnings for an empty code, for callers that report those as errors of their own (core/check/header-check).
 */
export function checkSymbol(
  header: Pick<ReportHeader, 'number' | 'docTypeCode' | 'issuerCode'>,
  { missing = true }: { missing?: boolean } = {},
): string[] {
  const warnings: string[] = [];
  const number = header.number.trim();
  const type = header.docTypeCode.trim();
  const issuer = header.issuerCode.trim();
  if (number !== '' && !/^\d+$/.test(number)) {
    warnings.push(`Số văn bản “${number}” chỉ được gồm chữ số. Hãy xóa chữ, dấu cách hoặc ký hiệu trong ô Số.`);
  } else if (/^\d$/.test(number)) {
    warnings.push(`Số nhỏ hơn 10 phải có số 0 phía trước. Hãy sửa “${number}” thành “0${number}”.`);
  }
  if (type === '') {
    if (missing) warnings.push('Chưa có mã loại văn bản. Hãy nhập mã, ví dụ “BC” cho báo cáo.');
  } else if (SEPARATORS.test(type))
    warnings.push(
      `Mã loại văn bản “${type}” có dấu “/” hoặc “-”. Hãy chỉ nhập chữ, ví dụ “BC”; dấu được thêm tự động.`,
    );
  else if (!DOCUMENT_TYPES.some((t) => t.abbreviation === type)) {
    warnings.push(
      `Mã loại văn bản “${type}” không có trong danh mục (BC, KH, CV, NQ…). Hãy kiểm tra lại chữ viết tắt.`,
    );
  }
  if (issuer === '') {
    if (missing) warnings.push('Chưa có mã cơ quan ban hành. Hãy nhập mã, ví dụ “HU” cho Huyện ủy.');
  } else if (SEPARATORS.test(issuer))
    warnings.push(`Mã cơ quan “${issuer}” có dấu “/” hoặc “-”. Hãy chỉ nhập chữ, ví dụ “HU”; dấu được thêm tự động.`);
  else if (issuer !== issuer.toLocaleUpperCase('vi')) {
    warnings.push(`Mã cơ quan “${issuer}” phải viết in hoa. Hãy sửa thành “${issuer.toLocaleUpperCase('vi')}”.`);
  }
  return warnings;
}
