/**
 * Body text shown as it looks in its editor (same `.doc-editor` styles, paragraph kinds, marks, footnote
 * numbers and tables), drawn straight from the model with plain elements: no ProseMirror, no MUI. Used by
 * deferred-rich-text.tsx until the real editor is mounted.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Block, Inline, CellParagraph, Table, TextRun } from '../../../core/model/report-schema';
import { tableGrid } from '../../../core/model/table-grid';
import { isViNumber } from '../../../core/text/vi-number';
import { inlineText } from '../../../core/model/report-text';
import { CELL_MIN_WIDTH, columnPixels } from '../editor/column-widths';
import { TABLE_FIELDS } from '../editor/table-field-labels';

/** What ProseMirror's own stylesheet sets on an editor, so lines wrap in the same places. */
const PROSEMIRROR_LIKE: CSSProperties = {
  position: 'relative',
  wordWrap: 'break-word',
  whiteSpace: 'break-spaces',
  fontVariantLigatures: 'none',
  fontFeatureSettings: '"liga" 0',
};

function run(r: TextRun, key: number): ReactNode {
  // Same nesting as TipTap's marks (bold outside italic outside underline).
  let node: ReactNode = r.text;
  if (r.underline) node = <u>{node}</u>;
  if (r.italic) node = <em>{node}</em>;
  if (r.bold) node = <strong>{node}</strong>;
  return <span key={key}>{node}</span>;
}

function inlines(content: readonly Inline[], nextFootnote: () => number): ReactNode[] {
  return content.map((inline, i) =>
    inline.type === 'footnote' ? (
      <sup key={i} className="footnote-ref" data-footnote="">
        {nextFootnote()}
      </sup>
    ) : inline.type === 'break' ? (
      <br key={i} />
    ) : (
      run(inline, i)
    ),
  );
}

function cellParagraph(p: CellParagraph, key: number, nextFootnote: () => number): ReactNode {
  return <p key={key}>{inlines(p.content, nextFootnote)}</p>;
}

function block(b: Block, key: number, nextFootnote: () => number): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return <p key={key}>{inlines(b.content, nextFootnote)}</p>;
    case 'dash':
      return (
        <p key={key} data-kind="dash" data-level={b.level === 2 ? '2' : undefined}>
          {inlines(b.content, nextFootnote)}
        </p>
      );
    case 'numbered':
      return (
        <p key={key} data-kind="numbered">
          {inlines(b.content, nextFootnote)}
        </p>
      );
    case 'table':
      return staticTable(b, key, nextFootnote);
  }
}

/** As the editor's table view draws it: caption and unit fields, column widths, spans, alignment, number cells. */
function staticTable(b: Table, key: number, nextFootnote: () => number): ReactNode {
  const grid = tableGrid(b);
  const pixels = columnPixels(b.columns, grid.columnCount);
  const total = pixels.reduce<number>((a, w) => a + (w ?? CELL_MIN_WIDTH), 0);
  const fixed = pixels.every((w) => w !== null);
  return (
    <div key={key} className="tableWrapper">
      <div className="table-fields">
        {TABLE_FIELDS.map((f) => (
          <input
            key={f.attr}
            className={`table-field table-field-${f.attr}`}
            readOnly
            tabIndex={-1}
            aria-hidden
            value={b[f.attr] ?? ''}
            placeholder={f.placeholder}
          />
        ))}
      </div>
      <table style={fixed ? { width: total } : { minWidth: total }}>
        <colgroup>
          {pixels.map((w, i) => (
            <col key={i} style={w === null ? { minWidth: CELL_MIN_WIDTH } : { width: w }} />
          ))}
        </colgroup>
        <tbody>
          {b.rows.map((row, r) => (
            <tr key={r} data-total={row.total ? '' : undefined}>
              {grid.cells
                .filter((p) => p.row === r)
                .map((placed) => {
                  const { cell } = placed;
                  const Cell = r < b.headerRows ? 'th' : 'td';
                  const number =
                    Cell === 'td' &&
                    !cell.align &&
                    isViNumber(cell.paragraphs.map((p) => inlineText(p.content)).join(''));
                  const style: CSSProperties = {};
                  if (cell.align) style.textAlign = cell.align;
                  if (cell.vAlign) style.verticalAlign = cell.vAlign === 'center' ? 'middle' : cell.vAlign;
                  return (
                    <Cell
                      key={placed.column}
                      colSpan={placed.colSpan}
                      rowSpan={placed.rowSpan}
                      style={style}
                      className={number ? 'cell-number' : undefined}
                    >
                      {cell.paragraphs.map((p, k) => cellParagraph(p, k, nextFootnote))}
                    </Cell>
                  );
                })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The blocks' elements; footnotes are numbered from `footnoteOffset + 1` in reading order, like the editor. */
export function StaticBlocks({ blocks, footnoteOffset }: { blocks: readonly Block[]; footnoteOffset: number }) {
  let n = footnoteOffset;
  const nextFootnote = () => ++n;
  return (
    <div className="doc-editor" style={PROSEMIRROR_LIKE}>
      {blocks.length === 0 ? <p /> : blocks.map((b, i) => block(b, i, nextFootnote))}
    </div>
  );
}
