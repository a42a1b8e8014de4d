/**
 * The table nodes of the body editor: TipTap's table, row, cell and header cell with what the report model
 * keeps beside the grid — the table's caption ("Tên bảng"), unit line ("Đơn vị tính") and per-column settings,
 * a row's "Dòng tổng" flag and a cell's vertical alignment. Every attribute is also written to and read from
 * HTML, so a table copied inside the app pastes back with all of it.
 */
import { TableCell, TableHeader, TableRow, Table } from '@tiptap/extension-table';
import type { Attribute } from '@tiptap/core';
import { CELL_MIN_WIDTH } from './column-widths';
import { CaptionedTableView } from './table-view';

function vAlignFrom(el: HTMLElement): string | null {
  const v = (el.style.verticalAlign || el.getAttribute('valign') || '').trim().toLowerCase();
  if (v === 'middle' || v === 'center') return 'center';
  return v === 'top' || v === 'bottom' ? v : null;
}

const vAlignAttribute: Attribute = {
  default: null,
  parseHTML: vAlignFrom,
  renderHTML: (attrs) => {
    const v = attrs['vAlign'];
    return v === 'top' || v === 'bottom'
      ? { style: `vertical-align: ${v}` }
      : v === 'center'
        ? { style: 'vertical-align: middle' }
        : {};
  },
};

function textAttribute(name: string): Attribute {
  return {
    default: null,
    parseHTML: (el) => el.getAttribute(`data-${name}`),
    renderHTML: (attrs) =>
      typeof attrs[name] === 'string' && attrs[name] ? { [`data-${name}`]: attrs[name] as string } : {},
  };
}

export const ReportTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: textAttribute('caption'),
      unit: textAttribute('unit'),
      /** The model's `columns` (alignment, total flag, relative width) as they were loaded or set; see column-widths.ts. */
      columns: {
        default: null,
        parseHTML: (el) => {
          try {
            const value: unknown = JSON.parse(el.getAttribute('data-columns') ?? 'null');
            return Array.isArray(value) ? value : null;
          } catch {
            return null;
          }
        },
        renderHTML: (attrs) =>
          Array.isArray(attrs['columns']) ? { 'data-columns': JSON.stringify(attrs['columns']) } : {},
      },
    };
  },
  // TipTap's own view factory does not pass `getPos`, which the caption fields need to write their attribute.
  addNodeView() {
    return ({ node, view, getPos }) => new CaptionedTableView(node, CELL_MIN_WIDTH, view, getPos);
  },
}).configure({ resizable: true, cellMinWidth: CELL_MIN_WIDTH, lastColumnResizable: false });

export const ReportTableRow = TableRow.extend({
  addAttributes() {
    return {
      total: {
        default: false,
        parseHTML: (el) => el.hasAttribute('data-total'),
        renderHTML: (attrs) => (attrs['total'] ? { 'data-total': '' } : {}),
      },
    };
  },
});

export const ReportTableCell = TableCell.extend({
  addAttributes() {
    return { ...this.parent?.(), vAlign: vAlignAttribute };
  },
});

export const ReportTableHeader = TableHeader.extend({
  addAttributes() {
    return { ...this.parent?.(), vAlign: vAlignAttribute };
  },
});
