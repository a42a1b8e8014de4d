/**
 * Whatever cells, spans and widths a table holds (a paste, an old draft, a hostile file), the layout Word reads
 * is a rectangle: every row covers the grid exactly, each merge continues right below where it restarts with
 * the same span, and the columns add up to the text width, none narrower than 2 mm.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Table, TableCell } from '../model/report-schema';
import { getRuleSet } from '../rules/rule-sets';
import { tableLayout } from './table-layout';

const HD36 = getRuleSet('hd36-2018');

const cell: fc.Arbitrary<TableCell> = fc.record(
  {
    paragraphs: fc.constant([{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x' }] }]),
    colSpan: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    rowSpan: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  },
  { requiredKeys: ['paragraphs'] },
);

const table: fc.Arbitrary<Table> = fc.record({
  type: fc.constant('table' as const),
  headerRows: fc.integer({ min: 0, max: 3 }),
  columns: fc.option(
    fc.array(
      fc.record(
        { width: fc.option(fc.double({ min: 0.01, max: 1000, noNaN: true }), { nil: undefined }) },
        { requiredKeys: [] },
      ),
      { maxLength: 8 },
    ),
    { nil: undefined },
  ),
  rows: fc.array(fc.record({ cells: fc.array(cell, { maxLength: 6 }) }), { minLength: 1, maxLength: 8 }),
});

describe('table layout of any table', () => {
  it('is a rectangle of cells whose merges line up and whose columns fill the text width', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2000, max: 20000 }), (t, width) => {
        const layout = tableLayout(t, HD36, false, width);
        const columns = layout.columnWidths.length;
        expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBe(width);
        // No column too narrow for a digit (2 mm), whatever the stored proportions.
        expect(Math.min(...layout.columnWidths)).toBeGreaterThanOrEqual(Math.min(112, Math.floor(width / columns) - 1));
        expect(layout.rows).toHaveLength(t.rows.length);
        // Per grid column: the merge state of the row above.
        let above: ({ vMerge?: string; span: number; start: number } | undefined)[] = [];
        for (const row of layout.rows) {
          let column = 0;
          const here: typeof above = [];
          for (const c of row.cells) {
            expect(c.width).toBe(layout.columnWidths.slice(column, column + c.span).reduce((a, b) => a + b, 0));
            if (c.vMerge === 'continue') {
              const prev = above[column];
              expect(prev?.vMerge === 'restart' || prev?.vMerge === 'continue').toBe(true);
              expect(prev?.span).toBe(c.span);
              expect(prev?.start).toBe(column);
            }
            for (let k = 0; k < c.span; k++)
              here[column + k] = { ...(c.vMerge ? { vMerge: c.vMerge } : {}), span: c.span, start: column };
            column += c.span;
          }
          expect(column).toBe(columns);
          above = here;
        }
      }),
      { numRuns: 300 },
    );
  });
});
