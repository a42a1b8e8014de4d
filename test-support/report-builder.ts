/** Small Reports built in code (not through the schema), for tests that need one specific shape. */
import { REPORT_SCHEMA_VERSION, type Block, type Inline, type Report, type Section } from '../core/model/report-schema';

export function textParagraph(text: string, extra: Inline[] = []): Block {
  return { type: 'paragraph', content: [{ type: 'text', text }, ...extra] };
}

export function section(heading: string, blocks: Block[] = [], children: Section[] = []): Section {
  return { id: `s${Math.abs(hash(heading + blocks.length + children.length))}`, heading, blocks, children };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

export function minimalReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet: 'hd36-2018',
    header: {
      parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
      issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
      number: '',
      docTypeCode: 'BC',
      issuerCode: 'HU',
      place: 'Tam Đường',
      date: '2023-06-15',
    },
    docType: 'BÁO CÁO',
    title: 'tình hình tháng 6',
    opening: [],
    sections: [],
    closing: [],
    recipients: ['Thường trực Tỉnh ủy', 'Lưu'],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn A' },
    ...overrides,
  };
}
