/** A problem the pre-export check found: what is wrong, how serious, and where the clerk fixes it. */
import type { TablePlace } from './report-tables';

/** A cell of a table: the block list holding the table, the table's place in it, and the grid position. */
export interface TableCellTarget {
  kind: 'table-cell';
  place: TablePlace;
  blockIndex: number;
  /** 0-based number of the table among the tables of its block list. */
  tableIndex: number;
  row: number;
  column: number;
}

export interface Problem {
  id: string;
  severity: 'error' | 'warning';
  /** A Vietnamese sentence: what is wrong and what to do. */
  message: string;
  stepKey: string;
  /** Where in the step, when the problem sits in one spot of a body text (a table cell). */
  target?: TableCellTarget;
}
