/**
 * A table in the body or an appendix (SPEC §7): single borders, explicit DXA widths (the stored relative widths
 * scaled to the text width of the page it sits on), merged cells placed by `tableGrid`, header rows bold, centred
 * and repeated on each page, total rows bold, numbers right-aligned unless the user aligned them, no row split
 * across pages, and the caption and unit line above it kept on the page of its first rows.
 * This decides widths, spans, alignment and run formats; table-xml.ts writes them.
 */
import type { Footnote, HorizontalAlign, Table as TableModel, TableCell, VerticalAlign } from '../model/report-schema';
import { inlineText } from '../model/report-text';
import { columnFractions, setAlignment, tableGrid, type PlacedCell } from '../model/table-grid';
import type { RuleSet, RunStyle } from '../rules/rule-set-schema';
import { groupThousandsInText, isViNumber } from '../text/vi-number';
import type { ParagraphFormat } from './paragraph-xml';
import { styledText } from './run-style';
import type { RunFormat } from './run-xml';
import { ptToEighths, ptToHalfPoints, ptToTwips } from './units';

/** A ratio ("4/4") counts as a number for alignment, as version-1 drafts printed it. */
const RATIO = /^\d+\s?\/\s?\d+$/;

export type CellRun =
  | { kind: 'text'; text: string; format: RunFormat }
  | { kind: 'break'; format: RunFormat }
  | { kind: 'footnote'; footnote: Footnote };

export interface CellLayout {
  /** Twips: the sum of the columns the cell spans. */
  width: number;
  /** Grid columns spanned (w:gridSpan). */
  span: number;
  /** Merged down: the first row of the merge restarts it, the rows below continue it (and hold an empty paragraph). */
  vMerge?: 'restart' | 'continue';
  vAlign?: VerticalAlign;
  paragraph: ParagraphFormat;
  /** Per paragraph of the cell, its runs. */
  paragraphs: CellRun[][];
}

export interface RowLayout {
  /** Repeated at the top of every page the table runs onto (w:tblHeader). */
  header: boolean;
  cells: CellLayout[];
}

/** A line above the table: the caption or the unit line. */
export interface TableLine {
  paragraph: ParagraphFormat;
  format: RunFormat;
  text: string;
}

export interface TableLayout {
  columnWidths: number[];
  /** Border width in eighths of a point. */
  borderSize: number;
  /** "Biểu 1: …" then "Đơn vị tính: …", each kept with what follows. */
  lines: TableLine[];
  rows: RowLayout[];
}

/** 2 mm: a column narrower than this (a stray width of 0.01 next to 1000) could not show a single digit. */
const MIN_COLUMN_TWIPS = 113;

/** Shares of the width with every column at least MIN_COLUMN_TWIPS wide, the others scaled down to make room. */
function atLeastMinimum(fractions: readonly number[], total: number): number[] {
  const min = Math.min(MIN_COLUMN_TWIPS / total, 1 / fractions.length);
  let shares = [...fractions];
  // Each pass pins at least one more column to the minimum, so this ends within `columns` passes.
  for (let pass = 0; pass < fractions.length; pass++) {
    const pinned = shares.map((f) => f <= min);
    const free = shares.reduce((sum, f, i) => (pinned[i] ? sum : sum + f), 0);
    const room = 1 - min * pinned.filter(Boolean).length;
    const next = shares.map((f, i) => (pinned[i] ? min : (f * room) / free));
    if (next.every((f, i) => Math.abs(f - shares[i]!) < 1e-12)) break;
    shares = next;
  }
  return shares;
}

/** Twips per column: equal shares as version 1 wrote them, else the stored proportions, summing to `total` exactly. */
function columnWidths(table: TableModel, columns: number, total: number): number[] {
  if (!table.columns?.some((c) => c.width !== undefined)) {
    const each = Math.floor(total / columns);
    return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? total - each * (columns - 1) : each));
  }
  const shares = atLeastMinimum(columnFractions(table, columns), total);
  // Rounding the running sum, not each column, keeps the total exact and every column within a twip of its share.
  let sum = 0;
  let previous = 0;
  return shares.map((share, i) => {
    sum += share;
    const edge = i === columns - 1 ? total : Math.round(sum * total);
    const width = edge - previous;
    previous = edge;
    return width;
  });
}

function cellText(cell: TableCell): string {
  return cell.paragraphs
    .map((p) => inlineText(p.content))
    .join(' ')
    .trim();
}

/** The user's alignment, else centred in the header, right for a number, left for text. */
function cellAlignment(table: TableModel, placed: PlacedCell, header: boolean): HorizontalAlign {
  const set = setAlignment(table, placed);
  if (set) return set;
  if (header) return 'center';
  const text = cellText(placed.cell);
  return text !== '' && (isViNumber(text) || RATIO.test(text)) ? 'right' : 'left';
}

function lineFormat(style: RunStyle): RunFormat {
  return { size: ptToHalfPoints(style.size), bold: style.bold, italic: style.italic, underline: style.underline };
}

function tableLines(table: TableModel, ruleSet: RuleSet): TableLine[] {
  const t = ruleSet.table;
  const lines: { text: string; style: RunStyle; alignment: 'center' | 'right' }[] = [
    ...(table.caption?.trim()
      ? [{ text: table.caption.trim(), style: t.captionStyle, alignment: 'center' as const }]
      : []),
    ...(table.unit?.trim() ? [{ text: table.unit.trim(), style: t.unitStyle, alignment: 'right' as const }] : []),
  ];
  return lines.map((line, i) => ({
    // keepNext chains the caption to the unit line and the unit line to the table's first row.
    paragraph: {
      alignment: line.alignment,
      keepNext: true,
      keepLines: true,
      spacing: { before: i === 0 ? ptToTwips(t.captionSpaceBeforePt) : 0, after: 0 },
    },
    format: lineFormat(line.style),
    text: styledText(line.text, line.style),
  }));
}

/**
 * @param keepWithNext the table ends the body: its last row stays with the closing block.
 * @param textWidthTwips width between the margins of the page the table is on (portrait or landscape).
 */
export function tableLayout(
  table: TableModel,
  ruleSet: RuleSet,
  keepWithNext: boolean,
  textWidthTwips: number,
): TableLayout {
  const grid = tableGrid(table);
  const widths = columnWidths(table, grid.columnCount, textWidthTwips);
  const size = ptToHalfPoints(ruleSet.table.size);
  const spanWidth = (placed: PlacedCell) =>
    widths.slice(placed.column, placed.column + placed.colSpan).reduce((a, b) => a + b, 0);

  const rows = table.rows.map((_, r): RowLayout => {
    const header = r < table.headerRows;
    // The header rows stay with the first data row, so a page never ends on a header alone.
    const keepNext = (header && r < table.rows.length - 1) || (keepWithNext && r === table.rows.length - 1);
    const cells: CellLayout[] = [];
    for (let c = 0; c < grid.columnCount;) {
      const placed = grid.owners[r]![c]!;
      c += placed.colSpan;
      const ownerHeader = placed.row < table.headerRows;
      const bold = ownerHeader || table.rows[placed.row]!.total === true;
      const alignment = cellAlignment(table, placed, ownerHeader);
      const vAlign = placed.cell.vAlign ?? (ownerHeader || placed.rowSpan > 1 ? 'center' : undefined);
      const paragraph: ParagraphFormat = keepNext
        ? { alignment, spacing: { before: 0, after: 0 }, keepNext: true }
        : { alignment, spacing: { before: 0, after: 0 } };
      const common = { width: spanWidth(placed), span: placed.colSpan, ...(vAlign ? { vAlign } : {}), paragraph };
      if (placed.row < r) {
        cells.push({ ...common, vMerge: 'continue', paragraphs: [[]] });
        continue;
      }
      cells.push({
        ...common,
        ...(placed.rowSpan > 1 ? { vMerge: 'restart' as const } : {}),
        paragraphs: placed.cell.paragraphs.map((p) =>
          p.content.map((inline): CellRun => {
            if (inline.type === 'footnote') return { kind: 'footnote', footnote: inline };
            if (inline.type === 'break') return { kind: 'break', format: { size } };
            return {
              kind: 'text',
              text: groupThousandsInText(inline.text),
              format: { size, bold: inline.bold || bold, italic: inline.italic, underline: inline.underline },
            };
          }),
        ),
      });
    }
    return { header, cells };
  });

  return {
    columnWidths: widths,
    borderSize: ptToEighths(ruleSet.table.borderPt),
    lines: tableLines(table, ruleSet),
    rows,
  };
}
