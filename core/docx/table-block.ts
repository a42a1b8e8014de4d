/**
 * A simple table in the body (SPEC §7): single borders, explicit DXA widths (equal columns across the text
 * width), header rows bold, centred and repeated on each page, thousands grouped with "." and numbers
 * right-aligned.
 */
import { AlignmentType, BorderStyle, Table, TableLayoutType, TableRow, WidthType, type Paragraph } from 'docx';
import type { Table as TableModel } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { groupThousandsInText } from '../text/vi-number';
import { pageGeometry } from './page-setup';
import { SharedFormatCell, SharedFormatParagraph, sharedTextRuns, type SharedProperties } from './shared-properties';
import { emphasisFormat } from './text-runs';
import { ptToEighths, ptToHalfPoints } from './units';

/** A cell that holds only a number, a ratio or a percentage ("2.731", "4/4", "87,3%") is right-aligned. */
const NUMERIC_CELL = /^[\d.,/%\s+-]+$/;

function columnWidths(columns: number, total: number): number[] {
  const each = Math.floor(total / columns);
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? total - each * (columns - 1) : each));
}

export function tableBlock(table: TableModel, ruleSet: RuleSet, options: { keepWithNext?: boolean; shared: SharedProperties }): Table {
  const { shared } = options;
  const columns = Math.max(...table.rows.map((r) => r.cells.length));
  const widths = columnWidths(columns, pageGeometry(ruleSet).textWidthTwips);
  const size = ptToHalfPoints(ruleSet.table.size);
  const border = { style: BorderStyle.SINGLE, size: ptToEighths(ruleSet.table.borderPt), color: 'auto' } as const;

  const rows = table.rows.map((row, r) => {
    const isHeader = r < table.headerRows;
    const isLast = r === table.rows.length - 1;
    let column = 0;
    const cells = row.cells.map((cell, c) => {
      // A short row lets its last cell span the remaining columns, so the grid stays rectangular.
      const span = c === row.cells.length - 1 ? columns - column : 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const text = cell.paragraphs.map((p) => p.content.map((run) => run.text).join('')).join(' ').trim();
      const alignment = isHeader ? AlignmentType.CENTER : NUMERIC_CELL.test(text) && text !== '' ? AlignmentType.RIGHT : AlignmentType.LEFT;
      const format = { width: { size: width, type: WidthType.DXA }, ...(span > 1 ? { columnSpan: span } : {}) };
      const paragraphFormat = { alignment, spacing: { before: 0, after: 0 }, ...(isLast && options.keepWithNext ? { keepNext: true } : {}) };
      const children = cell.paragraphs.map(
        (p) =>
          new SharedFormatParagraph(
            shared,
            paragraphFormat,
            p.content.flatMap((run) =>
              sharedTextRuns(groupThousandsInText(run.text), { size, ...emphasisFormat({ ...run, bold: run.bold || isHeader }) }, shared),
            ),
          ),
      );
      // docx types a cell's children as its own Paragraph, but only needs w:p components: it checks the element name.
      return new SharedFormatCell(shared, format, children as unknown as Paragraph[]);
    });
    return new TableRow({ ...(isHeader ? { tableHeader: true, cantSplit: true } : {}), children: cells });
  });

  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows,
  });
}
