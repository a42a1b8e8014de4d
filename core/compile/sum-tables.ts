/**
 * Adds up the same table from several units, cell by cell, the way the office would by hand: counts and totals
 * are summed and written back in the units' own style (decimals, "." grouping, "+"); a change column is
 * recomputed from the two summed columns it compares; a percentage column is recomputed by the formula every
 * unit's table follows (the statistics check's formulas), and left as "…" with a note for the clerk when no
 * formula holds in all of them. A figure that is never added up (averages, prices, indexes) is never averaged
 * either: it becomes "…" with a note. Columns are read by `readTable`, as the statistics check reads them.
 */
import { changeOperands, percentColumnFormulas, percentMatches } from '../check/table-statistics';
import type { TableReading } from '../check/table-reading';
import { readTableOnce } from './table-reading-cache';
import type { Table, TableCell } from '../model/report-schema';
import { formatViNumber, type ViNumber } from '../text/vi-number';

/** Written in a cell the clerk must fill in (the outline's own placeholder, which the checker flags). */
export const TO_FILL = '…';

/**
 * What makes two tables "the same table": grid size, column headings and row names. Captions may differ
 * ("Biểu 1" / "Bảng 1"), figures do.
 */
export function tableSignature(table: Table): string {
  const reading = readTableOnce(table);
  const { grid, headerRows } = reading;
  const columns = Array.from({ length: grid.columnCount }, (_, c) => reading.columnLabel(c).toLowerCase());
  const rows = Array.from({ length: grid.rowCount - headerRows }, (_, i) =>
    reading.rowLabel(headerRows + i).toLowerCase(),
  );
  return JSON.stringify([grid.rowCount, grid.columnCount, headerRows, columns, rows]);
}

export interface SummedTable {
  table: Table;
  /** One Vietnamese sentence per cell left for the clerk ("cột “Bình quân” … không cộng được"). */
  notes: string[];
  /** Body cells written from the sum. */
  summedCells: number;
}

const paragraphOf = (text: string): TableCell['paragraphs'] => [
  { type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] },
];

/**
 * The style of the sum: the most decimals any unit wrote, signed if any unit was; thousands grouped (SPEC §13.1)
 * unless a unit wrote a figure of four digits or more without grouping.
 */
function styleOf(numbers: readonly ViNumber[]): Omit<ViNumber, 'value'> {
  return {
    decimals: Math.max(0, ...numbers.map((n) => n.decimals)),
    grouped: numbers.some((n) => n.grouped) || !numbers.some((n) => !n.grouped && Math.abs(n.value) >= 1000),
    plus: numbers.some((n) => n.plus),
    percent: numbers.some((n) => n.percent),
  };
}

/** `tables` have the same signature (one per unit, in unit order); `tableName` names it in the notes. */
export function sumTables(tables: readonly Table[], tableName: string): SummedTable {
  const first = tables[0];
  if (!first) throw new Error('sumTables: no table');
  const readings = tables.map(readTableOnce);
  const base = readings[0]!;
  const { grid, headerRows } = base;
  const out: Table = JSON.parse(JSON.stringify(first)) as Table;
  const notes: string[] = [];
  const where = (r: number, c: number) => `${tableName}, dòng “${base.rowLabel(r)}”, cột “${base.columnLabel(c)}”`;
  const setText = (r: number, c: number, text: string) => {
    const placed = grid.owners[r]?.[c];
    if (!placed || placed.filler) return;
    const cell = out.rows[placed.row]?.cells[placed.index];
    if (cell) cell.paragraphs = paragraphOf(text);
  };
  // Sums first (value and total columns), then what is computed from them.
  const sums = new Map<string, number>();
  let summedCells = 0;
  for (let r = headerRows; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.columnCount; c++) {
      const role = base.role(c);
      const cells = readings.map((x) => x.cell(r, c));
      if (cells.some((x) => x === null)) continue;
      if (role === 'order') continue;
      const texts = cells.map((x) => x!.text);
      if (role === 'value' || role === 'total') {
        if (cells.every((x) => x!.blank)) continue;
        if (cells.every((x) => x!.blank || x!.number)) {
          const numbers = cells.flatMap((x) => (x!.number ? [x!.number] : []));
          const value = numbers.reduce((a, n) => a + n.value, 0);
          sums.set(`${r}:${c}`, value);
          setText(r, c, formatViNumber(value, styleOf(numbers)));
          summedCells++;
        } else if (texts.some((t) => t !== texts[0])) {
          setText(r, c, TO_FILL);
          notes.push(`${where(r, c)}: có đơn vị ghi chữ thay cho số nên không cộng được; hãy điền tay.`);
        }
      } else if (role === 'other') {
        if (texts.every((t) => t === texts[0])) continue;
        setText(r, c, TO_FILL);
        notes.push(
          `${where(r, c)}: số liệu loại bình quân, đơn giá, chỉ số… không cộng được và không lấy trung bình; hãy tính lại từ số liệu gốc.`,
        );
      }
    }
  }
  recomputeChanges(base, readings, sums, setText);
  recomputePercentages(tables, readings, out, setText, notes, where);
  return { table: out, notes, summedCells };
}

function recomputeChanges(
  base: TableReading,
  readings: readonly TableReading[],
  sums: Map<string, number>,
  setText: (r: number, c: number, text: string) => void,
): void {
  const { grid, headerRows } = base;
  for (let c = 0; c < grid.columnCount; c++) {
    const operands = changeOperands(base, c);
    if (!operands) continue;
    const { from, to } = operands;
    // The direction the units wrote it in (later minus earlier, or the other way round).
    let forward = 0;
    let backward = 0;
    for (const reading of readings) {
      for (let r = headerRows; r < grid.rowCount; r++) {
        const [a, b, f] = [from, to, c].map((x) => reading.cell(r, x)?.number?.value);
        if (a === undefined || b === undefined || f === undefined) continue;
        if (Math.abs(f - (b - a)) < 1e-9) forward++;
        else if (Math.abs(f - (a - b)) < 1e-9) backward++;
      }
    }
    for (let r = headerRows; r < grid.rowCount; r++) {
      const a = sums.get(`${r}:${from}`);
      const b = sums.get(`${r}:${to}`);
      if (a === undefined || b === undefined) continue;
      const numbers = readings.flatMap((x) => {
        const n = x.cell(r, c)?.number;
        return n ? [n] : [];
      });
      const value = backward > forward ? a - b : b - a;
      setText(r, c, formatViNumber(value, numbers.length > 0 ? styleOf(numbers) : undefined));
    }
  }
}

function recomputePercentages(
  tables: readonly Table[],
  readings: readonly TableReading[],
  out: Table,
  setText: (r: number, c: number, text: string) => void,
  notes: string[],
  where: (r: number, c: number) => string,
): void {
  const base = readings[0]!;
  const { grid, headerRows } = base;
  for (let p = 0; p < grid.columnCount; p++) {
    if (base.role(p) !== 'percent') continue;
    // A formula every unit's table follows in every row where it can be computed.
    const perTable = tables.map((table) => percentColumnFormulas(table, p));
    const held = perTable[0]
      ?.map((f) => f.words)
      .find((words) =>
        perTable.every((formulas, i) => {
          const reading = readings[i]!;
          const formula = formulas.find((f) => f.words === words);
          if (!formula) return false;
          let holds = 0;
          for (let r = headerRows; r < grid.rowCount; r++) {
            const found = reading.cell(r, p)?.number;
            const expected = found ? formula.value(r) : null;
            if (!found || expected === null) continue;
            if (!percentMatches(found, expected)) return false;
            holds++;
          }
          return holds > 0;
        }),
      );
    const formula = held === undefined ? undefined : percentColumnFormulas(out, p).find((f) => f.words === held);
    for (let r = headerRows; r < grid.rowCount; r++) {
      const cells = readings.map((x) => x.cell(r, p));
      if (cells.some((x) => x === null) || cells.every((x) => x!.blank)) continue;
      const expected = formula?.value(r) ?? null;
      const numbers = cells.flatMap((x) => (x!.number ? [x!.number] : []));
      if (expected !== null && numbers.length > 0) {
        setText(r, p, formatViNumber(expected, styleOf(numbers)));
      } else {
        setText(r, p, TO_FILL);
        notes.push(
          `${where(r, p)}: không rõ tỷ lệ này tính trên cơ số nào trong bảng nên không tính lại (không lấy trung bình); hãy tính tay.`,
        );
      }
    }
  }
}
