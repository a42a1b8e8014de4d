/**
 * Column widths between the model and the editor. The model keeps relative widths (any unit; the writer
 * scales them to the page), TipTap keeps pixels per cell (`colwidth`). A loaded table shows its proportions at
 * EDITOR_TABLE_PX; reading it back gives the stored widths unchanged as long as the pixels are still the ones
 * they were shown at, so opening and saving a draft never rounds a width. Once the clerk drags a border the
 * pixels are the widths. A table with no width set stays without widths (equal columns) until then.
 */
import { columnFractions } from '../../../core/model/table-grid';
import { tableColumnSchema, type TableColumn } from '../../../core/model/report-schema';

export const EDITOR_TABLE_PX = 600;
/** Narrowest column the editor draws or lets the clerk drag to. */
export const CELL_MIN_WIDTH = 40;

/** The pixels the editor shows for the model's columns; null for a column without a width. */
export function columnPixels(columns: readonly TableColumn[] | undefined, count: number): (number | null)[] {
  if (!columns?.some((c) => c.width !== undefined)) return Array.from({ length: count }, () => null);
  const fractions = columnFractions({ columns: [...columns] }, count);
  return fractions.map((f, i) =>
    columns[i]?.width === undefined ? null : Math.max(CELL_MIN_WIDTH, Math.round(f * EDITOR_TABLE_PX)),
  );
}

/** Column settings kept on the table node, re-validated: the attribute may come from pasted HTML. */
export function storedColumns(value: unknown): TableColumn[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => {
    const parsed = tableColumnSchema.safeParse(item);
    return parsed.success ? parsed.data : {};
  });
}

function isEmptyColumn(c: TableColumn): boolean {
  return c.width === undefined && c.align === undefined && c.total === undefined;
}

/**
 * The model's `columns` for a table of `pixels.length` grid columns: alignment and total flags as stored,
 * widths as stored while the editor still shows them as loaded, else the pixel widths. Trailing columns
 * with nothing set are left out, and no `columns` at all when nothing is set.
 */
export function columnsFromPixels(
  stored: readonly TableColumn[] | undefined,
  pixels: readonly (number | null)[],
): TableColumn[] | undefined {
  const shown = columnPixels(stored, pixels.length);
  const unchanged = stored !== undefined && pixels.every((p, i) => p === shown[i]);
  const columns = pixels.map((px, i): TableColumn => {
    const old = stored?.[i];
    const column: TableColumn = {};
    const width = unchanged ? old?.width : (px ?? undefined);
    if (width !== undefined) column.width = width;
    if (old?.align !== undefined) column.align = old.align;
    if (old?.total !== undefined) column.total = old.total;
    return column;
  });
  while (columns.length && isEmptyColumn(columns[columns.length - 1]!)) columns.pop();
  return columns.length ? columns : undefined;
}
