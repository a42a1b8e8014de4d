import { describe, expect, it } from 'vitest';
import type { Table, TableCell } from './report-schema';
import { columnFractions, tableGrid } from './table-grid';

const c = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  ...extra,
});
const table = (rows: TableCell[][], extra: Partial<Table> = {}): Table => ({
  type: 'table',
  headerRows: 0,
  rows: rows.map((cells) => ({ cells })),
  ...extra,
});
/** The text at each grid position, so a test reads like the table it describes. */
const picture = (t: Table) => {
  const grid = tableGrid(t);
  return grid.owners.map((row) =>
    row.map((p) => (p.filler ? '·' : (p.cell.paragraphs[0]!.content[0] as { text: string }).text)).join(' '),
  );
};

describe('tableGrid', () => {
  it('places a two-row merged header the way Word draws it', () => {
    const t = table([
      [c('TT', { rowSpan: 2 }), c('Đơn vị', { rowSpan: 2 }), c('Kết quả', { colSpan: 2 })],
      [c('2022'), c('2023')],
      [c('1'), c('Xã A'), c('10'), c('12')],
    ]);
    expect(picture(t)).toEqual(['TT Đơn vị Kết quả Kết quả', 'TT Đơn vị 2022 2023', '1 Xã A 10 12']);
    const grid = tableGrid(t);
    expect(grid.columnCount).toBe(4);
    expect(grid.cells.map((p) => [p.row, p.column, p.rowSpan, p.colSpan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 2, 1],
      [0, 2, 1, 2],
      [1, 2, 1, 1],
      [1, 3, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
      [2, 3, 1, 1],
    ]);
  });

  it('widens the last cell of a short row, as version-1 drafts printed it', () => {
    expect(
      picture(
        table([
          [c('a'), c('b'), c('c')],
          [c('Cộng'), c('9')],
        ]),
      ),
    ).toEqual(['a b c', 'Cộng 9 9']);
  });

  it('fills a gap under a merged cell with an empty filler instead of shifting columns', () => {
    const t = table([[c('a', { rowSpan: 2 }), c('b'), c('c')], [c('d')], [c('e'), c('f'), c('g')]]);
    expect(picture(t)).toEqual(['a b c', 'a d d', 'e f g']);
    const t2 = table([[c('a'), c('b', { rowSpan: 2 }), c('c')], [c('d')], [c('e'), c('f'), c('g')]]);
    expect(picture(t2)).toEqual(['a b c', 'd b ·', 'e f g']);
  });

  it('clips spans that leave the table or overlap a merged cell', () => {
    const t = table([[c('a', { rowSpan: 9 }), c('b', { colSpan: 2 })], [c('c', { colSpan: 2 })]]);
    expect(picture(t)).toEqual(['a b b', 'a c c']);
    expect(tableGrid(t).cells.find((p) => p.row === 0 && p.index === 0)!.rowSpan).toBe(2);
    const overlap = table([[c('a'), c('b', { rowSpan: 2 }), c('c')], [c('d', { colSpan: 3 })]]);
    expect(picture(overlap)).toEqual(['a b c', 'd b ·']);
  });

  it('accepts a row fully covered from above', () => {
    expect(picture(table([[c('a', { rowSpan: 2 }), c('b', { rowSpan: 2 })], [], [c('x'), c('y')]]))).toEqual([
      'a b',
      'a b',
      'x y',
    ]);
  });
});

describe('columnFractions', () => {
  it('scales stored widths and shares the rest equally', () => {
    expect(columnFractions({ columns: [{ width: 1 }, { width: 3 }] }, 2)).toEqual([0.25, 0.75]);
    expect(columnFractions({}, 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(columnFractions({ columns: [{ width: 2 }] }, 2)).toEqual([0.5, 0.5]);
  });
});
