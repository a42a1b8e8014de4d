/** A body table (table-layout.ts) as `w:tbl` text, element for element what docx's Table writes for it. */
import type { Table as TableModel } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { paragraphPropertiesXml } from './paragraph-xml';
import { runPropertiesXml, textRunsXml } from './run-xml';
import { tableLayout } from './table-layout';

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
const HEADER_ROW = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';

export function tableXml(table: TableModel, ruleSet: RuleSet, keepWithNext: boolean): string {
  const layout = tableLayout(table, ruleSet, keepWithNext);
  const total = layout.columnWidths.reduce((a, b) => a + b, 0);
  const border = `w:val="single" w:color="auto" w:sz="${layout.borderSize}"/>`;
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>` +
    BORDER_SIDES.map((side) => `<w:${side} ${border}`).join('') +
    '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' +
    layout.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>';
  for (const row of layout.rows) {
    xml += row.header ? `<w:tr>${HEADER_ROW}` : '<w:tr>';
    for (const cell of row.cells) {
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>${cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : ''}</w:tcPr>`;
      const pPr = paragraphPropertiesXml(cell.paragraph);
      for (const runs of cell.paragraphs) {
        xml += `<w:p>${pPr}`;
        for (const run of runs) xml += textRunsXml(run.text, runPropertiesXml(run.format));
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
