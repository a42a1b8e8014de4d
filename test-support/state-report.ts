/** The sample report re-issued as a state document (NĐ 30) with two appendices, for rule-set tests and docs. */
import type { Report } from '../core/model/report-schema';

export function asStateReport(report: Report): Report {
  return {
    ...report,
    ruleSet: 'nd30-2020',
    header: {
      ...report.header,
      parentOrg: 'UBND TỈNH LAI CHÂU',
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
      number: '12',
      docTypeCode: 'BC',
      issuerCode: 'UBND',
    },
    recipients: ['Sở Nội vụ tỉnh Lai Châu', 'Thường trực Huyện ủy', 'Lưu: VT, VP'],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Bình' },
    appendices: [
      {
        id: 'pl1',
        title: 'Biểu tổng hợp tin, bài',
        blocks: [
          {
            type: 'table',
            headerRows: 1,
            rows: [
              {
                cells: [
                  { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Loại' }] }] },
                  { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số lượng' }] }] },
                ],
              },
              {
                cells: [
                  { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tin, bài' }] }] },
                  { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: '27310' }] }] },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'pl2',
        title: 'Danh sách văn bản đã ban hành',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Công văn số 472-CV/HU, ngày 20/6/2018.' }] }],
      },
    ],
  };
}
