import { describe, expect, it } from 'vitest';
import { checkTableStatistics, type StatisticsFinding } from './table-statistics';
import {
  buildTable,
  classificationTable,
  CLASSIFICATION_ROWS,
  numbersWithoutTotalTable,
  outlineTable,
  PARTY_MEMBER_ROWS,
  partyMembersTable,
  PLAN_RESULT_ROWS,
  planResultTable,
  textOnlyTable,
  totalFirstTable,
  YEAR_ON_YEAR_ROWS,
  yearOnYearTable,
  type CellSpec,
} from '../../test-support/statistics-tables';

const brief = (findings: StatisticsFinding[]) => findings.map((f) => `${f.rule}@${f.row},${f.column}`);
/** The rows with one cell replaced (row and column counted in the body rows given). */
function edit(rows: CellSpec[][], row: number, column: number, text: string): CellSpec[][] {
  return rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? text : c)) : r));
}

describe('realistic tables raise no false alarm', () => {
  it.each([
    ['party members per chi bộ (merged two-row header, dashes and blanks)', partyMembersTable()],
    ['plan / result / change / % of plan, units in a column, a "4/4" row', planResultTable()],
    ['year on year under a merged "So sánh" header', yearOnYearTable()],
    ['groups and items with a grand total and a total column', outlineTable()],
    ['classification with shares of the total', classificationTable()],
    ['a total first, then "Trong đó" rows', totalFirstTable()],
    ['text only, with "Cộng" written in it', textOnlyTable()],
    ['numbers without any total, years and averages', numbersWithoutTotalTable()],
  ])('%s', (_, table) => {
    expect(checkTableStatistics(table)).toEqual([]);
  });
});

describe('total row', () => {
  it('reports a "Cộng" row that is not the sum of the chi bộ above it, column by column', () => {
    const table = partyMembersTable(edit(PARTY_MEMBER_ROWS, 6, 2, '113'));
    const findings = checkTableStatistics(table);
    expect(brief(findings)).toEqual(['row-total@8,2']);
    expect(findings[0]).toMatchObject({ rowLabel: 'Cộng', columnLabel: 'Tổng số đảng viên' });
    expect(findings[0]!.detail).toBe('ghi 113, nhưng cộng các dòng phía trên được 112. Hãy kiểm tra lại số liệu.');
  });

  it('reads a column under a merged header by its full header', () => {
    const findings = checkTableStatistics(partyMembersTable(edit(PARTY_MEMBER_ROWS, 6, 5, '44')));
    expect(findings.map((f) => [f.row, f.column, f.columnLabel])).toEqual([[8, 5, 'Trong đó – Nữ']]);
  });

  it('recognises "Tổng cộng", "Tổng số", "Toàn xã" and a row marked total, but not "Tổng diện tích"', () => {
    for (const label of ['Tổng cộng', 'Tổng số', 'Toàn xã', 'Cộng:']) {
      const t = buildTable(1, [
        ['Thôn', 'Số hộ'],
        ['Nà Khuổi', '120'],
        ['Hưng Phong', '95'],
        [label, '216'],
      ]);
      expect(brief(checkTableStatistics(t)), label).toEqual(['row-total@3,1']);
    }
    const marked = buildTable(
      1,
      [
        ['Thôn', 'Số hộ'],
        ['Nà Khuổi', '120'],
        ['Hưng Phong', '95'],
        ['Cả xã', '216'],
      ],
      { totalRows: [3] },
    );
    expect(brief(checkTableStatistics(marked))).toEqual(['row-total@3,1']);
    const notTotal = buildTable(1, [
      ['Chỉ tiêu', 'Số'],
      ['Số hộ', '120'],
      ['Số khẩu', '95'],
      ['Tổng diện tích', '216'],
    ]);
    expect(checkTableStatistics(notTotal)).toEqual([]);
  });

  it('adds the groups of an outline, not the groups and their items twice', () => {
    expect(brief(checkTableStatistics(outlineTable('76')))).toEqual(['row-total@6,2', 'row-total@6,3']);
    const finding = checkTableStatistics(outlineTable('76'))[0]!;
    expect(finding.detail).toContain('được 75');
  });

  it('checks a grand total against the subtotals right above it', () => {
    const rows: CellSpec[][] = [
      ['Đơn vị', 'Số đảng viên'],
      ['Chi bộ 1', '10'],
      ['Chi bộ 2', '12'],
      ['Cộng', '22'],
      ['Chi bộ 3', '7'],
      ['Chi bộ 4', '9'],
      ['Cộng', '16'],
    ];
    expect(checkTableStatistics(buildTable(1, [...rows, ['Tổng cộng', '38']]))).toEqual([]);
    expect(brief(checkTableStatistics(buildTable(1, [...rows, ['Tổng cộng', '39']])))).toEqual(['row-total@7,1']);
  });

  it('never adds yields, prices and per-unit figures ("tạ/ha", "triệu đồng/người"), but adds "Giá trị"', () => {
    const t = buildTable(1, [
      [
        'Cây trồng',
        'Diện tích (ha)',
        'Năng suất (tạ/ha)',
        'Thu nhập (triệu đồng/người)',
        'Giá bán (đồng)',
        'Giá trị sản xuất (triệu đồng)',
      ],
      ['Lúa', '186', '52,4', '24,6', '9.000', '8.772'],
      ['Ngô', '655', '38,1', '27,3', '6.500', '16.221'],
      ['Cộng', '841', '41,3', '26,1', '7.200', '24.993'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
    const wrongValue = {
      ...t,
      rows: t.rows.map((r, i) =>
        i === 3
          ? {
              cells: r.cells.map((c, j) =>
                j === 5
                  ? {
                      paragraphs: [
                        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: '24.994' }] },
                      ],
                    }
                  : c,
              ),
            }
          : r,
      ),
    };
    expect(brief(checkTableStatistics(wrongValue))).toEqual(['row-total@3,5']);
  });

  it('reads the first row of a table without a marked header as its header', () => {
    const t = buildTable(0, [
      ['Chi bộ', 'Số đảng viên'],
      ['Chi bộ 1', '10'],
      ['Chi bộ 2', '12'],
      ['Cộng', '23'],
    ]);
    const findings = checkTableStatistics(t);
    expect(findings.map((f) => [f.rule, f.row, f.columnLabel])).toEqual([['row-total', 3, 'Số đảng viên']]);
    expect(
      checkTableStatistics(
        buildTable(0, [
          ['Chi bộ 1', '10'],
          ['Chi bộ 2', '12'],
          ['Cộng', '23'],
        ]),
      ).map((f) => f.columnLabel),
    ).toEqual(['cột thứ 2']);
  });

  it('takes a "Cộng" cell holding the mean of its column for an average, not a wrong sum', () => {
    const t = buildTable(1, [
      ['Chi bộ', 'Số đảng viên', 'Kết quả thực hiện nhiệm vụ'],
      ['Chi bộ 1', '10', '86,5'],
      ['Chi bộ 2', '12', '91,5'],
      ['Chi bộ 3', '8', '88,0'],
      ['Cộng', '30', '88,7'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
  });

  it('skips group headings merged across the table', () => {
    const rows: CellSpec[][] = [
      ['Đơn vị', 'Số đảng viên', 'Nữ'],
      [{ text: 'I. Khối xã', colSpan: 3 }],
      ['Chi bộ 1', '10', '4'],
      ['Chi bộ 2', '12', '5'],
      [{ text: 'II. Khối bản', colSpan: 3 }],
      ['Chi bộ 3', '7', '2'],
    ];
    expect(checkTableStatistics(buildTable(1, [...rows, ['Cộng', '29', '11']]))).toEqual([]);
    expect(brief(checkTableStatistics(buildTable(1, [...rows, ['Cộng', '29', '12']])))).toEqual(['row-total@6,2']);
  });

  it('tolerates the rounding of decimal figures, never of whole counts', () => {
    const money = (total: string) =>
      buildTable(1, [
        ['Nguồn', 'Kinh phí (tỷ đồng)'],
        ['Ngân sách tỉnh', '1,24'],
        ['Ngân sách huyện', '0,57'],
        ['Xã hội hóa', '0,35'],
        ['Cộng', total],
      ]);
    expect(checkTableStatistics(money('2,16'))).toEqual([]);
    expect(checkTableStatistics(money('2,17'))).toEqual([]); // figures rounded from 1,244 + 0,574 + 0,354
    expect(brief(checkTableStatistics(money('2,26')))).toEqual(['row-total@4,1']);
    const heads = buildTable(1, [
      ['Thôn', 'Số hộ'],
      ['A', '120'],
      ['B', '95'],
      ['Cộng', '216'],
    ]);
    expect(brief(checkTableStatistics(heads))).toEqual(['row-total@3,1']);
  });

  it('reads Vietnamese thousands and writes the expected value the same way', () => {
    const t = buildTable(1, [
      ['Xã', 'Dân số'],
      ['Bản Giang', '2.731'],
      ['Nùng Nàng', '4.512'],
      ['Toàn huyện', '7.234'],
    ]);
    expect(checkTableStatistics(t)[0]!.detail).toBe(
      'ghi 7.234, nhưng cộng các dòng phía trên được 7.243. Hãy kiểm tra lại số liệu.',
    );
  });

  it('skips a column holding text, and never adds percentages, averages or row numbers', () => {
    const t = buildTable(1, [
      ['STT', 'Chi bộ', 'Số đảng viên', 'Tỷ lệ (%)', 'Tuổi đời bình quân', 'Ghi chú'],
      ['1', 'Chi bộ 1', '10', '40', '45,2', '3'],
      ['2', 'Chi bộ 2', 'chưa báo cáo', '60', '38,1', '4'],
      ['', 'Cộng', '25', '100', '41,0', '8'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
  });
});

describe('part larger than its total', () => {
  it('points at the part, not at the total, when a part exceeds it', () => {
    const findings = checkTableStatistics(partyMembersTable(edit(PARTY_MEMBER_ROWS, 0, 6, '129')));
    expect(brief(findings)).toEqual(['part-exceeds-total@2,6']);
    expect(findings[0]!.detail).toBe(
      '129 lớn hơn tổng 85 ở dòng “Cộng”. Một phần không thể lớn hơn tổng; hãy kiểm tra lại số liệu.',
    );
  });

  it('checks "Trong đó" rows under a total written first, without adding them up', () => {
    expect(checkTableStatistics(totalFirstTable('45'))).toEqual([]);
    expect(brief(checkTableStatistics(totalFirstTable('130')))).toEqual(['part-exceeds-total@2,1']);
  });

  it('leaves negative figures (changes) alone', () => {
    const t = buildTable(1, [
      ['Đơn vị', 'Tăng/giảm'],
      ['Chi bộ 1', '-3'],
      ['Chi bộ 2', '+5'],
      ['Cộng', '+2'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
  });
});

describe('total column', () => {
  it('checks "Tổng số" against the counts beside it when most rows agree', () => {
    const t = buildTable(1, [
      ['Chi bộ', 'Tổng số', 'Nam', 'Nữ'],
      ['Chi bộ 1', '32', '20', '12'],
      ['Chi bộ 2', '27', '18', '9'],
      ['Chi bộ 3', '19', '13', '5'],
    ]);
    const findings = checkTableStatistics(t);
    expect(brief(findings)).toEqual(['column-total@3,1']);
    expect(findings[0]!.detail).toBe('ghi 19, nhưng cộng các cột “Nam”, “Nữ” được 18. Hãy kiểm tra lại số liệu.');
  });

  it('stays silent when the columns beside "Tổng số" are "of which" figures (the relation never holds)', () => {
    const t = buildTable(1, [
      ['Chi bộ', 'Tổng số', 'Nữ', 'Dân tộc thiểu số'],
      ['Chi bộ 1', '32', '12', '29'],
      ['Chi bộ 2', '27', '9', '21'],
      ['Chi bộ 3', '18', '5', '18'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
  });

  it('trusts a column marked total even in a table of one row, and reads the parts under its merged header', () => {
    const t = buildTable(
      2,
      [
        [
          { text: 'Đơn vị', rowSpan: 2 },
          { text: 'Đảng viên mới kết nạp', colSpan: 3 },
        ],
        ['Cộng', 'Nam', 'Nữ'],
        ['Đảng bộ xã', '14', '9', '4'],
      ],
      { columns: [{}, { total: true }, {}, {}] },
    );
    expect(brief(checkTableStatistics(t))).toEqual(['column-total@2,1']);
  });
});

describe('change column', () => {
  it('checks "Tăng/giảm" against the later column minus the earlier one, signs included', () => {
    const findings = checkTableStatistics(planResultTable(edit(PLAN_RESULT_ROWS, 1, 5, '+145')));
    expect(brief(findings)).toEqual(['change@2,5']);
    expect(findings[0]!.detail).toBe(
      'ghi +145, nhưng lấy “Thực hiện năm 2023” trừ “Kế hoạch năm 2023” được -145. Hãy kiểm tra lại số liệu.',
    );
    expect(findings[0]!.rowLabel).toBe('Tổng sản lượng lương thực');
  });

  it('accepts the U+2212 minus, decimals and a "+/-" header under a merged "So sánh"', () => {
    expect(checkTableStatistics(yearOnYearTable(edit(YEAR_ON_YEAR_ROWS, 1, 3, '−1')))).toEqual([]);
    expect(brief(checkTableStatistics(yearOnYearTable(edit(YEAR_ON_YEAR_ROWS, 0, 3, '+34'))))).toEqual(['change@2,3']);
  });

  it('compares with the two figures nearest before it, past a percentage or another change column', () => {
    const t = buildTable(1, [
      ['Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng/giảm', 'Năm 2024', 'Tăng/giảm'],
      ['Đảng viên', '1.284', '1.327', '+43', '1.360', '+33'],
      ['Chi bộ', '36', '35', '-1', '35', '0'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
    const wrong = buildTable(1, [
      ['Nội dung', 'Kế hoạch', 'Thực hiện', '%', 'Tăng/giảm'],
      ['Thu ngân sách', '12.500', '13.270', '106,2', '+700'],
    ]);
    expect(checkTableStatistics(wrong)[0]!.detail).toBe(
      'ghi +700, nhưng lấy “Thực hiện” trừ “Kế hoạch” được +770. Hãy kiểm tra lại số liệu.',
    );
  });

  it('accepts a table that subtracts the other way round throughout', () => {
    const t = buildTable(1, [
      ['Nội dung', 'Năm 2023', 'Năm 2022', 'Tăng, giảm'],
      ['A', '10', '8', '2'],
      ['B', '7', '9', '-2'],
      ['C', '5', '5', '0'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
  });
});

describe('percentage column', () => {
  it('checks "Tỷ lệ (%)" against result / plan × 100, within the rounding of the decimals written', () => {
    const findings = checkTableStatistics(planResultTable(edit(PLAN_RESULT_ROWS, 2, 6, '107,2')));
    expect(brief(findings)).toEqual(['percent@3,6']);
    expect(findings[0]!.detail).toBe(
      'ghi 107,2, nhưng lấy “Thực hiện năm 2023” chia “Kế hoạch năm 2023” nhân 100 được 106,2. Hãy kiểm tra lại số liệu.',
    );
    // 102,55 may be written 102,6 (rounded), 102,5 (cut) or 103, but not 102,4.
    for (const ok of ['102,6', '102,5', '103', '102,55'])
      expect(checkTableStatistics(planResultTable(edit(PLAN_RESULT_ROWS, 0, 6, ok))), ok).toEqual([]);
    expect(brief(checkTableStatistics(planResultTable(edit(PLAN_RESULT_ROWS, 0, 6, '102,4'))))).toEqual([
      'percent@1,6',
    ]);
  });

  it('checks shares of the total row', () => {
    const findings = checkTableStatistics(classificationTable(edit(CLASSIFICATION_ROWS, 1, 2, '74,93')));
    expect(brief(findings)).toEqual(['percent@2,2']);
    expect(findings[0]!.detail).toContain('được 74,39');
  });

  it('stays silent when no count and base in the table explain the percentages', () => {
    const t = buildTable(1, [
      ['Xã', 'Số hộ', 'Tỷ lệ hộ nghèo (%)'],
      ['Bản Giang', '520', '12,4'],
      ['Nùng Nàng', '610', '9,8'],
      ['Hồ Thầu', '430', '21,3'],
    ]);
    expect(checkTableStatistics(t)).toEqual([]);
  });
});
