/**
 * Places a table's cells on its grid. The model stores rows as HTML and ProseMirror do (a row lists only the
 * cells that start in it; spans cover the rest), so the writer, the editor and the statistics check all need the
 * same answer to "which cell is at row r, column c?". A ragged or over-spanned table (from an old draft or a
 * paste) is read the way Word draws it: spans are clipped where they would overlap or leave the table, and a
 * short row's last cell is widened to the table's width (version-1 drafts printed that way).
 */
import type { HorizontalAlign, Table, TableCell } from './report-schema';

export interface PlacedCell {
  cell: TableCell;
  /** Index of the row that lists the cell, and its index in that row's `cells`. */
  row: number;
  index: number;
  /** First grid column it covers. */
  column: number;
  colSpan: number;
  rowSpan: number;
  /** Filler for a position no cell covers (a short row whose last cell could not be widened). */
  filler: boolean;
}

export interface TableGrid {
  rowCount: number;
  columnCount: number;
  /** Every cell once, in row then column order. */
  cells: PlacedCell[];
  /** The cell covering each position: `owners[r][c]`. */
  owners: PlacedCell[][];
}

const EMPTY_CELL: TableCell = { paragraphs: [{ type: 'paragraph', content: [] }] };

/** Positions taken by cells started in rows above (rowSpan) or earlier in the row. */
function place(table: Table, columnLimit: number): { cells: PlacedCell[]; taken: (PlacedCell | undefined)[][] } {
  const rowCount = table.rows.length;
  const taken: (PlacedCell | undefined)[][] = Array.from({ length: rowCount }, () => []);
  const cells: PlacedCell[] = [];
  table.rows.forEach((row, r) => {
    let column = 0;
    row.cells.forEach((cell, index) => {
      while (taken[r]![column]) column++;
      if (column >= columnLimit) return;
      let colSpan = 1;
      const wanted = Math.min(cell.colSpan ?? 1, columnLimit - column);
      while (colSpan < wanted && !taken[r]![column + colSpan]) colSpan++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rowCount - r));
      let rows = 1;
      // A rowSpan stops at the first row where one of its columns is already taken.
      while (rows < rowSpan && Array.from({ length: colSpan }, (_, k) => taken[r + rows]![column + k]).every((t) => !t))
        rows++;
      const placed: PlacedCell = { cell, row: r, index, column, colSpan, rowSpan: rows, filler: false };
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![column + dc] = placed;
      cells.push(placed);
      column += colSpan;
    });
  });
  return { cells, taken };
}

export function tableGrid(table: Table): TableGrid {
  const first = place(table, Number.MAX_SAFE_INTEGER);
  const columnCount = Math.max(1, ...first.taken.map((row) => row.length));
  const { cells, taken } = place(table, columnCount);
  // Fill what no cell covers: widen the row's last cell when the gap directly follows it, else add fillers.
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 0; c < columnCount; c++) {
      if (taken[r]![c]) continue;
      const left = c > 0 ? taken[r]![c - 1] : undefined;
      if (
        left &&
        !left.filler &&
        left.row === r &&
        left.rowSpan === 1 &&
        left.index === table.rows[r]!.cells.length - 1
      ) {
        left.colSpan++;
        taken[r]![c] = left;
        continue;
      }
      const filler: PlacedCell = {
        cell: EMPTY_CELL,
        row: r,
        index: -1,
        column: c,
        colSpan: 1,
        rowSpan: 1,
        filler: true,
      };
      taken[r]![c] = filler;
      cells.push(filler);
    }
  }
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { rowCount: table.rows.length, columnCount, cells, owners: taken as PlacedCell[][] };
}

/** Each column's share of the table width (sums to 1): stored relative widths, equal shares where none is set. */
export function columnFractions(table: Pick<Table, 'columns'>, columnCount: number): number[] {
  const stored = Array.from({ length: columnCount }, (_, i) => table.columns?.[i]?.width);
  const known = stored.filter((w): w is number => w !== undefined);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const widths = stored.map((w) => w ?? fallback);
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / sum);
}

/** The alignment a user set for a cell: its own, else its first column's; undefined means "by content". */
export function setAlignment(
  table: Pick<Table, 'columns'>,
  placed: Pick<PlacedCell, 'cell' | 'column'>,
): HorizontalAlign | undefined {
  return placed.cell.align ?? table.columns?.[placed.column]?.align;
}
