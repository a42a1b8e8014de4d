import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from './format-check';
import { checkStatistics } from './statistics-check';
import { reportTables } from './report-tables';
import { getRuleSet } from '../rules/rule-sets';
import { plainParagraphText } from '../model/report-text';
import { isViNumber } from '../text/vi-number';
import { parseReport, type Report, type Table } from '../model/report-schema';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { loadFixtureReport } from '../../test-support/sample-report';
import { syntheticReport } from '../../test-support/synthetic/synthetic-report';
import {
  buildTable,
  PARTY_MEMBER_ROWS,
  partyMembersTable,
  planResultTable,
} from '../../test-support/statistics-tables';

const FIXTURES = ['dang-uy-xa-nam-tam-2025.baocao-report.json', 'ubnd-xa-nam-tam-6-thang-2025.baocao-report.json'];

function fixture(name: string): Report {
  const parsed = parseReport(
    JSON.parse(readFileSync(new URL(`../../test-support/fixtures/${name}`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const wrongTotal = partyMembersTable(
  PARTY_MEMBER_ROWS.map((r, i) => (i === 6 ? r.map((c, j) => (j === 2 ? '113' : c)) : r)),
);
const plain = (t: Table): Table => ({ ...t, caption: undefined });

describe('statistics in the pre-export check', () => {
  it('finds nothing in the sample report and the realistic Đảng ủy xã and UBND xã reports', async () => {
    expect(checkStatistics(await loadFixtureReport())).toEqual([]);
    for (const name of FIXTURES) {
      const report = fixture(name);
      expect(reportTables(report).length, name).toBeGreaterThan(0);
      expect(checkStatistics(report), name).toEqual([]);
    }
  });

  it('finds nothing in the tables of the 100-page synthetic report (random percentages explained by no column)', () => {
    const report = syntheticReport({ pages: 100 });
    expect(reportTables(report).length).toBeGreaterThan(20);
    expect(checkStatistics(report)).toEqual([]);
  });

  it('catches a wrong figure in the last row of every table of the realistic reports that has figures', () => {
    let tables = 0;
    for (const name of FIXTURES) {
      const report = fixture(name);
      for (const located of reportTables(report)) {
        const last = located.table.rows.length - 1;
        const caught: string[] = [];
        located.table.rows[last]!.cells.forEach((cell, k) => {
          const run = cell.paragraphs[0]?.content[0];
          if (k === 0 || run?.type !== 'text' || !isViNumber(run.text)) return;
          // One more in the last digit written: "545" → "546", "+2" → "+3", "109,1%" → "109,2%".
          const changed = structuredClone(report);
          const table = reportTables(changed).find(
            (t) => t.blockIndex === located.blockIndex && JSON.stringify(t.place) === JSON.stringify(located.place),
          )!.table;
          const target = table.rows[last]!.cells[k]!.paragraphs[0]!.content[0] as { text: string };
          target.text = run.text.replace(/\d(?=\D*$)/u, (d) => String((Number(d) + 1) % 10));
          if (checkStatistics(changed).length > 0) caught.push(target.text);
        });
        const figures = located.table.rows[last]!.cells.slice(1).filter((c) =>
          isViNumber(c.paragraphs.map(plainParagraphText).join('')),
        );
        if (figures.length === 0) continue;
        tables++;
        expect(caught.length, `${name} ${located.placeName}`).toBeGreaterThan(0);
      }
    }
    expect(tables).toBe(4);
  });

  it('names the table, row and column, and leads to the cell of a table in a sub-section', () => {
    const child = {
      ...section('Công tác phát triển đảng viên', [textParagraph('Kết quả như sau:'), plain(wrongTotal)]),
      id: 'muc-1',
    };
    const chapter = { ...section('Kết quả thực hiện', [textParagraph('Nội dung.')], [child]), id: 'chuong-1' };
    const report = minimalReport({ header: { ...minimalReport().header, number: '05' }, sections: [chapter] });
    const problems = checkReport(report, getRuleSet('hd36-2018'));
    expect(problems).toEqual([
      {
        id: 'stat-row-total-muc-1-1-8-2',
        severity: 'warning',
        message:
          'Bảng 1 trong mục “Công tác phát triển đảng viên”, dòng “Cộng”, cột “Tổng số đảng viên”: ghi 113, nhưng cộng các dòng phía trên được 112. Hãy kiểm tra lại số liệu.',
        stepKey: 'chapter:chuong-1',
        target: {
          kind: 'table-cell',
          place: { kind: 'section', sectionId: 'muc-1', chapterId: 'chuong-1' },
          blockIndex: 1,
          tableIndex: 0,
          row: 8,
          column: 2,
        },
      },
    ]);
  });

  it('checks the tables of the opening, the closing and the appendices, each from its step', () => {
    const report = minimalReport({
      opening: [plain(wrongTotal)],
      sections: [{ ...section('Đặc điểm', [planResultTable(), wrongTotal]), id: 'c1' }],
      closing: [textParagraph('Trên đây là báo cáo.'), plain(wrongTotal)],
      appendices: [{ id: 'pl1', title: 'BIỂU TỔNG HỢP', blocks: [plain(wrongTotal)] }],
    });
    const problems = checkStatistics(report);
    expect(
      problems.map((p) => [p.stepKey, p.target?.blockIndex, p.target?.tableIndex, p.message.split(',')[0]]),
    ).toEqual([
      ['general', 0, 0, 'Bảng 1 trong phần mở đầu'],
      ['chapter:c1', 1, 1, 'Bảng “Biểu 1: Số lượng đảng viên các chi bộ trực thuộc đến 31/12/2023”'],
      ['closing', 1, 0, 'Bảng 1 trong phần kết thúc'],
      ['appendices', 0, 0, 'Bảng 1 trong phụ lục 1 “BIỂU TỔNG HỢP”'],
    ]);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('reads cells typed with no-break spaces, a typographic minus and decomposed text', () => {
    const t = buildTable(1, [
      ['Xã'.normalize('NFD'), 'Tăng/giảm'.normalize('NFD'), 'Tỷ lệ (%)'],
      ['A', '\u22123', '12,5\u00a0%'],
      ['B', '+5', '7,5\u00a0%'],
      ['Cộng'.normalize('NFD'), '+3', '20\u00a0%'],
    ]);
    const problems = checkStatistics(minimalReport({ sections: [{ ...section('Số liệu', [t]), id: 'c1' }] }));
    expect(problems.map((p) => p.message)).toEqual([
      'Bảng 1 trong chương “I. Số liệu”, dòng “Cộng”, cột “Tăng/giảm”: ghi +3, nhưng cộng các dòng phía trên được +2. Hãy kiểm tra lại số liệu.',
    ]);
  });
});
