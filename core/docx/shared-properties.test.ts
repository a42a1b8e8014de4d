/**
 * The light body elements must write exactly what docx's own Paragraph / TextRun / TableCell write for the same
 * options: the export's look comes from these, so any drift (for example after a docx upgrade) shows up here.
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, UnderlineType, WidthType, type IRunOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { requirePart, unzipDocx } from '../../test-support/docx-xml';
import { SharedFormatCell, SharedFormatParagraph, SharedProperties, sharedTextRuns } from './shared-properties';
import { textRuns } from './text-runs';

const FORMATS: IRunOptions[] = [
  { size: 28 },
  { size: 28, bold: true, italics: true },
  { size: 26, underline: { type: UnderlineType.SINGLE } },
];
const TEXTS = ['Kết quả thực hiện', 'Dòng một\nDòng hai\r\n\tthụt vào', 'A\tB\t', '<&> "trích dẫn"', ''];
const PARAGRAPH = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: 567 },
  spacing: { before: 120, after: 0, line: 360, lineRule: LineRuleType.EXACT },
  widowControl: true,
};

async function documentXml(children: (Paragraph | SharedFormatParagraph | Table)[]): Promise<string> {
  const bytes = await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
  return requirePart(unzipDocx(bytes), 'word/document.xml');
}

describe('shared-format body elements', () => {
  it('write the same document.xml as docx Paragraph, TextRun and TableCell', async () => {
    const shared = new SharedProperties();
    const own = await documentXml([
      ...FORMATS.map((format) => new Paragraph({ ...PARAGRAPH, children: TEXTS.flatMap((t) => textRuns(t, format)) })),
      new Table({
        rows: [new TableRow({ children: [new TableCell({ width: { size: 2000, type: WidthType.DXA }, columnSpan: 2, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns('2.731', FORMATS[0]) })] })] })],
      }),
    ]);
    const light = await documentXml([
      ...FORMATS.map((format) => new SharedFormatParagraph(shared, PARAGRAPH, TEXTS.flatMap((t) => sharedTextRuns(t, format, shared)))),
      new Table({
        rows: [
          new TableRow({
            children: [
              new SharedFormatCell(shared, { width: { size: 2000, type: WidthType.DXA }, columnSpan: 2 }, [
                new SharedFormatParagraph(shared, { alignment: AlignmentType.RIGHT }, sharedTextRuns('2.731', FORMATS[0]!, shared)) as unknown as Paragraph,
              ]),
            ],
          }),
        ],
      }),
    ]);
    expect(own).toContain('<w:tab/>');
    expect(own).toContain('<w:br/>');
    expect(light).toBe(own);
  });

  it('keeps text that reads like a page-number field as text', async () => {
    const xml = await documentXml([new SharedFormatParagraph(new SharedProperties(), {}, sharedTextRuns('CURRENT', {}, new SharedProperties()))]);
    expect(xml).toContain('>CURRENT</w:t>');
    expect(xml).not.toContain('PAGE');
  });
});
