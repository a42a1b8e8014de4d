/**
 * Reads a report table the way a clerk does before checking its figures: which text heads each column (a
 * two-row header read through its merged cells), which text names each row, which cells hold a number, and
 * what kind of column each one is (a count, a total, a change, a percentage, or something never summed).
 * Positions come from `tableGrid`, so a merged cell is read once, at its top-left position.
 */
import { plainParagraphText } from '../model/report-text';
import type { Table, TableCell } from '../model/report-schema';
import { tableGrid, type PlacedCell, type TableGrid } from '../model/table-grid';
import { parseViNumber, type ViNumber } from '../text/vi-number';

export type ColumnRole =
  /** STT, TT: row numbers. */
  | 'order'
  /** Tổng số, Cộng (or `columns[i].total`). */
  | 'total'
  /** Tăng/giảm, +/-, So sánh (+/-), Chênh lệch. */
  | 'change'
  /** %, Tỷ lệ. */
  | 'percent'
  /** Averages, prices, indexes, ranks, years, codes: figures that are never added up. */
  | 'other'
  /** A count or an amount. */
  | 'value';

export interface CellReading {
  text: string;
  /** The number written, or null for text. */
  number: ViNumber | null;
  /** Empty or a dash ("-", "–", "—"): nothing to count, read as zero in a sum. */
  blank: boolean;
}

export interface TableReading {
  grid: TableGrid;
  /** Rows of the header (clamped to the table). */
  headerRows: number;
  /** The cell that starts at (row, column) and covers only that column, or null (covered by a merge, or merged). */
  cell: (row: number, column: number) => CellReading | null;
  /** Full header text of a column, outer header first ("Đảng viên – Nữ"); "cột thứ N" without a header. */
  columnLabel: (column: number) => string;
  /** The header text nearest the body (the one that says what the column holds). */
  leafLabel: (column: number) => string;
  /** The header cell above the leaf that spans several columns, as a [first, last] column range. */
  groupOf: (column: number) => { first: number; last: number; label: string } | null;
  role: (column: number) => ColumnRole;
  /** The row's name: its first cell holding text that is not a row number; "dòng thứ N" otherwise. */
  rowLabel: (row: number) => string;
  /** The cells that start in a row, left to right. */
  rowCells: (row: number) => readonly PlacedCell[];
  /** The row's outline marker (from the STT column or the start of its name), used to tell groups from items. */
  rowMarker: (row: number) => string;
}

const DASHES = new Set(['', '-', '–', '—', '−', '_']);

export function normalizeLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function cellText(cell: TableCell): string {
  return normalizeLabel(cell.paragraphs.map(plainParagraphText).join(' '));
}

/** "I", "1", "1.2", "a", "a)", "1." — a row number or outline marker, not a name. */
const MARKER = /^(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$/u;

const ORDER = /^(?:stt|tt|số tt|số thứ tự)$/u;
const PERCENT = /%|t[ỷỉ] lệ|\b(?:th|kh|ck|tk)\s*\/\s*(?:kh|ck|th|tk)\b/u;
const CHANGE = /tăng\s*(?:\(\+\))?\s*[/,]?\s*(?:giảm|\(-\))|\+\s*\/\s*[-−–]|chênh lệch/u;
const TOTAL = /^(?:tổng số|tổng cộng|tổng|cộng)(?:\s*\(.*\))?\s*:?$/u;
// Per-unit figures ("tạ/ha", "triệu đồng/người"), prices, yields and densities are never added up either;
// "Giá trị sản xuất" (an amount) is.
const OTHER =
  /bình quân|trung bình|\bbq\b|đơn giá|^giá(?! trị)|chỉ số|xếp (?:hạng|loại)|thứ hạng|^năm$|^mã|ghi chú|so với|hệ số|mật độ|lãi suất|tuổi|năm sinh|điểm|năng suất|định mức|[a-zà-ỹđ2]\s*\/\s*[a-zà-ỹđ]/u;

function roleOfHeader(header: string): ColumnRole {
  const h = header.toLowerCase();
  if (ORDER.test(h)) return 'order';
  if (PERCENT.test(h)) return 'percent';
  if (CHANGE.test(h)) return 'change';
  if (OTHER.test(h)) return 'other';
  if (TOTAL.test(h)) return 'total';
  return 'value';
}

/**
 * A table whose header was not marked (an old draft, a paste) is read as if its first row were the header
 * when that row names several columns and holds no figure, as a clerk reads it.
 */
function unmarkedHeaderRows(table: Table): number {
  const first = table.rows[0]?.cells.map(cellText) ?? [];
  return table.rows.length > 1 &&
    first.filter((t) => t !== '').length >= 2 &&
    first.every((t) => parseViNumber(t) === null)
    ? 1
    : 0;
}

export function readTable(table: Table): TableReading {
  const grid = tableGrid(table);
  const headerRows = Math.min(table.headerRows > 0 ? table.headerRows : unmarkedHeaderRows(table), grid.rowCount);
  const texts = new Map<object, string>();
  const textOf = (cell: TableCell) => {
    let t = texts.get(cell);
    if (t === undefined) texts.set(cell, (t = cellText(cell)));
    return t;
  };

  // Read once per position: the rules ask for the same cells many times.
  const readings: (CellReading | null | undefined)[] = [];
  const cell = (row: number, column: number): CellReading | null => {
    const key = row * grid.columnCount + column;
    const known = readings[key];
    if (known !== undefined) return known;
    const placed = grid.owners[row]?.[column];
    let reading: CellReading | null = null;
    if (placed && placed.row === row && placed.column === column && placed.colSpan === 1 && placed.rowSpan === 1) {
      const text = textOf(placed.cell);
      reading = { text, number: parseViNumber(text), blank: DASHES.has(text) };
    }
    readings[key] = reading;
    return reading;
  };

  const headerTexts = (column: number): string[] => {
    const out: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const placed = grid.owners[r]![column]!;
      if (placed.row !== r) continue;
      const t = textOf(placed.cell);
      if (t !== '' && out[out.length - 1] !== t) out.push(t);
    }
    return out;
  };
  const leafLabel = (column: number) => headerTexts(column).at(-1) ?? '';
  const columnLabel = (column: number) => headerTexts(column).join(' – ') || `cột thứ ${column + 1}`;

  const groupOf = (column: number) => {
    // The nearest header cell above the leaf row that covers more than this column; none when the column's
    // header cell reaches down to the leaf row itself.
    const leafRow = headerRows - 1;
    for (let r = leafRow - 1; r >= 0; r--) {
      const placed = grid.owners[r]![column]!;
      if (placed.row + placed.rowSpan - 1 >= leafRow) return null;
      if (placed.colSpan > 1)
        return { first: placed.column, last: placed.column + placed.colSpan - 1, label: textOf(placed.cell) };
    }
    return null;
  };

  const roles: ColumnRole[] = Array.from({ length: grid.columnCount }, (_, c) => {
    if (table.columns?.[c]?.total) return 'total';
    const role = roleOfHeader(leafLabel(c));
    if (role !== 'value') return role;
    // A body cell written with "%" makes the column a percentage even under a plain header.
    for (let r = headerRows; r < grid.rowCount; r++) if (cell(r, c)?.number?.percent) return 'percent';
    return role;
  });

  const byRow: PlacedCell[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const p of grid.cells) if (!p.filler) byRow[p.row]!.push(p);
  const rowCells = (row: number): readonly PlacedCell[] => byRow[row] ?? [];
  const markers = new Map<number, string>();
  const rowMarker = (row: number): string => {
    const known = markers.get(row);
    if (known !== undefined) return known;
    const marker = findRowMarker(row);
    markers.set(row, marker);
    return marker;
  };
  function findRowMarker(row: number): string {
    for (const p of rowCells(row)) {
      const t = textOf(p.cell);
      if (t === '') continue;
      if (roles[p.column] === 'order' || MARKER.test(t)) return t;
      const lead = /^(?:[-+*•·]|[IVXLC]+\.|\d{1,3}(?:\.\d{1,3})*\.|[a-zđ]\))(?=\s)/u.exec(t);
      return lead ? lead[0] : '';
    }
    return '';
  }
  const labels = new Map<number, string>();
  const rowLabel = (row: number): string => {
    const known = labels.get(row);
    if (known !== undefined) return known;
    const label = findRowLabel(row);
    labels.set(row, label);
    return label;
  };
  function findRowLabel(row: number): string {
    for (const p of rowCells(row)) {
      const t = textOf(p.cell);
      if (t === '' || roles[p.column] === 'order' || MARKER.test(t) || parseViNumber(t) !== null) continue;
      return t;
    }
    return `dòng thứ ${row + 1}`;
  }

  return {
    grid,
    headerRows,
    cell,
    columnLabel,
    leafLabel,
    groupOf,
    role: (c) => roles[c] ?? 'value',
    rowCells,
    rowLabel,
    rowMarker,
  };
}
