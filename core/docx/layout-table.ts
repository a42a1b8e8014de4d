/**
 * A borderless table used for layout (header block, closing block): fixed layout and explicit DXA widths on
 * the table, its grid and every cell, because Word and LibreOffice otherwise size columns to their content.
 */
import { Table, TableCell, TableLayoutType, TableRow, WidthType, type Paragraph } from 'docx';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS, ZERO_CELL_MARGINS } from './borderless';

export function layoutTable(
  columnWidths: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
  rowOptions: { cantSplit?: boolean } = {},
): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    margins: ZERO_CELL_MARGINS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          ...(rowOptions.cantSplit ? { cantSplit: true } : {}),
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                margins: ZERO_CELL_MARGINS,
                children: [...children],
              }),
          ),
        }),
    ),
  });
}
