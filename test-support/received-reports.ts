/**
 * Realistic received reports for the inbox and compile tests: the chi bộ/xã of one Đảng bộ reporting on the
 * "dinh-ky" outline for the first half of 2025, each with its own figures in tables of the same shape (so the
 * compiled report can sum them), one unit whose economic table has an extra column (a different shape),
 * footnotes, and one report on another outline. Pure: inbox-fixtures.ts writes them as bundles.
 */
import type { Block, Report, Table } from '../core/model/report-schema';
import { buildTable } from './statistics-tables';
import { minimalReport } from './report-builder';

export interface UnitFigures {
  /** Kết nạp đảng viên: 2024, 6 tháng 2025. */
  admitted: [number, number];
  /** Chuyển đảng chính thức: 2024, 6 tháng 2025. */
  confirmed: [number, number];
  /** Diện tích lúa (ha), plan and done, with one decimal. */
  rice: [number, number];
  /** Sản lượng lương thực (tấn), plan and done. */
  grain: [number, number];
}

export interface UnitSpec {
  /** "ĐẢNG ỦY XÃ NẬM TĂM" as the header prints it. */
  issuer: string;
  issuerCode: string;
  place: string;
  figures: UnitFigures;
  number?: string;
  date?: string;
}

export const UNITS: Record<'namTam' | 'banBo' | 'khunHa' | 'sonBinh', UnitSpec> = {
  namTam: {
    issuer: 'ĐẢNG ỦY XÃ NẬM TĂM',
    issuerCode: 'ĐU',
    place: 'Nậm Tăm',
    figures: { admitted: [12, 7], confirmed: [9, 5], rice: [420.5, 431.2], grain: [2_150, 2_288] },
    number: '41',
  },
  banBo: {
    issuer: 'ĐẢNG ỦY XÃ BẢN BO',
    issuerCode: 'ĐU',
    place: 'Bản Bo',
    figures: { admitted: [15, 9], confirmed: [11, 8], rice: [615, 598.4], grain: [3_420, 3_391] },
    number: '27',
  },
  khunHa: {
    issuer: 'ĐẢNG ỦY XÃ KHUN HÁ',
    issuerCode: 'ĐU',
    place: 'Khun Há',
    figures: { admitted: [6, 4], confirmed: [5, 3], rice: [210, 212.8], grain: [1_005, 1_120] },
    number: '18',
  },
  sonBinh: {
    issuer: 'ĐẢNG ỦY XÃ SƠN BÌNH',
    issuerCode: 'ĐU',
    place: 'Sơn Bình',
    figures: { admitted: [8, 5], confirmed: [7, 4], rice: [300, 310], grain: [1_500, 1_560] },
    number: '33',
  },
};

export const PERIOD_TITLE =
  'kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ 6 tháng đầu năm 2025, phương hướng 6 tháng cuối năm';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const vi = (n: number, decimals = 0) =>
  n
    .toFixed(decimals)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "Biểu 1": admissions, the same shape in every unit; a change column and a total row. */
export function partyTable(f: UnitFigures): Table {
  const [a24, a25] = f.admitted;
  const [c24, c25] = f.confirmed;
  return buildTable(
    1,
    [
      ['TT', 'Nội dung', '6 tháng 2024', '6 tháng 2025', 'Tăng (+), giảm (-)'],
      ['1', 'Kết nạp đảng viên mới', String(a24), String(a25), signed(a25 - a24)],
      ['2', 'Chuyển đảng chính thức', String(c24), String(c25), signed(c25 - c24)],
      ['', 'Cộng', String(a24 + c24), String(a25 + c25), signed(a25 + c25 - a24 - c24)],
    ],
    { caption: 'Biểu 1: Kết quả công tác phát triển đảng viên', unit: 'Đơn vị tính: đảng viên', totalRows: [3] },
  );
}

/** "Biểu 2": plan and result with a percentage of the plan (base column in the table). */
export function economyTable(f: UnitFigures, withNote = false): Table {
  const pct = (done: number, plan: number) => vi((done / plan) * 100, 1);
  const rows = [
    ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)', ...(withNote ? ['Ghi chú'] : [])],
    [
      '1',
      'Diện tích lúa (ha)',
      vi(f.rice[0], 1),
      vi(f.rice[1], 1),
      pct(f.rice[1], f.rice[0]),
      ...(withNote ? ['Vụ chiêm'] : []),
    ],
    [
      '2',
      'Sản lượng lương thực (tấn)',
      vi(f.grain[0]),
      vi(f.grain[1]),
      pct(f.grain[1], f.grain[0]),
      ...(withNote ? [''] : []),
    ],
  ];
  return buildTable(1, rows, { caption: 'Biểu 2: Một số chỉ tiêu kinh tế chủ yếu' });
}

export interface UnitReportOptions {
  /** The economic table gets a "Ghi chú" column: a different shape from the others'. */
  extraColumn?: boolean;
  /** Text added to the first paragraph (a re-submission's correction). */
  revision?: string;
}

export function unitReport(unit: UnitSpec, options: UnitReportOptions = {}): Report {
  const name = unit.place;
  return minimalReport({
    header: {
      parentOrg: 'ĐẢNG BỘ HUYỆN TAM ĐƯỜNG',
      issuer: unit.issuer,
      number: unit.number ?? '',
      docTypeCode: 'BC',
      issuerCode: unit.issuerCode,
      place: unit.place,
      date: unit.date ?? '2025-06-20',
    },
    title: PERIOD_TITLE,
    opening: [p(`Thực hiện Quy chế làm việc, Ban Thường vụ Đảng ủy xã ${name} báo cáo như sau:`)],
    sections: [
      {
        id: 'ket-qua',
        outlineKey: 'ket-qua',
        heading: 'KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ',
        blocks: [],
        children: [
          {
            id: 'xay-dung-dang',
            outlineKey: 'xay-dung-dang',
            heading: 'Công tác xây dựng Đảng và hệ thống chính trị',
            blocks: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: `Đảng ủy xã ${name} tổ chức học tập, quán triệt các nghị quyết của cấp trên${options.revision ?? ''}`,
                  },
                  {
                    type: 'footnote',
                    paragraphs: [
                      {
                        type: 'paragraph',
                        content: [{ type: 'text', text: `Hội nghị ngày 15/3/2025 tại xã ${name}.` }],
                      },
                    ],
                  },
                  { type: 'text', text: '.' },
                ],
              },
              partyTable(unit.figures),
            ],
            children: [],
          },
          {
            id: 'kinh-te-xa-hoi',
            outlineKey: 'kinh-te-xa-hoi',
            heading: 'Lãnh đạo phát triển kinh tế - xã hội',
            blocks: [
              p(`Sản xuất nông nghiệp của xã ${name} cơ bản đạt kế hoạch.`),
              economyTable(unit.figures, options.extraColumn),
            ],
            children: [],
          },
        ],
      },
      {
        id: 'phuong-huong',
        outlineKey: 'phuong-huong',
        heading: 'PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        blocks: [
          { type: 'dash', content: [{ type: 'text', text: `Tiếp tục củng cố tổ chức cơ sở đảng xã ${name}.` }] },
        ],
        children: [],
      },
    ],
    recipients: ['Ban Thường vụ Huyện ủy', 'Lưu Văn phòng Đảng ủy'],
    signature: { authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: `Lò Văn ${name}` },
  });
}

/** A report on another outline ("so-ket-tong-ket"): listed, but never compiled with the others. */
export function otherOutlineReport(): Report {
  return minimalReport({
    header: { ...unitReport(UNITS.khunHa).header, number: '19' },
    title: 'sơ kết 5 năm thực hiện Kết luận số 23-KL/TU',
    sections: [
      { id: 'so-ket', heading: 'KẾT QUẢ SƠ KẾT', blocks: [p('Sau 5 năm triển khai thực hiện.')], children: [] },
    ],
  });
}
