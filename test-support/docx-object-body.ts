/**
 * Test oracle for the export's body writer: renders the body flows with docx's own Paragraph, TextRun, Table and
 * footnotes — how the export built the body before it wrote it as XML text — from the same formats
 * (core/docx/body-formats.ts, table-layout.ts, footnote-formats.ts). What differs between the two is only who
 * writes the XML, so comparing their packages (core/docx/body-xml.equivalence.test.ts) tests the writer alone.
 */
import {
  BorderStyle,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { headingLayout, textParagraphFormat, textPrefix, textRunFormat } from '../core/docx/body-formats';
import type { FlowItem } from '../core/docx/body-flow';
import { buildDocument, type BodyRenderer } from '../core/docx/build-document';
import { FOOTNOTE_LEAD, FOOTNOTE_PARAGRAPH, footnoteSize } from '../core/docx/footnote-formats';
import type { RunFormat } from '../core/docx/run-xml';
import { tableLayout, type CellRun } from '../core/docx/table-layout';
import { emphasisFormat, textRuns } from '../core/docx/text-runs';
import { ptToHalfPoints } from '../core/docx/units';
import type { Footnote, Report, Table as TableModel } from '../core/model/report-schema';
import type { RuleSet } from '../core/rules/rule-set-schema';

const runOptions = (format: RunFormat): IRunOptions => ({ size: format.size, ...emphasisFormat(format) });

class DocxObjectBody implements BodyRenderer {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private next = 1;

  public constructor(private readonly ruleSet: RuleSet) {}

  public flow(items: readonly FlowItem[], keepLastWithNext: boolean, textWidthTwips: number): FileChild[] {
    return items.flatMap((item, i) => this.item(item, keepLastWithNext && i === items.length - 1, textWidthTwips));
  }

  public footnotes(): Record<string, { children: Paragraph[] }> {
    return this.notes;
  }

  private item(item: FlowItem, keepNext: boolean, textWidthTwips: number): FileChild[] {
    if (item.kind === 'heading') {
      const h = headingLayout(item, this.ruleSet);
      return [new Paragraph({ ...h.paragraph, children: textRuns(h.text, runOptions(h.run)) })];
    }
    const block = item.block;
    if (block.type === 'table') return this.table(block, keepNext, textWidthTwips);
    const size = ptToHalfPoints(this.ruleSet.body.size);
    return [
      new Paragraph({
        ...textParagraphFormat(this.ruleSet, keepNext),
        children: [
          ...textRuns(textPrefix(item), { size }),
          ...block.content.flatMap((inline) =>
            inline.type === 'footnote'
              ? [this.reference(inline)]
              : inline.type === 'break'
                ? [new TextRun({ break: 1 })]
                : textRuns(inline.text, runOptions(textRunFormat(inline, size))),
          ),
        ],
      }),
    ];
  }

  private reference(footnote: Footnote): FootnoteReferenceRun {
    const id = this.next++;
    const size = footnoteSize(this.ruleSet);
    this.notes[String(id)] = {
      children: footnote.paragraphs.map(
        (p, i) =>
          new Paragraph({
            ...FOOTNOTE_PARAGRAPH,
            children: [
              ...(i === 0 ? textRuns(FOOTNOTE_LEAD, { size }) : []),
              ...p.content.flatMap((run) =>
                run.type === 'break'
                  ? [new TextRun({ break: 1 })]
                  : textRuns(run.text, runOptions(textRunFormat(run, size))),
              ),
            ],
          }),
      ),
    };
    return new FootnoteReferenceRun(id);
  }

  private cellRun(run: CellRun): ParagraphChild[] {
    switch (run.kind) {
      case 'footnote':
        return [this.reference(run.footnote)];
      case 'break':
        return [new TextRun({ ...runOptions(run.format), break: 1 })];
      case 'text':
        return textRuns(run.text, runOptions(run.format));
    }
  }

  private table(table: TableModel, keepWithNext: boolean, textWidthTwips: number): FileChild[] {
    const layout = tableLayout(table, this.ruleSet, keepWithNext, textWidthTwips);
    const border = { style: BorderStyle.SINGLE, size: layout.borderSize, color: 'auto' } as const;
    const vAlign = { top: VerticalAlign.TOP, center: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;
    return [
      ...layout.lines.map(
        (line) => new Paragraph({ ...line.paragraph, children: textRuns(line.text, runOptions(line.format)) }),
      ),
      new Table({
        width: { size: layout.columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: layout.columnWidths,
        layout: TableLayoutType.FIXED,
        borders: {
          top: border,
          bottom: border,
          left: border,
          right: border,
          insideHorizontal: border,
          insideVertical: border,
        },
        rows: layout.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              ...(row.header ? { tableHeader: true } : {}),
              children: row.cells.map(
                (cell) =>
                  new TableCell({
                    width: { size: cell.width, type: WidthType.DXA },
                    ...(cell.span > 1 ? { columnSpan: cell.span } : {}),
                    ...(cell.vMerge
                      ? {
                          verticalMerge:
                            cell.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
                        }
                      : {}),
                    ...(cell.vAlign ? { verticalAlign: vAlign[cell.vAlign] } : {}),
                    children: cell.paragraphs.map(
                      (runs) => new Paragraph({ ...cell.paragraph, children: runs.flatMap((r) => this.cellRun(r)) }),
                    ),
                  }),
              ),
            }),
        ),
      }),
    ];
  }
}

/** The .docx of the report with its body built from docx objects (the oracle). */
export function packWithDocxObjects(report: Report, ruleSet: RuleSet): Promise<Uint8Array> {
  return Packer.pack(buildDocument(report, ruleSet, new DocxObjectBody(ruleSet)), 'uint8array');
}
