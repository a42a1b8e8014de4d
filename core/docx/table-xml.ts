/**
 * A table (table-layout.ts) as text: its caption and unit paragraphs, then `w:tbl`, element for element what
 * docx's Paragraph and Table write for the same layout (test-support/docx-object-body.ts builds those).
 * Footnotes typed in a cell go through the body's FootnotesXml, so they are numbered in reading order.
 */
import type { Table as TableModel } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import type { FootnotesXml } from './footnotes-xml';
import { paragraphPropertiesXml } from './paragraph-xml';
import { runPropertiesXml, textRunsXml } from './run-xml';
import { tableLayout, type CellLayout, type CellRun } from './table-layout';

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
const HEADER_ROW = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
// No row is split across pages: a reader never has to join the halves of a figure.
const BODY_ROW = '<w:trPr><w:cantSplit/></w:trPr>';

function cellRunXml(run: CellRun, footnotes: FootnotesXml): string {
  switch (run.kind) {
    case 'footnote':
      return footnotes.reference(run.footnote);
    case 'break':
      return `<w:r>${runPropertiesXml(run.format)}<w:br/></w:r>`;
    case 'text':
      return textRunsXml(run.text, runPropertiesXml(run.format));
  }
}

function cellPropertiesXml(cell: CellLayout): string {
  return (
    `<w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>` +
    (cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '') +
    (cell.vMerge ? `<w:vMerge w:val="${cell.vMerge}"/>` : '') +
    (cell.vAlign ? `<w:vAlign w:val="${cell.vAlign}"/>` : '') +
    '</w:tcPr>'
  );
}

/**
 * @param keepWithNext the table ends the body: its last row stays with the closing block.
 * @param textWidthTwips width between the margins of the page the table is on.
 */
export function tableXml(
  table: TableModel,
  ruleSet: RuleSet,
  footnotes: FootnotesXml,
  keepWithNext: boolean,
  textWidthTwips: number,
): string {
  const layout = tableLayout(table, ruleSet, keepWithNext, textWidthTwips);
  let xml = '';
  for (const line of layout.lines)
    xml += `<w:p>${paragraphPropertiesXml(line.paragraph)}${textRunsXml(line.text, runPropertiesXml(line.format))}</w:p>`;
  const total = layout.columnWidths.reduce((a, b) => a + b, 0);
  const border = `w:val="single" w:color="auto" w:sz="${layout.borderSize}"/>`;
  xml +=
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>` +
    BORDER_SIDES.map((side) => `<w:${side} ${border}`).join('') +
    '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' +
    layout.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>';
  for (const row of layout.rows) {
    xml += `<w:tr>${row.header ? HEADER_ROW : BODY_ROW}`;
    for (const cell of row.cells) {
      xml += `<w:tc>${cellPropertiesXml(cell)}`;
      const pPr = paragraphPropertiesXml(cell.paragraph);
      for (const runs of cell.paragraphs) {
        xml += `<w:p>${pPr}`;
        for (const run of runs) xml += cellRunXml(run, footnotes);
        xml += '</w:p>';
      }
      // A cell must end with a paragraph; docx adds an empty one the same way.
      if (cell.paragraphs.length === 0) xml += '<w:p/>';
      xml += '</w:tc>';
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
