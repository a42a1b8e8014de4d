/** Borders switched off, for the layout tables of the header and the closing block. */
import { BorderStyle, type ITableBordersOptions, type ITableCellBorders } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

export const NO_TABLE_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

export const NO_CELL_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

export const ZERO_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const;
