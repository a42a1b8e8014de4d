/**
 * The per-unit breakdown offered as a Phụ lục beside a summed table: for each row of figures of the original
 * (total rows aside), a table with the same header, one row per unit with its own figures and a "Cộng" row with
 * the sum, so the statistics check can verify the sum and the higher office can see who contributed what.
 */
import type { TableReading } from '../check/table-reading';
import { readTableOnce } from './table-reading-cache';
import type { Block, Table, TableRow } from '../model/report-schema';

const TOTAL_LABEL = /^(?:tổng cộng|cộng|tổng số|tổng|toàn )/iu;

const cell = (text: string, bold = false): TableRow['cells'][number] => ({
  paragraphs: [{ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text, ...(bold ? { bold } : {}) }] }],
});

/**
 * `tables` are the units' tables (same signature), `units` their display names, `summed` their sum. Returns the
 * blocks of the breakdown: one captioned table per row of figures.
 */
export function unitBreakdown(
  tables: readonly Table[],
  units: readonly string[],
  summed: Table,
  name: string,
): Block[] {
  const base = readTableOnce(summed);
  const readings = tables.map(readTableOnce);
  const { grid, headerRows } = base;
  if (grid.columnCount > 20 || tables.length + headerRows + 1 > 500) return [];
  const labelColumn = findLabelColumn(base);
  const header = summed.rows.slice(0, headerRows);
  const blocks: Block[] = [];
  for (let r = headerRows; r < grid.rowCount; r++) {
    const label = base.rowLabel(r);
    if (summed.rows[r]?.total || TOTAL_LABEL.test(label)) continue;
    if (!Array.from({ length: grid.columnCount }, (_, c) => base.cell(r, c)?.number).some(Boolean)) continue;
    const rowOf = (texts: (c: number) => string, bold: boolean, order: string): TableRow => ({
      cells: Array.from({ length: grid.columnCount }, (_, c) =>
        base.role(c) === 'order' ? cell(order) : cell(texts(c), bold),
      ),
      ...(bold ? { total: true } : {}),
    });
    const body = readings.map((reading, u) =>
      rowOf((c) => (c === labelColumn ? units[u]! : (reading.cell(r, c)?.text ?? '')), false, String(u + 1)),
    );
    body.push(rowOf((c) => (c === labelColumn ? 'Cộng' : (base.cell(r, c)?.text ?? '')), true, ''));
    blocks.push({
      type: 'table',
      headerRows,
      ...(summed.columns === undefined ? {} : { columns: summed.columns }),
      caption: `${name}: ${label} — chi tiết theo đơn vị`.slice(0, 500),
      ...(summed.unit === undefined ? {} : { unit: summed.unit }),
      rows: [...JSON.parse(JSON.stringify(header)), ...body] as TableRow[],
    });
  }
  return blocks;
}

/** The column that names the rows (the first one that is not a row number). */
function findLabelColumn(reading: TableReading): number {
  for (let c = 0; c < reading.grid.columnCount; c++) if (reading.role(c) !== 'order') return c;
  return 0;
}
