import { describe, expect, it } from 'vitest';
import { getSchema, type JSONContent } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { tableGrid } from '../../../core/model/table-grid';
import { bodyExtensions } from './editor-extensions';
import { tableCellPosition } from './select-table-cell';
import { buildTable, partyMembersTable } from '../../../test-support/statistics-tables';
import type { Table } from '../../../core/model/report-schema';

const schema = getSchema(bodyExtensions(() => undefined));

/** The table as the editor holds it, spans included (what the table tools write). */
function tableNode(table: Table): JSONContent {
  return {
    type: 'table',
    content: table.rows.map((row, r) => ({
      type: 'tableRow',
      content: row.cells.map((cell) => ({
        type: r < table.headerRows ? 'tableHeader' : 'tableCell',
        attrs: { colspan: cell.colSpan ?? 1, rowspan: cell.rowSpan ?? 1, colwidth: null },
        content: cell.paragraphs.map((p) => ({
          type: 'paragraph',
          content: p.content.flatMap((i) => (i.type === 'text' && i.text ? [{ type: 'text', text: i.text }] : [])),
        })),
      })),
    })),
  };
}

function docOf(tables: Table[]): PmNode {
  return PmNode.fromJSON(schema, {
    type: 'doc',
    content: tables.flatMap((t) => [
      { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn văn.' }] },
      tableNode(t),
    ]),
  });
}

describe('tableCellPosition', () => {
  it('finds every grid position of a table with a merged two-row header, as tableGrid places it', () => {
    const table = partyMembersTable();
    const doc = docOf([
      buildTable(1, [
        ['a', 'b'],
        ['1', '2'],
      ]),
      table,
    ]);
    let tablePos = -1;
    let seen = 0;
    doc.forEach((node, offset) => {
      if (node.type.name === 'table' && seen++ === 1) tablePos = offset;
    });
    const grid = tableGrid(table);
    for (let r = 0; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.columnCount; c++) {
        const pos = tableCellPosition(doc.nodeAt(tablePos)!, tablePos, r, c);
        const owner = grid.owners[r]![c]!;
        const expected = owner.cell.paragraphs
          .map((p) => p.content.map((i) => (i.type === 'text' ? i.text : '')).join(''))
          .join('');
        expect(doc.nodeAt(pos!)?.textContent, `${r},${c}`).toBe(expected);
      }
    }
    expect(doc.nodeAt(tableCellPosition(doc.nodeAt(tablePos)!, tablePos, 8, 2)!)?.textContent).toBe('112');
  });

  it('says null for a position outside the table', () => {
    const doc = docOf([
      buildTable(1, [
        ['a', 'b'],
        ['1', '2'],
      ]),
    ]);
    const pos = doc.child(0).nodeSize;
    expect(tableCellPosition(doc.nodeAt(pos)!, pos, 5, 0)).toBeNull();
    expect(tableCellPosition(doc.nodeAt(pos)!, pos, 0, 7)).toBeNull();
  });
});
