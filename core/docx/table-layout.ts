/**
 * A simple table in the body (SPEC §7): single borders, explicit DXA widths (equal columns across the text width),
 * header rows bold, centred and repeated on each page, thousands grouped with "." and numbers right-aligned.
 * This decides widths, spans, alignment and run formats; table-xml.ts writes them.
 */
import type { Table as TableModel } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { inlineText } from '../model/report-text';
import { groupThousandsInText } from '../text/vi-number';
import { pageGeometry } from './page-setup';
import type { ParagraphFormat } from './paragraph-xml';
import type { RunFormat } from './run-xml';
import { ptToEighths, ptToHalfPoints } from './units';

/** A cell that holds only a number, a ratio or a percentage ("2.731", "4/4", "87,3%") is right-aligned. */
const NUMERIC_CELL = /^[\d.,/%\s+-]+$/;

export interface CellLayout {
  /** Twips: the sum of the columns the cell spans. */
  width: number;
  /** Columns spanned (1 unless it is the last cell of a short row). */
  span: number;
  paragraph: ParagraphFormat;
  /** Per paragraph of the cell, its runs. */
  paragraphs: { text: string; format: RunFormat }[][];
}

export interface TableLayout {
  columnWidths: number[];
  /** Border width in eighths of a point. */
  borderSize: number;
  rows: { header: boolean; cells: CellLayout[] }[];
}

function columnWidths(columns: number, total: number): number[] {
  const each = Math.floor(total / columns);
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? total - each * (columns - 1) : each));
}

/** @param keepWithNext the table ends the body: its last row stays with the closing block. */
export function tableLayout(table: TableModel, ruleSet: RuleSet, keepWithNext: boolean): TableLayout {
  const columns = Math.max(...table.rows.map((r) => r.cells.length));
  const widths = columnWidths(columns, pageGeometry(ruleSet).textWidthTwips);
  const size = ptToHalfPoints(ruleSet.table.size);

  const rows = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    const last = r === table.rows.length - 1;
    let column = 0;
    const cells = row.cells.map((cell, c): CellLayout => {
      // A short row lets its last cell span the remaining columns, so the grid stays rectangular.
      const span = c === row.cells.length - 1 ? columns - column : 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const text = cell.paragraphs.map((p) => inlineText(p.content)).join(' ').trim();
      const alignment = header ? 'center' : NUMERIC_CELL.test(text) && text !== '' ? 'right' : 'left';
      return {
        width,
        span,
        paragraph: last && keepWithNext ? { alignment, spacing: { before: 0, after: 0 }, keepNext: true } : { alignment, spacing: { before: 0, after: 0 } },
        paragraphs: cell.paragraphs.map((p) =>
          p.content.flatMap((run) =>
            run.type === 'text'
              ? [{ text: groupThousandsInText(run.text), format: { size, bold: run.bold || header, italic: run.italic, underline: run.underline } }]
              : run.type === 'break'
                ? [{ text: '\n', format: { size } }]
                : [],
          ),
        ),
      };
    });
    return { header, cells };
  });

  return { columnWidths: widths, borderSize: ptToEighths(ruleSet.table.borderPt), rows };
}
