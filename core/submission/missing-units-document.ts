/**
 * "Danh sách đơn vị chưa gửi báo cáo": the roster's missing units as a short document of the office, for the
 * clerk to print or send when following up. Built as a report of the report model, so it goes through the same
 * DOCX writer, rule-set (fonts, margins, header with the date line of SPEC §11) and export path as a report;
 * only the tên loại is "DANH SÁCH" and the body is one table TT / Đơn vị / Ghi chú.
 */
import { REPORT_SCHEMA_VERSION, type Block, type Report, type TableCell } from '../model/report-schema';
import { parseIsoDate, shortDate } from '../text/date-line';
import { cleanLine } from '../text/clean-text';
import type { Roster } from './submission-roster';

export interface MissingUnitsDocumentInput {
  roster: Roster;
  /** "6 tháng đầu năm 2025". */
  periodLabel: string;
  /** The outline's name as the inbox shows it. */
  outlineTitle: string;
  /** The office issuing the list (its profile): parentOrg, issuer, issuerCode, place. */
  office: Pick<Report['header'], 'parentOrg' | 'issuer' | 'issuerCode' | 'place'>;
  ruleSet: Report['ruleSet'];
  /** The day the list is made, ISO "YYYY-MM-DD": the header's date line and "Đến ngày …". */
  date: string;
}

const text = (t: string) => [{ type: 'text' as const, text: t }];
const cell = (t: string, align?: 'left' | 'center'): TableCell => ({
  paragraphs: [{ type: 'paragraph', content: t === '' ? [] : text(t) }],
  ...(align === undefined ? {} : { align }),
});

export function missingUnitsDocument(input: MissingUnitsDocumentInput): Report {
  const { roster } = input;
  const period = cleanLine(input.periodLabel);
  const outline = cleanLine(input.outlineTitle);
  const day = parseIsoDate(input.date);
  const total = roster.submitted.length + roster.missing.length;
  const table: Block = {
    type: 'table',
    headerRows: 1,
    columns: [
      { width: 8, align: 'center' },
      { width: 62, align: 'left' },
      { width: 30, align: 'left' },
    ],
    rows: [
      { cells: [cell('TT', 'center'), cell('Đơn vị', 'center'), cell('Ghi chú', 'center')] },
      ...roster.missing.map((line, i) => ({
        cells: [cell(String(i + 1), 'center'), cell(cleanLine(line.unit)), cell('')],
      })),
    ],
  };
  const opening: Block[] = [
    {
      type: 'paragraph',
      content: text(
        `${day ? `Đến ngày ${shortDate(day)}, còn` : 'Còn'} ${roster.missing.length}/${total} đơn vị chưa gửi báo cáo ${period} theo đề cương “${outline}”, cụ thể như sau:`,
      ),
    },
    table,
  ];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet: input.ruleSet,
    header: {
      parentOrg: input.office.parentOrg,
      issuer: input.office.issuer,
      number: '',
      docTypeCode: 'DS',
      issuerCode: input.office.issuerCode,
      place: input.office.place,
      date: day ? input.date : '',
    },
    docType: 'DANH SÁCH',
    title: `đơn vị chưa gửi báo cáo ${period}`,
    opening,
    sections: [],
    // Also keeps the list apart from the closing block: two tables with nothing between them are read as one.
    closing: [
      {
        type: 'paragraph',
        content: text('Đề nghị các đơn vị trên khẩn trương gửi báo cáo để kịp tổng hợp chung.'),
      },
    ],
    recipients: ['Lưu Văn phòng'],
    signature: { authority: '', title: 'NGƯỜI LẬP DANH SÁCH', name: '' },
  };
}
