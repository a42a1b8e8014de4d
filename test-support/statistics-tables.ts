/**
 * Realistic report tables for the statistics check, written as offices write them: a Đảng ủy xã's year-end
 * table of party members per chi bộ, a UBND plan/result table with change and percentage columns, an outline
 * table with groups and items, a classification table with shares, and tables the check must leave alone.
 */
import type { Table, TableCell, TableRow } from '../core/model/report-schema';

export type CellSpec = string | { text: string; colSpan?: number; rowSpan?: number };

function cell(spec: CellSpec): TableCell {
  const { text, colSpan, rowSpan } =
    typeof spec === 'string' ? { text: spec, colSpan: undefined, rowSpan: undefined } : spec;
  return {
    paragraphs: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
    ...(colSpan && colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}),
  };
}

export function buildTable(
  headerRows: number,
  rows: CellSpec[][],
  extra: Partial<Omit<Table, 'type' | 'rows' | 'headerRows'>> & { totalRows?: number[] } = {},
): Table {
  const { totalRows = [], ...rest } = extra;
  return {
    type: 'table',
    headerRows,
    ...rest,
    rows: rows.map((cells, r): TableRow => ({
      cells: cells.map(cell),
      ...(totalRows.includes(r) ? { total: true } : {}),
    })),
  };
}

/** Party members per chi bộ at year end: two-row header with a merged "Trong đó" over non-additive columns. */
export function partyMembersTable(rows: CellSpec[][] = PARTY_MEMBER_ROWS): Table {
  return buildTable(
    2,
    [
      [
        { text: 'STT', rowSpan: 2 },
        { text: 'Tên chi bộ', rowSpan: 2 },
        { text: 'Tổng số đảng viên', rowSpan: 2 },
        { text: 'Trong đó', colSpan: 4 },
        { text: 'Kết nạp mới trong năm', rowSpan: 2 },
      ],
      ['Chính thức', 'Dự bị', 'Nữ', 'Dân tộc thiểu số'],
      ...rows,
    ],
    { caption: 'Biểu 1: Số lượng đảng viên các chi bộ trực thuộc đến 31/12/2023', unit: 'Đơn vị tính: đảng viên' },
  );
}

export const PARTY_MEMBER_ROWS: CellSpec[][] = [
  ['1', 'Chi bộ thôn Nà Khuổi', '32', '30', '2', '12', '29', '2'],
  ['2', 'Chi bộ thôn Hưng Phong', '27', '26', '1', '9', '21', '1'],
  ['3', 'Chi bộ thôn Thèn Sin', '18', '18', '-', '5', '18', '-'],
  ['4', 'Chi bộ Trường Tiểu học', '15', '13', '2', '11', '6', '2'],
  ['5', 'Chi bộ Trạm Y tế', '9', '9', '', '6', '4', ''],
  ['6', 'Chi bộ Công an xã', '11', '10', '1', '2', '7', '1'],
  ['', 'Cộng', '112', '106', '6', '45', '85', '6'],
];

/** A UBND table: plan, result, change and percentage of plan, with indicators in different units. */
export function planResultTable(rows: CellSpec[][] = PLAN_RESULT_ROWS): Table {
  return buildTable(
    1,
    [['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2023', 'Thực hiện năm 2023', 'Tăng/giảm', 'Tỷ lệ (%)'], ...rows],
    {
      caption: 'Biểu 2: Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2023',
    },
  );
}

export const PLAN_RESULT_ROWS: CellSpec[][] = [
  ['1', 'Tổng diện tích gieo trồng', 'ha', '2.450', '2.512,5', '+62,5', '102,6'],
  ['2', 'Tổng sản lượng lương thực', 'tấn', '9.800', '9.655', '-145', '98,5'],
  ['3', 'Thu ngân sách trên địa bàn', 'triệu đồng', '12.500', '13.270', '+770', '106,2'],
  ['4', 'Tỷ lệ hộ nghèo', '%', '12,5', '10,81', '−1,69', '86,5'],
  ['5', 'Số hộ được công nhận gia đình văn hóa', 'hộ', '1.150', '1.184', '+34', '103'],
  ['6', 'Trường đạt chuẩn quốc gia', 'trường', '4/4', '4/4', '', 'Đạt'],
];

/** Year-on-year, with a two-row "So sánh" header over "+/-" and "%". */
export function yearOnYearTable(rows: CellSpec[][] = YEAR_ON_YEAR_ROWS): Table {
  return buildTable(2, [
    [
      { text: 'Nội dung', rowSpan: 2 },
      { text: 'Năm 2022', rowSpan: 2 },
      { text: 'Năm 2023', rowSpan: 2 },
      { text: 'So sánh', colSpan: 2 },
    ],
    ['+/-', '%'],
    ...rows,
  ]);
}

export const YEAR_ON_YEAR_ROWS: CellSpec[][] = [
  ['Số đảng viên', '1.284', '1.327', '+43', '103,3'],
  ['Số tổ chức cơ sở đảng', '36', '35', '-1', '97,2'],
  ['Đảng viên được tặng Huy hiệu Đảng', '58', '71', '+13', '122,4'],
];

/** Groups with their own figures, items under them, and a grand total that adds the groups. */
export function outlineTable(total = '75'): Table {
  return buildTable(1, [
    ['TT', 'Đơn vị', 'Số đảng viên', 'Tổng số', 'Nam', 'Nữ'],
    ['I', 'Khối Đảng, đoàn thể', '45', '45', '28', '17'],
    ['', '- Chi bộ Cơ quan Đảng ủy', '20', '20', '12', '8'],
    ['', '- Chi bộ Cơ quan Mặt trận', '25', '25', '16', '9'],
    ['II', 'Khối chính quyền', '30', '30', '19', '11'],
    ['', '- Chi bộ Cơ quan UBND', '30', '30', '19', '11'],
    ['', 'Tổng cộng', total, total, '47', '28'],
  ]);
}

/** Classification of party members with shares of the total in a percentage column. */
export function classificationTable(rows: CellSpec[][] = CLASSIFICATION_ROWS): Table {
  return buildTable(1, [['Mức xếp loại', 'Số đảng viên', 'Tỷ lệ (%)'], ...rows], {
    caption: 'Biểu 3: Kết quả đánh giá, xếp loại đảng viên năm 2023',
  });
}

export const CLASSIFICATION_ROWS: CellSpec[][] = [
  ['Hoàn thành xuất sắc nhiệm vụ', '12', '14,63'],
  ['Hoàn thành tốt nhiệm vụ', '61', '74,39'],
  ['Hoàn thành nhiệm vụ', '8', '9,76'],
  ['Không hoàn thành nhiệm vụ', '1', '1,22'],
  ['Cộng', '82', '100'],
];

/** A total first, then what it includes ("Trong đó"): the parts do not add up to it. */
export function totalFirstTable(women = '45'): Table {
  return buildTable(1, [
    ['Nội dung', 'Số lượng'],
    ['Tổng số', '112'],
    ['Trong đó: nữ', women],
    ['Trong đó: dân tộc thiểu số', '85'],
  ]);
}

export function textOnlyTable(): Table {
  return buildTable(1, [
    ['TT', 'Nhiệm vụ', 'Kết quả', 'Ghi chú'],
    ['1', 'Học tập, quán triệt Nghị quyết', 'Hoàn thành 100%', ''],
    ['2', 'Kiểm tra, giám sát', '4/4 chi bộ', 'Cộng'],
    ['', 'Cộng', 'Tổng số 2 nhiệm vụ', ''],
  ]);
}

export function numbersWithoutTotalTable(): Table {
  return buildTable(1, [
    ['Năm', 'Số đảng viên kết nạp', 'Số đảng viên từ trần', 'Bình quân tuổi đảng'],
    ['2021', '12', '3', '18,5'],
    ['2022', '15', '2', '19,1'],
    ['2023', '9', '4', '19,4'],
  ]);
}
