import { describe, expect, it } from 'vitest';
import { reportChecksum } from '../draft-file/report-checksum';
import { inlineText, plainParagraphText } from '../model/report-text';
import type { Block, Report, Section, Table } from '../model/report-schema';
import { tableGrid } from '../model/table-grid';
import { bundleIdentity } from '../submission/bundle-identity';
import { buildTable } from '../../test-support/statistics-tables';
import { otherOutlineReport, unitReport, UNITS } from '../../test-support/received-reports';
import { compileReports, type CompileSource } from './compile-reports';
import { liveProvenance } from './provenance';
import { sumTables } from './sum-tables';

function source(report: Report, savedAt = '2025-06-21T02:00:00.000Z', templateId = 'dinh-ky'): CompileSource {
  return { identity: bundleIdentity({ report, templateId, savedAt, checksum: reportChecksum(report) }), report };
}

const banBoFixed = { ...UNITS.banBo, figures: { ...UNITS.banBo.figures, admitted: [15, 10] as [number, number] } };
const SOURCES = [
  source(unitReport(UNITS.namTam)),
  source(unitReport(UNITS.banBo)),
  source(unitReport(UNITS.khunHa, { extraColumn: true })),
  source(unitReport(banBoFixed, { revision: ' (bổ sung số liệu)' }), '2025-06-23T08:30:00.000Z'),
  source(otherOutlineReport(), '2025-06-21T02:00:00.000Z', 'so-ket-tong-ket'),
];

function find(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = find(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** The table as the clerk reads it: one line per row, cells joined by " | ". */
function rowsOf(table: Block | undefined): string[] {
  if (table?.type !== 'table') throw new Error('not a table');
  const grid = tableGrid(table);
  return Array.from({ length: grid.rowCount }, (_, r) =>
    grid.owners[r]!.filter((p, c) => p.row === r && p.column === c)
      .map((p) => p.cell.paragraphs.map(plainParagraphText).join(' '))
      .join(' | '),
  );
}

function compiled() {
  const result = compileReports(SOURCES, {
    expectedUnits: ['ĐẢNG ỦY XÃ NẬM TĂM', 'Đảng uỷ xã Bản Bo', 'ĐẢNG ỦY XÃ KHUN HÁ', 'ĐẢNG ỦY XÃ SƠN BÌNH'],
    header: { issuer: 'HUYỆN ỦY TAM ĐƯỜNG', issuerCode: 'HU' },
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('compileReports', () => {
  it('takes the latest version of each unit, leaves out another outline, and lists who is missing', () => {
    const { summary, report } = compiled();
    expect(summary.included).toEqual(['Đảng ủy xã Nậm Tăm', 'Đảng ủy xã Bản Bo', 'Đảng ủy xã Khun Há']);
    expect(summary.missing).toEqual(['Đảng ủy xã Sơn Bình']);
    expect(summary.excluded.map((e) => `${e.unit}: ${e.reason}`)).toEqual([
      'Đảng ủy xã Bản Bo: có bản nộp lại mới hơn; đã dùng bản mới nhất.',
      expect.stringMatching(/^Đảng ủy xã Khun Há: báo cáo theo đề cương khác \(“so-ket-tong-ket”\)/u) as unknown,
    ]);
    expect(inlineText((report.opening[0] as Extract<Block, { type: 'paragraph' }>).content)).toBe(
      'Tổng hợp từ báo cáo của 3 đơn vị: Đảng ủy xã Nậm Tăm, Đảng ủy xã Bản Bo, Đảng ủy xã Khun Há. Chưa có báo cáo của 1 đơn vị: Đảng ủy xã Sơn Bình.',
    );
    expect(report.header.issuer).toBe('HUYỆN ỦY TAM ĐƯỜNG');
  });

  it('gathers each unit’s text under its name with its footnotes, in the outline’s sections', () => {
    const { report, summary } = compiled();
    const party = find(report.sections, 'xay-dung-dang')!;
    const texts = party.blocks.filter((b) => b.type === 'paragraph').map((b) => inlineText(b.content));
    expect(texts.slice(0, 6)).toEqual([
      'Đảng ủy xã Nậm Tăm:',
      'Đảng ủy xã Nậm Tăm tổ chức học tập, quán triệt các nghị quyết của cấp trên.',
      'Đảng ủy xã Bản Bo:',
      'Đảng ủy xã Bản Bo tổ chức học tập, quán triệt các nghị quyết của cấp trên (bổ sung số liệu).',
      'Đảng ủy xã Khun Há:',
      'Đảng ủy xã Khun Há tổ chức học tập, quán triệt các nghị quyết của cấp trên.',
    ]);
    const footnotes = party.blocks.flatMap((b) =>
      b.type === 'paragraph'
        ? b.content.filter((i) => i.type === 'footnote').map((f) => plainParagraphText(f.paragraphs[0]!))
        : [],
    );
    expect(footnotes).toEqual([
      'Hội nghị ngày 15/3/2025 tại xã Nậm Tăm.',
      'Hội nghị ngày 15/3/2025 tại xã Bản Bo.',
      'Hội nghị ngày 15/3/2025 tại xã Khun Há.',
    ]);
    expect(report.sections.map((s) => s.heading)).toEqual([
      'KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ',
      'PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM',
    ]);
    expect(summary.sectionsMerged).toBe(3);
  });

  it('sums same-shaped tables cell by cell, recomputes differences and percentages, and checks clean', () => {
    const { report, summary, problems } = compiled();
    const party = find(report.sections, 'xay-dung-dang')!;
    expect(rowsOf(party.blocks.find((b) => b.type === 'table'))).toEqual([
      'TT | Nội dung | 6 tháng 2024 | 6 tháng 2025 | Tăng (+), giảm (-)',
      '1 | Kết nạp đảng viên mới | 33 | 21 | -12',
      '2 | Chuyển đảng chính thức | 25 | 16 | -9',
      ' | Cộng | 58 | 37 | -21',
    ]);
    const economy = find(report.sections, 'kinh-te-xa-hoi')!;
    const tables = economy.blocks.filter((b) => b.type === 'table');
    // Khun Há's table has a "Ghi chú" column: kept in its text, the sum is of the other two and says so.
    expect(tables).toHaveLength(2);
    expect(rowsOf(tables[1])).toEqual([
      'TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)',
      '1 | Diện tích lúa (ha) | 1.035,5 | 1.029,6 | 99,4',
      '2 | Sản lượng lương thực (tấn) | 5.570 | 5.679 | 102,0',
    ]);
    const after = economy.blocks[economy.blocks.indexOf(tables[1]!) + 1];
    expect(after?.type === 'paragraph' && inlineText(after.content)).toBe(
      '(Số liệu cộng từ 2 đơn vị; chưa gồm: Đảng ủy xã Khun Há.)',
    );
    expect(summary.unmatched).toEqual([
      expect.stringMatching(/^Biểu 2: Một số chỉ tiêu kinh tế chủ yếu của Đảng ủy xã Khun Há khác mẫu/u) as unknown,
    ]);
    expect(summary.tablesSummed).toBe(2);
    expect(problems).toEqual([]);
  });

  it('offers a per-unit breakdown as a Phụ lục whose “Cộng” rows are the sums', () => {
    const { report } = compiled();
    const appendix = report.appendices?.[0];
    expect(appendix?.title).toBe('SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ');
    const first = appendix!.blocks[0] as Table;
    expect(first.caption).toBe(
      'Biểu 1: Kết quả công tác phát triển đảng viên: Kết nạp đảng viên mới — chi tiết theo đơn vị',
    );
    expect(rowsOf(first)).toEqual([
      'TT | Nội dung | 6 tháng 2024 | 6 tháng 2025 | Tăng (+), giảm (-)',
      '1 | Đảng ủy xã Nậm Tăm | 12 | 7 | -5',
      '2 | Đảng ủy xã Bản Bo | 15 | 10 | -5',
      '3 | Đảng ủy xã Khun Há | 6 | 4 | -2',
      ' | Cộng | 33 | 21 | -12',
    ]);
    // Biểu 1 has two rows of figures, Biểu 2 (two units) two more.
    expect(appendix!.blocks).toHaveLength(4);
  });

  it('keeps provenance per block until the clerk edits that block', () => {
    const { report, provenance } = compiled();
    expect(liveProvenance(report, provenance)).toEqual(provenance);
    const party = find(report.sections, 'xay-dung-dang')!;
    const entry = provenance.find((p) => p.sectionId === 'xay-dung-dang' && p.unit === 'Đảng ủy xã Bản Bo')!;
    party.blocks[entry.blockIndex] = { type: 'paragraph', content: [{ type: 'text', text: 'Đã viết gọn lại.' }] };
    const live = liveProvenance(report, provenance);
    expect(live).toHaveLength(provenance.length - 1);
    expect(live).not.toContainEqual(entry);
  });

  it('keeps a paragraph’s provenance when the clerk adds or removes another paragraph above it', () => {
    const { report, provenance } = compiled();
    const party = find(report.sections, 'xay-dung-dang')!;
    const khunHa = provenance.find((p) => p.sectionId === 'xay-dung-dang' && p.unit === 'Đảng ủy xã Khun Há')!;
    party.blocks.unshift({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mở đầu văn thư viết thêm.' }] });
    const live = liveProvenance(report, provenance).filter((p) => p.sectionId === 'xay-dung-dang');
    expect(live.map((p) => p.unit)).toContain('Đảng ủy xã Khun Há');
    // Where the paragraph is now, so the editor marks the right one.
    const moved = live.find((p) => p.fingerprint === khunHa.fingerprint)!;
    expect(moved.blockIndex).toBe(khunHa.blockIndex + 1);
    expect(party.blocks[moved.blockIndex]).toEqual(
      compiled()
        .report.sections.flatMap((s) => [s, ...s.children])
        .find((s) => s.id === 'xay-dung-dang')!.blocks[khunHa.blockIndex],
    );
  });

  it('leaves out the units the clerk unticked: not summed, not missing, named in the opening', () => {
    const chosen = SOURCES.filter((s) => s.identity.unitKey !== SOURCES[0]!.identity.unitKey);
    const result = compileReports(chosen, {
      expectedUnits: ['ĐẢNG ỦY XÃ NẬM TĂM', 'Đảng uỷ xã Bản Bo', 'ĐẢNG ỦY XÃ KHUN HÁ', 'ĐẢNG ỦY XÃ SƠN BÌNH'],
      leftOut: ['ĐẢNG ỦY XÃ NẬM TĂM'],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.included).toEqual(['Đảng ủy xã Bản Bo', 'Đảng ủy xã Khun Há']);
    expect(result.summary.missing).toEqual(['Đảng ủy xã Sơn Bình']);
    expect(result.summary.excluded[0]).toEqual({
      unit: 'Đảng ủy xã Nậm Tăm',
      reason: 'văn thư bỏ chọn, không đưa vào lần tổng hợp này.',
    });
    expect(inlineText((result.report.opening[0] as Extract<Block, { type: 'paragraph' }>).content)).toBe(
      'Tổng hợp từ báo cáo của 2 đơn vị: Đảng ủy xã Bản Bo, Đảng ủy xã Khun Há. Chưa có báo cáo của 1 đơn vị: Đảng ủy xã Sơn Bình. Không đưa vào tổng hợp báo cáo của 1 đơn vị: Đảng ủy xã Nậm Tăm.',
    );
    const party = find(result.report.sections, 'xay-dung-dang')!;
    expect(JSON.stringify(party)).not.toContain('Nậm Tăm');
    // 15 + 6 in 2024 without Nậm Tăm's 12.
    expect(rowsOf(party.blocks.find((b) => b.type === 'table'))[1]).toBe('1 | Kết nạp đảng viên mới | 21 | 14 | -7');
  });

  it('runs the statistics check on the result: a unit’s wrong total shows in the compiled table', () => {
    const wrong = unitReport(UNITS.khunHa);
    const party = find(wrong.sections, 'xay-dung-dang')!;
    const table = party.blocks.find((b) => b.type === 'table')!;
    if (table.type !== 'table') throw new Error('no table');
    table.rows[3]!.cells[2] = { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: '20' }] }] };
    const result = compileReports([source(unitReport(UNITS.namTam)), source(wrong)]);
    if (!result.ok) throw new Error(result.message);
    expect(result.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /^Bảng “Biểu 1: Kết quả công tác phát triển đảng viên”, dòng “Cộng”, cột “6 tháng 2024”: ghi 41/u,
      ),
    );
  });

  it('refuses nothing to compile with a sentence', () => {
    expect(compileReports([])).toEqual({
      ok: false,
      message: expect.stringMatching(/^Chưa chọn báo cáo nào/u) as unknown,
    });
  });
});

describe('sumTables leaves what cannot be summed to the clerk', () => {
  it('never averages a percentage without its base or a per-unit average', () => {
    const unitTable = (poor: string, rate: string, avg: string) =>
      buildTable(1, [
        ['TT', 'Chỉ tiêu', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)', 'Thu nhập bình quân (triệu đồng)'],
        ['1', 'Hộ nghèo', poor, rate, avg],
      ]);
    const result = sumTables([unitTable('120', '8,5', '38,2'), unitTable('95', '6,1', '41,0')], 'Bảng 3');
    expect(rowsOf(result.table)[1]).toBe('1 | Hộ nghèo | 215 | … | …');
    expect(result.notes).toEqual([
      'Bảng 3, dòng “Hộ nghèo”, cột “Thu nhập bình quân (triệu đồng)”: số liệu loại bình quân, đơn giá, chỉ số… không cộng được và không lấy trung bình; hãy tính lại từ số liệu gốc.',
      'Bảng 3, dòng “Hộ nghèo”, cột “Tỷ lệ hộ nghèo (%)”: không rõ tỷ lệ này tính trên cơ số nào trong bảng nên không tính lại (không lấy trung bình); hãy tính tay.',
    ]);
  });
});
