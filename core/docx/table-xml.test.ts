/**
 * Tables as real reports use them, read back from the exported .docx: the grid from the stored widths, merged
 * cells, per-cell alignment, repeated header rows, rows that never split, bold totals, footnotes and line
 * breaks in cells, and the caption and unit line kept with the table.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { pageGeometry } from './page-setup';
import { getRuleSet } from '../rules/rule-sets';
import type { Report, Table, TableCell } from '../model/report-schema';
import {
  child,
  childElements,
  descendants,
  documentBody,
  footnoteReferenceOrder,
  footnotes,
  paragraphsIn,
  paragraphsOfTable,
  unzipDocx,
  type DocxParts,
  type XmlElement,
} from '../../test-support/docx-xml';
import { minimalReport, section } from '../../test-support/report-builder';
import { loadRealisticReport } from '../../test-support/realistic-reports';

const HD36 = getRuleSet('hd36-2018');
const PORTRAIT_WIDTH = pageGeometry(HD36).textWidthTwips;
const LANDSCAPE_WIDTH = pageGeometry(HD36, 'landscape').textWidthTwips;

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  paragraphs: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
  ...extra,
});

async function exportParts(report: Report): Promise<DocxParts> {
  return unzipDocx(await renderDocx(report));
}

/** The bordered tables (the header and closing blocks are borderless layout tables). */
function dataTables(parts: DocxParts): XmlElement[] {
  return descendants(documentBody(parts), 'w:tbl').filter(
    (t) => child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top')?.attrs['w:val'] === 'single',
  );
}

const rows = (tbl: XmlElement) => childElements(tbl, 'w:tr');
const cells = (tr: XmlElement) => childElements(tr, 'w:tc');
const tcPr = (tc: XmlElement, name: string) => child(child(tc, 'w:tcPr'), name);
const cellText = (tc: XmlElement) =>
  paragraphsIn(tc)
    .map((p) => p.text)
    .join('\n');
const cellJc = (tc: XmlElement) => child(child(childElements(tc, 'w:p')[0], 'w:pPr'), 'w:jc')?.attrs['w:val'];
const gridWidths = (tbl: XmlElement) =>
  childElements(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((g) => Number(g.attrs['w:w']));

function bodyTable(table: Table): Report {
  return minimalReport({
    sections: [
      section('Kết quả', [
        { type: 'paragraph', content: [{ type: 'text', text: 'Trước bảng.' }] },
        table,
        { type: 'paragraph', content: [{ type: 'text', text: 'Sau bảng.' }] },
      ]),
    ],
  });
}

describe('the table grid', () => {
  it('makes the columns proportional to the stored widths and as wide as the text, portrait and landscape', async () => {
    const stored = [6, 40, 13, 13, 14, 14];
    const table: Table = {
      type: 'table',
      headerRows: 1,
      columns: stored.map((width) => ({ width })),
      rows: [{ cells: stored.map((_, i) => cell(`c${i}`)) }],
    };
    const report = bodyTable(table);
    report.appendices = [{ id: 'pl', title: 'Biểu', orientation: 'landscape', blocks: [table] }];
    const [portrait, landscape] = dataTables(await exportParts(report));
    for (const [tbl, width] of [
      [portrait!, PORTRAIT_WIDTH],
      [landscape!, LANDSCAPE_WIDTH],
    ] as const) {
      const grid = gridWidths(tbl);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
      expect(child(child(tbl, 'w:tblPr'), 'w:tblW')?.attrs['w:w']).toBe(String(width));
      grid.forEach((w, i) => expect(Math.abs(w - (width * stored[i]!) / 100)).toBeLessThanOrEqual(1));
      // Each cell's width is its column's.
      expect(cells(rows(tbl)[0]!).map((tc) => Number(tcPr(tc, 'w:tcW')?.attrs['w:w']))).toEqual(grid);
    }
    expect(LANDSCAPE_WIDTH).toBe(16838 - 1701 - 850);
  });

  it('prints a version-1 table as before: equal columns, a short row widened to the table, numbers and ratios right', async () => {
    const table: Table = {
      type: 'table',
      headerRows: 1,
      rows: [
        { cells: [cell('TT'), cell('Nội dung'), cell('Số')] },
        { cells: [cell('Ghi chú chung')] },
        { cells: [cell('1'), cell('4/4'), cell('27310')] },
      ],
    };
    const [tbl] = dataTables(await exportParts(bodyTable(table)));
    expect(gridWidths(tbl!)).toEqual([3118, 3118, 3119]);
    const [, short, numbers] = rows(tbl!);
    expect(cells(short!)).toHaveLength(1);
    expect(tcPr(cells(short!)[0]!, 'w:gridSpan')?.attrs['w:val']).toBe('3');
    expect(tcPr(cells(short!)[0]!, 'w:tcW')?.attrs['w:w']).toBe(String(PORTRAIT_WIDTH));
    expect(cells(numbers!).map(cellJc)).toEqual(['right', 'right', 'right']);
    expect(cells(numbers!).map(cellText)).toEqual(['1', '4/4', '27.310']);
  });
});

describe('merged header, alignment and rows (the Phụ lục of the Đảng ủy xã report)', async () => {
  const report = await loadRealisticReport('dangUyXa');
  const parts = await exportParts(report);
  const tables = dataTables(parts);
  const appendix = tables[tables.length - 2]!;
  const [first, second, data] = rows(appendix);

  it('merges TT and Đơn vị down and "Kết quả" across the two year columns', () => {
    const top = cells(first!);
    expect(top.map(cellText)).toEqual([
      'TT',
      'Đơn vị',
      'Tổng số đảng viên',
      'Kết quả',
      'Xếp loại đảng viên năm 2025',
      'Ghi chú',
    ]);
    expect(top.map((tc) => tcPr(tc, 'w:vMerge')?.attrs['w:val'])).toEqual([
      'restart',
      'restart',
      'restart',
      undefined,
      undefined,
      'restart',
    ]);
    expect(top.map((tc) => tcPr(tc, 'w:gridSpan')?.attrs['w:val'])).toEqual([
      undefined,
      undefined,
      undefined,
      '2',
      '4',
      undefined,
    ]);
    // Row 2 holds continue cells where the merged-down cells are, each with one empty paragraph.
    const below = cells(second!);
    expect(below.map((tc) => tcPr(tc, 'w:vMerge')?.attrs['w:val'] ?? '')).toEqual([
      'continue',
      'continue',
      'continue',
      '',
      '',
      '',
      '',
      '',
      '',
      'continue',
    ]);
    for (const tc of below.filter((c) => tcPr(c, 'w:vMerge'))) {
      expect(childElements(tc, 'w:p')).toHaveLength(1);
      expect(cellText(tc)).toBe('');
    }
    expect(below.map(cellText).filter((t) => t !== '')).toEqual([
      'Năm 2024',
      'Năm 2025',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
    // Every row covers the whole grid.
    const span = (tc: XmlElement) => Number(tcPr(tc, 'w:gridSpan')?.attrs['w:val'] ?? 1);
    for (const tr of rows(appendix)) expect(cells(tr).reduce((n, tc) => n + span(tc), 0)).toBe(10);
    expect(gridWidths(appendix).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_WIDTH);
  });

  it('repeats both header rows on every page, keeps them with the first data row, and never splits a row', () => {
    const trPr = (tr: XmlElement) => child(tr, 'w:trPr');
    expect([first, second].map((tr) => child(trPr(tr!), 'w:tblHeader') !== undefined)).toEqual([true, true]);
    expect(
      rows(appendix)
        .slice(2)
        .some((tr) => child(trPr(tr), 'w:tblHeader')),
    ).toBe(false);
    for (const tbl of tables) for (const tr of rows(tbl)) expect(child(trPr(tr), 'w:cantSplit')).toBeDefined();
    for (const tr of [first!, second!])
      for (const tc of cells(tr))
        expect(child(child(childElements(tc, 'w:p')[0], 'w:pPr'), 'w:keepNext')).toBeDefined();
    expect(child(child(childElements(cells(data!)[1]!, 'w:p')[0], 'w:pPr'), 'w:keepNext')).toBeUndefined();
  });

  it('centres and bolds the header, centres it vertically, and aligns data cells as set or by content', () => {
    for (const tc of [...cells(first!), ...cells(second!)]) {
      expect(cellJc(tc)).toBe('center');
      expect(tcPr(tc, 'w:vAlign')?.attrs['w:val']).toBe('center');
    }
    expect(
      paragraphsOfTable(appendix, [first!, second!])
        .flatMap((p) => p.runs)
        .every((r) => r.bold),
    ).toBe(true);
    // TT column set centred, Đơn vị left (text), the result columns set centred, Ghi chú left.
    const jc = cells(data!).map(cellJc);
    expect(jc).toEqual([
      'center',
      'left',
      'center',
      'center',
      'center',
      'center',
      'center',
      'center',
      'center',
      'left',
    ]);
    expect(tcPr(cells(data!)[1]!, 'w:vAlign')).toBeUndefined();
  });

  it('bolds the total row "Cộng" and no other data row', () => {
    const all = rows(appendix);
    const total = all[all.length - 1]!;
    expect(cellText(cells(total)[1]!)).toBe('Cộng');
    expect(
      paragraphsOfTable(appendix, [total])
        .flatMap((p) => p.runs)
        .every((r) => r.bold),
    ).toBe(true);
    expect(
      paragraphsOfTable(appendix, [data!])
        .flatMap((p) => p.runs)
        .some((r) => r.bold),
    ).toBe(false);
  });

  it('right-aligns numbers in the body tables by default ("+2", "109,1%") and keeps text left', () => {
    const biểu1 = tables[0]!;
    const totalRow = rows(biểu1)[rows(biểu1).length - 1]!;
    expect(cells(totalRow).map(cellText)).toEqual(['', 'Cộng', '22', '24', '+2', '109,1%']);
    expect(cells(totalRow).map(cellJc)).toEqual(['center', 'left', 'right', 'right', 'right', 'right']);
  });

  it('writes a line break typed in a cell as w:br and numbers a footnote in a cell in reading order', () => {
    const header = cells(rows(tables[0]!)[0]!);
    expect(cellText(header[5]!)).toBe('%\n(2025/2024)');
    expect(descendants(header[5]!, 'w:br')).toHaveLength(1);
    // Footnote 1 is in the body text before Biểu 1, footnote 2 in the "Tỷ lệ hộ nghèo" cell of Biểu 2.
    expect(footnoteReferenceOrder(parts)).toEqual(['1', '2']);
    const povertyCell = cells(rows(tables[1]!)[7]!)[1]!;
    expect(descendants(povertyCell, 'w:footnoteReference')[0]?.attrs['w:id']).toBe('2');
    expect(
      footnotes(parts)
        .get('2')
        ?.map((p) => p.text)
        .join(''),
    ).toContain('chuẩn nghèo đa chiều');
  });
});

describe('caption and unit line', () => {
  it('puts the caption (centred, bold) and the unit (right, italic) above the table, both kept with it', async () => {
    const table: Table = {
      type: 'table',
      headerRows: 1,
      caption: 'Biểu 1: Kết quả kết nạp đảng viên',
      unit: 'Đơn vị tính: người',
      rows: [
        { cells: [cell('TT'), cell('Chi bộ'), cell('Số')] },
        { cells: [cell('1'), cell('Bản Nậm Tăm'), cell('3')] },
      ],
    };
    const body = documentBody(await exportParts(bodyTable(table)));
    const children = childElements(body);
    const at = children.findIndex(
      (c) =>
        c.name === 'w:tbl' && child(child(child(c, 'w:tblPr'), 'w:tblBorders'), 'w:top')?.attrs['w:val'] === 'single',
    );
    const paragraphAt = (i: number) => paragraphsIn({ name: 'w:body', attrs: {}, children: [children[i]!] })[0]!;
    const caption = paragraphAt(at - 2);
    const unit = paragraphAt(at - 1);
    expect(caption.text).toBe('Biểu 1: Kết quả kết nạp đảng viên');
    expect(child(caption.props, 'w:jc')?.attrs['w:val']).toBe('center');
    expect(caption.runs.every((r) => r.bold && !r.italic && r.size === 28)).toBe(true);
    expect(unit.text).toBe('Đơn vị tính: người');
    expect(child(unit.props, 'w:jc')?.attrs['w:val']).toBe('right');
    expect(unit.runs.every((r) => r.italic && !r.bold)).toBe(true);
    for (const p of [caption, unit]) expect(child(p.props, 'w:keepNext')).toBeDefined();
    // Space above the caption only, from the rule-set.
    expect(child(caption.props, 'w:spacing')?.attrs['w:before']).toBe('120');
    expect(child(unit.props, 'w:spacing')?.attrs['w:before']).toBe('0');
  });
});
