/**
 * The statistics check of the pre-export checker: every table of the report (body and appendices) read by
 * `checkTableStatistics`, each finding a warning — the figures may be right for a reason the table does not
 * show — that names the table, the row and the column and leads to the cell.
 */
import { reportTables, type LocatedTable, type TablePlace } from './report-tables';
import { checkTableStatistics } from './table-statistics';
import type { Problem } from './problem';
import type { Report } from '../model/report-schema';

/**
 * The wizard step showing the block list. Appendices have no step of their own yet: their problems open the
 * review step, whose page preview shows the appendix.
 */
export function stepOfPlace(place: TablePlace): string {
  switch (place.kind) {
    case 'opening':
      return 'general';
    case 'closing':
      return 'closing';
    case 'section':
      return `chapter:${place.chapterId}`;
    case 'appendix':
      return 'appendices';
  }
}

function placeKey(place: TablePlace): string {
  switch (place.kind) {
    case 'opening':
    case 'closing':
      return place.kind;
    case 'section':
      return place.sectionId;
    case 'appendix':
      return `appendix-${place.appendixId}`;
  }
}

export function tableName(located: Pick<LocatedTable, 'table' | 'tableIndex' | 'placeName'>): string {
  const caption = located.table.caption?.trim();
  return caption ? `Bảng “${caption}”` : `Bảng ${located.tableIndex + 1} trong ${located.placeName}`;
}

export function checkStatistics(report: Report): Problem[] {
  return reportTables(report).flatMap((located) =>
    checkTableStatistics(located.table).map((f): Problem => ({
      id: `stat-${f.rule}-${placeKey(located.place)}-${located.blockIndex}-${f.row}-${f.column}`,
      severity: 'warning',
      message: `${tableName(located)}, dòng “${f.rowLabel}”, cột “${f.columnLabel}”: ${f.detail}`,
      stepKey: stepOfPlace(located.place),
      target: {
        kind: 'table-cell',
        place: located.place,
        blockIndex: located.blockIndex,
        tableIndex: located.tableIndex,
        row: f.row,
        column: f.column,
      },
    })),
  );
}
