/**
 * The figures of one table checked against each other, as the office that receives the report would: a total
 * row against the rows it adds up, a total column against the columns it adds up, a change column against the
 * two columns before it, a percentage against its count and base, and no part larger than its total.
 *
 * Every rule errs on the side of silence: a column with text, a merged cell or a figure never added up
 * (averages, prices, years, row numbers) is skipped, and where the header alone does not say which figures
 * belong together (a "Tổng số" column without `columns[i].total`, a percentage) the relation must hold in most
 * rows of the table before the rows where it does not are reported.
 */
import type { Table } from '../model/report-schema';
import { formatViNumber, lastPlaceUnit, type ViNumber } from '../text/vi-number';
import { readTable, type CellReading, type ColumnRole, type TableReading } from './table-reading';

export type StatisticsRule = 'row-total' | 'column-total' | 'change' | 'percent' | 'part-exceeds-total';

export interface StatisticsFinding {
  rule: StatisticsRule;
  /** Grid position of the cell to fix. */
  row: number;
  column: number;
  rowLabel: string;
  columnLabel: string;
  /** The sentence after "Bảng …, dòng …, cột …:", in Vietnamese, with found and expected values. */
  detail: string;
}

const EPSILON = 1e-9;
const TOTAL_ROW =
  /^(?:tổng cộng|cộng|tổng số|tổng|toàn (?:huyện|xã|tỉnh|thị xã|thị trấn|thành phố|quận|phường|đảng bộ|ngành|khối))(?:\s*\(.*\))?\s*:?$/u;
const REGION_TOTAL = /^toàn /u;
/** Rows that break a figure down ("Trong đó: nữ", "- Chi bộ …"): never added to the rows they belong to. */
const BREAKDOWN_LABEL = /^(?:trong đó|tr\.\s?đó|gồm|bao gồm|chia ra)\b/u;
const ADDITIVE: ReadonlySet<ColumnRole> = new Set(['value', 'total', 'change']);

const q = (text: string) => `“${text}”`;

function close(found: number, expected: number, tolerance: number): boolean {
  return Math.abs(found - expected) <= tolerance + EPSILON * Math.max(1, Math.abs(expected));
}

/** Half a unit in the last place of every figure involved, or exact when all are whole numbers (counts). */
function roundingTolerance(numbers: readonly ViNumber[]): number {
  if (numbers.every((n) => n.decimals === 0)) return 0;
  return numbers.reduce((t, n) => t + lastPlaceUnit(n) / 2, 0);
}

/** Written the way the cell it is compared with is written (decimals, "+", "%"). */
function write(value: number, like: ViNumber): string {
  return formatViNumber(value, like);
}

/** Depth of a row in the table's outline: "I." 0, "1." 1, "1.1" 2, "a)" 3, "- " 4, "+ " 5. */
function rowLevel(reading: TableReading, row: number): number {
  const label = reading.rowLabel(row).toLowerCase();
  if (BREAKDOWN_LABEL.test(label)) return 4;
  const m = reading.rowMarker(row);
  if (m === '') return 1;
  if (/^[IVXLC]+[.)]?$/u.test(m)) return 0;
  if (/^\d+[.)]?$/u.test(m)) return 1;
  if (/^\d+(?:\.\d+)+/u.test(m)) return 2;
  if (/^[a-zđ][.)]?$/u.test(m)) return 3;
  if (m === '+') return 5;
  return 4;
}

type Mode = 'above' | 'subtotals' | 'below';
interface TotalRow {
  row: number;
  mode: Mode;
  parts: number[];
}

function hasFigures(reading: TableReading, row: number): boolean {
  for (let c = 0; c < reading.grid.columnCount; c++) {
    if (ADDITIVE.has(reading.role(c)) && reading.cell(row, c)?.number) return true;
  }
  return false;
}

/**
 * A group heading ("I. Khối Đảng, đoàn thể", often merged across the table): no figure and at most one name.
 * It is no part of a sum; a row with a name and text where figures go ("chưa báo cáo") is, and makes its
 * column unreadable.
 */
function isHeadingRow(reading: TableReading, row: number): boolean {
  if (hasFigures(reading, row)) return false;
  let named = 0;
  for (const p of reading.rowCells(row)) {
    if (reading.role(p.column) === 'order') continue;
    const text = reading.cell(p.row, p.column)?.text ?? '';
    if (!/^(?:[-–—−_]?|[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$/u.test(text)) named++;
  }
  return named <= 1;
}

/** The total rows and the rows each one adds up, where that is clear; rows in between are the parts. */
function totalRows(table: Table, reading: TableReading): TotalRow[] {
  const { headerRows, grid } = reading;
  const isTotal = (r: number) => table.rows[r]!.total === true || TOTAL_ROW.test(reading.rowLabel(r).toLowerCase());
  const totals = Array.from({ length: grid.rowCount }, (_, r) => r >= headerRows && isTotal(r));
  const out: TotalRow[] = [];
  for (let t = headerRows; t < grid.rowCount; t++) {
    if (!totals[t]) continue;
    let start = t;
    while (start > headerRows && !totals[start - 1]) start--;
    const above = range(start, t).filter((r) => !isHeadingRow(reading, r));
    if (above.some((r) => hasFigures(reading, r))) {
      out.push({ row: t, mode: 'above', parts: above });
      continue;
    }
    const earlierTotals = range(headerRows, t).filter((r) => totals[r]);
    if (earlierTotals.length >= 2 && totals[t - 1]) {
      out.push({ row: t, mode: 'subtotals', parts: earlierTotals });
      continue;
    }
    if (range(headerRows, t).some((r) => hasFigures(reading, r))) continue;
    // "Tổng số" / "Toàn huyện" first, its parts below it until the next total.
    let end = t + 1;
    while (end < grid.rowCount && !totals[end]) end++;
    const below = range(t + 1, end).filter((r) => !isHeadingRow(reading, r));
    if (below.some((r) => hasFigures(reading, r))) out.push({ row: t, mode: 'below', parts: below });
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Ways the parts may add up: all of them, only the top level of an outline, only its leaves. */
function partChoices(reading: TableReading, parts: readonly number[]): number[][] {
  const levels = parts.map((r) => rowLevel(reading, r));
  const top = Math.min(...levels);
  const choices = [
    parts.slice(),
    parts.filter((_, i) => levels[i] === top),
    parts.filter((_, i) => i === parts.length - 1 || levels[i + 1]! <= levels[i]!),
  ];
  const seen = new Set<string>();
  return choices.filter((c) => c.length > 0 && !seen.has(c.join()) && Boolean(seen.add(c.join())));
}

/** The figures of a column in the given rows, or null when one of them is text or merged (the column is skipped). */
function figures(
  reading: TableReading,
  rows: readonly number[],
  column: number,
): { cells: CellReading[]; numbers: ViNumber[] } | null {
  const cells: CellReading[] = [];
  for (const r of rows) {
    const c = reading.cell(r, column);
    if (!c || (!c.number && !c.blank)) return null;
    cells.push(c);
  }
  const numbers = cells.flatMap((c) => (c.number ? [c.number] : []));
  return numbers.length > 0 ? { cells, numbers } : null;
}

const sum = (numbers: readonly ViNumber[]) => numbers.reduce((s, n) => s + n.value, 0);

function checkTotalRows(reading: TableReading, totals: readonly TotalRow[], out: StatisticsFinding[]): void {
  for (const total of totals) {
    const totalLabel = reading.rowLabel(total.row);
    const choices = partChoices(reading, total.parts);
    for (let c = 0; c < reading.grid.columnCount; c++) {
      const role = reading.role(c);
      if (!ADDITIVE.has(role)) continue;
      const found = reading.cell(total.row, c)?.number;
      const all = found ? figures(reading, total.parts, c) : null;
      if (!found || !all) continue;

      // A "Cộng" cell holding the mean of the parts: an average column under a header that does not say so.
      if (
        all.numbers.length >= 2 &&
        close(found.value, sum(all.numbers) / all.numbers.length, lastPlaceUnit(found) / 2)
      )
        continue;

      // A part larger than its total points at the cell to fix better than a wrong sum does.
      if (role !== 'change' && found.value >= 0 && all.numbers.every((n) => n.value >= 0)) {
        let exceeded = false;
        total.parts.forEach((r, i) => {
          const part = all.cells[i]!.number;
          if (!part || close(part.value, found.value, roundingTolerance([part, found])) || part.value < found.value)
            return;
          exceeded = true;
          out.push({
            rule: 'part-exceeds-total',
            row: r,
            column: c,
            rowLabel: reading.rowLabel(r),
            columnLabel: reading.columnLabel(c),
            detail: `${all.cells[i]!.text} lớn hơn tổng ${reading.cell(total.row, c)!.text} ở dòng ${q(totalLabel)}. Một phần không thể lớn hơn tổng; hãy kiểm tra lại số liệu.`,
          });
        });
        if (exceeded) continue;
      }

      if (
        total.mode === 'below' &&
        !(REGION_TOTAL.test(totalLabel.toLowerCase()) && total.parts.every((r) => rowLevel(reading, r) < 4))
      )
        continue;
      const sums = choices.map((rows) => figures(reading, rows, c)).filter((f) => f !== null);
      if (sums.some((f) => close(found.value, sum(f.numbers), roundingTolerance([...f.numbers, found])))) continue;
      const shown = figures(reading, choices[1] ?? choices[0]!, c) ?? all;
      const where =
        total.mode === 'above'
          ? 'các dòng phía trên'
          : total.mode === 'below'
            ? 'các dòng bên dưới'
            : 'các dòng tổng phía trên';
      out.push({
        rule: 'row-total',
        row: total.row,
        column: c,
        rowLabel: totalLabel,
        columnLabel: reading.columnLabel(c),
        detail: `ghi ${reading.cell(total.row, c)!.text}, nhưng cộng ${where} được ${write(sum(shown.numbers), found)}. Hãy kiểm tra lại số liệu.`,
      });
    }
  }
}

/** The columns a total column adds up: the others under its merged header, else the run of counts beside it. */
function totalledColumns(reading: TableReading, t: number): number[] {
  const group = reading.groupOf(t);
  if (group) return range(group.first, group.last + 1).filter((c) => c !== t && reading.role(c) === 'value');
  const run = (step: 1 | -1) => {
    const cols: number[] = [];
    for (
      let c = t + step;
      c >= 0 && c < reading.grid.columnCount && reading.role(c) === 'value' && reading.groupOf(c) === null;
      c += step
    )
      cols.push(c);
    return cols;
  };
  const after = run(1);
  return after.length >= 2 ? after : run(-1);
}

function checkTotalColumns(table: Table, reading: TableReading, out: StatisticsFinding[]): void {
  const { grid, headerRows } = reading;
  for (let t = 0; t < grid.columnCount; t++) {
    if (reading.role(t) !== 'total') continue;
    const marked = table.columns?.[t]?.total === true;
    const parts = totalledColumns(reading, t);
    if (parts.length < 2) continue;
    // "Trong đó: nữ, dân tộc thiểu số" columns are counted inside the total, not beside it.
    if (!marked && parts.some((c) => /^(?:trong đó|tr\.\s?đó)/u.test(reading.columnLabel(c).toLowerCase()))) continue;
    let holds = 0;
    const fails: StatisticsFinding[] = [];
    for (let r = headerRows; r < grid.rowCount; r++) {
      const found = reading.cell(r, t)?.number;
      const row = found ? figuresAcross(reading, r, parts) : null;
      if (!found || !row) continue;
      const expected = sum(row);
      if (close(found.value, expected, roundingTolerance([...row, found]))) {
        holds++;
        continue;
      }
      fails.push({
        rule: 'column-total',
        row: r,
        column: t,
        rowLabel: reading.rowLabel(r),
        columnLabel: reading.columnLabel(t),
        detail: `ghi ${reading.cell(r, t)!.text}, nhưng cộng các cột ${parts.map((c) => q(reading.leafLabel(c) || reading.columnLabel(c))).join(', ')} được ${write(expected, found)}. Hãy kiểm tra lại số liệu.`,
      });
    }
    if (marked || (holds >= 2 && holds >= 2 * fails.length)) out.push(...fails);
  }
}

/** The numbers of a row in the given columns (blank cells count as nothing), or null when one is text. */
function figuresAcross(reading: TableReading, row: number, columns: readonly number[]): ViNumber[] | null {
  const numbers: ViNumber[] = [];
  for (const c of columns) {
    const cell = reading.cell(row, c);
    if (!cell || (!cell.number && !cell.blank)) return null;
    if (cell.number) numbers.push(cell.number);
  }
  return numbers.length > 0 ? numbers : null;
}

/**
 * The two columns a change column compares ("KH | TH | +/-": from KH to TH): the two figures nearest before it,
 * past other change and percentage columns ("KH | TH | % | +/-"); null when they are not both counts.
 */
export function changeOperands(reading: TableReading, c: number): { from: number; to: number } | null {
  if (reading.role(c) !== 'change') return null;
  const before = range(0, c)
    .reverse()
    .filter((x) => reading.role(x) !== 'change' && reading.role(x) !== 'percent');
  const [to, from] = before;
  if (to === undefined || from === undefined) return null;
  if (![from, to].every((x) => reading.role(x) === 'value' || reading.role(x) === 'total')) return null;
  return { from, to };
}

function checkChanges(reading: TableReading, out: StatisticsFinding[]): void {
  const { grid, headerRows } = reading;
  for (let c = 0; c < grid.columnCount; c++) {
    const operands = changeOperands(reading, c);
    if (!operands) continue;
    const { from, to } = operands;
    let forward = 0;
    let backward = 0;
    const fails: StatisticsFinding[] = [];
    for (let r = headerRows; r < grid.rowCount; r++) {
      const [a, b, f] = [reading.cell(r, from)?.number, reading.cell(r, to)?.number, reading.cell(r, c)?.number];
      if (!a || !b || !f) continue;
      const tolerance = roundingTolerance([a, b, f]);
      if (close(f.value, a.value - b.value, tolerance)) backward++;
      if (close(f.value, b.value - a.value, tolerance)) {
        forward++;
        continue;
      }
      fails.push({
        rule: 'change',
        row: r,
        column: c,
        rowLabel: reading.rowLabel(r),
        columnLabel: reading.columnLabel(c),
        detail: `ghi ${reading.cell(r, c)!.text}, nhưng lấy ${q(reading.leafLabel(to) || reading.columnLabel(to))} trừ ${q(reading.leafLabel(from) || reading.columnLabel(from))} được ${write(b.value - a.value, f)}. Hãy kiểm tra lại số liệu.`,
      });
    }
    // Written the other way round throughout (earlier minus later): a convention, not a mistake.
    if (backward > forward) continue;
    out.push(...fails);
  }
}

export interface Formula {
  /** How the expected value is obtained, in Vietnamese ("lấy “Thực hiện” chia “Kế hoạch” nhân 100"). */
  words: string;
  value: (row: number) => number | null;
}

function percentFormulas(reading: TableReading, p: number, totalOf: Map<number, number>): Formula[] {
  const label = (c: number) => q(reading.leafLabel(c) || reading.columnLabel(c));
  const numeric = range(0, p).filter((c) => ADDITIVE.has(reading.role(c)));
  const counts = numeric.slice(-3).reverse();
  const bases = numeric.filter((c) => reading.role(c) !== 'change');
  const at = (r: number, c: number) => reading.cell(r, c)?.number?.value ?? null;
  const formulas: Formula[] = [];
  for (const a of counts) {
    for (const b of bases) {
      if (a === b) continue;
      formulas.push({
        words: `lấy ${label(a)} chia ${label(b)} nhân 100`,
        value: (r) => {
          const [x, y] = [at(r, a), at(r, b)];
          return x === null || y === null || y === 0 ? null : (x / y) * 100;
        },
      });
    }
    const i = numeric.indexOf(a);
    const b = numeric[i - 1];
    if (b !== undefined && reading.role(a) !== 'change' && reading.role(b) !== 'change') {
      formulas.push({
        words: `lấy ${label(a)} trừ ${label(b)}, chia ${label(b)}, nhân 100`,
        value: (r) => {
          const [x, y] = [at(r, a), at(r, b)];
          return x === null || y === null || y === 0 ? null : ((x - y) / y) * 100;
        },
      });
    }
    if (totalOf.size > 0) {
      formulas.push({
        words: `lấy ${label(a)} chia số của dòng tổng nhân 100`,
        value: (r) => {
          const t = totalOf.get(r);
          const [x, y] = [at(r, a), t === undefined ? null : at(t, a)];
          return x === null || y === null || y === 0 ? null : (x / y) * 100;
        },
      });
    }
  }
  return formulas;
}

/** A percentage is right when it is the exact ratio rounded (or cut) to the decimals written. */
export function percentMatches(found: ViNumber, expected: number): boolean {
  const unit = lastPlaceUnit(found);
  if (close(found.value, expected, unit / 2)) return true;
  return close(found.value, Math.trunc(expected / unit) * unit, 0);
}

/** Each row's total row (a total row is its own), for percentages of the total. */
function totalOfRows(totals: readonly TotalRow[]): Map<number, number> {
  const totalOf = new Map<number, number>();
  for (const t of totals) {
    totalOf.set(t.row, t.row);
    for (const r of t.parts) if (!totalOf.has(r)) totalOf.set(r, t.row);
  }
  return totalOf;
}

/** The ways a percentage column may be computed from the other figures of its row (the compiled report reuses them). */
export function percentColumnFormulas(table: Table, column: number): Formula[] {
  const reading = readTable(table);
  return percentFormulas(reading, column, totalOfRows(totalRows(table, reading)));
}

function checkPercentages(reading: TableReading, totals: readonly TotalRow[], out: StatisticsFinding[]): void {
  const { grid, headerRows } = reading;
  const totalOf = totalOfRows(totals);
  for (let p = 0; p < grid.columnCount; p++) {
    if (reading.role(p) !== 'percent') continue;
    let best: { holds: number; fails: { row: number; found: ViNumber; expected: number }[]; formula: Formula } | null =
      null;
    for (const formula of percentFormulas(reading, p, totalOf)) {
      let holds = 0;
      const fails: { row: number; found: ViNumber; expected: number }[] = [];
      for (let r = headerRows; r < grid.rowCount; r++) {
        const found = reading.cell(r, p)?.number;
        const expected = found ? formula.value(r) : null;
        if (!found || expected === null) continue;
        if (percentMatches(found, expected)) holds++;
        else fails.push({ row: r, found, expected });
      }
      if (!best || holds > best.holds) best = { holds, fails, formula };
    }
    if (!best || best.holds < 2 || best.holds < 2 * best.fails.length) continue;
    for (const { row, found, expected } of best.fails) {
      out.push({
        rule: 'percent',
        row,
        column: p,
        rowLabel: reading.rowLabel(row),
        columnLabel: reading.columnLabel(p),
        detail: `ghi ${reading.cell(row, p)!.text}, nhưng ${best.formula.words} được ${write(expected, found)}. Hãy kiểm tra lại số liệu.`,
      });
    }
  }
}

/** Findings in reading order (row, then column). */
export function checkTableStatistics(table: Table): StatisticsFinding[] {
  const reading = readTable(table);
  if (reading.grid.rowCount <= reading.headerRows) return [];
  const out: StatisticsFinding[] = [];
  const totals = totalRows(table, reading);
  checkTotalRows(reading, totals, out);
  checkTotalColumns(table, reading, out);
  checkChanges(reading, out);
  checkPercentages(reading, totals, out);
  const seen = new Set<string>();
  return out
    .filter((f) => !seen.has(`${f.row}:${f.column}`) && Boolean(seen.add(`${f.row}:${f.column}`)))
    .sort((a, b) => a.row - b.row || a.column - b.column);
}
