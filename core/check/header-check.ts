/**
 * The header fields without which the first page cannot be printed right. Both rule-set families print the same
 * parts (SPEC §3, §10, §11, §12): the issuing body (ô 2b), the symbol's document-type and issuer codes
 * ("Số 123-BC/HU" for the Party, "Số: 123/BC-UBND" for the State), the place before the date (ô 4), and for a
 * report its type name and trích yếu (§4). Only the number may stay blank until the office assigns it, and
 * the date has its own check. Each problem names the field and leads to it (`data-focus` on the field).
 */
import type { Report } from '../model/report-schema';
import type { Problem } from './problem';

export interface RequiredHeaderField {
  id: string;
  /** The field's label on the Thông tin chung step. */
  label: string;
  isEmpty: (report: Report) => boolean;
  message: string;
}

const blank = (text: string) => text.trim() === '';

export const REQUIRED_HEADER_FIELDS: readonly RequiredHeaderField[] = [
  {
    id: 'issuer',
    label: 'Cơ quan ban hành',
    isEmpty: (r) => blank(r.header.issuer),
    message: 'Chưa có tên cơ quan ban hành. Hãy nhập ô “Cơ quan ban hành”, ví dụ “HUYỆN ỦY TAM ĐƯỜNG”.',
  },
  {
    id: 'doc-type-code',
    label: 'Ký hiệu loại',
    isEmpty: (r) => blank(r.header.docTypeCode),
    message: 'Chưa có ký hiệu loại văn bản. Hãy nhập ô “Ký hiệu loại”, ví dụ “BC” cho báo cáo.',
  },
  {
    id: 'issuer-code',
    label: 'Ký hiệu cơ quan',
    isEmpty: (r) => blank(r.header.issuerCode),
    message: 'Chưa có ký hiệu cơ quan ban hành. Hãy nhập ô “Ký hiệu cơ quan”, ví dụ “HU” cho Huyện ủy.',
  },
  {
    id: 'place',
    label: 'Địa danh',
    isEmpty: (r) => blank(r.header.place),
    message: 'Chưa có địa danh. Hãy nhập ô “Địa danh”, ví dụ “Tam Đường”: địa danh đứng trước ngày ban hành.',
  },
  {
    id: 'doc-type',
    label: 'Tên loại văn bản',
    isEmpty: (r) => blank(r.docType),
    message: 'Chưa có tên loại văn bản. Hãy nhập ô “Tên loại văn bản”, ví dụ “BÁO CÁO”.',
  },
  {
    id: 'title',
    label: 'Trích yếu',
    // A title still holding the template's “…” is the placeholder check's business.
    isEmpty: (r) => blank(r.title),
    message: 'Chưa có trích yếu. Hãy nhập ô “Trích yếu”: báo cáo về việc gì, ví dụ “sơ kết 5 năm thực hiện …”.',
  },
];

export const REQUIRED_HEADER_PREFIX = 'required-';

/** One error per required header field left empty, on the Thông tin chung step. */
export function checkRequiredHeader(report: Report): Problem[] {
  return REQUIRED_HEADER_FIELDS.filter((f) => f.isEmpty(report)).map((f) => ({
    id: `${REQUIRED_HEADER_PREFIX}${f.id}`,
    severity: 'error',
    message: f.message,
    stepKey: 'general',
  }));
}
