/**
 * The body written straight to WordprocessingML text: headings, text paragraphs ("- " / "+ " / "1. " lines
 * included), footnote references and tables, from the formats in body-formats.ts.
 *
 * Why not docx's Paragraph / TextRun: a 100-page report has ~2 800 paragraphs and ~3 700 runs, and building and
 * serialising docx's object tree for them was most of the export time. The XML is element for element what docx
 * writes for the same formats (body-xml.equivalence.test.ts compares the two on many reports).
 */
import type { FileChild } from 'docx';
import type { Inline } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { headingLayout, textParagraphFormat, textPrefix, textRunFormat, type BlockItem } from './body-formats';
import type { FlowItem } from './body-flow';
import type { BodyRenderer } from './build-document';
import { BodyPlaceholder } from './body-placeholder';
import { FootnotesXml } from './footnotes-xml';
import { paragraphPropertiesXml } from './paragraph-xml';
import { LINE_BREAK_RUN, runPropertiesXml, textRunsXml } from './run-xml';
import { tableXml } from './table-xml';
import { ptToHalfPoints } from './units';

function inlineXml(content: readonly Inline[], size: number, footnotes: FootnotesXml): string {
  let xml = '';
  for (const inline of content) {
    if (inline.type === 'footnote') xml += footnotes.reference(inline);
    else if (inline.type === 'break') xml += LINE_BREAK_RUN;
    else xml += textRunsXml(inline.text, runPropertiesXml(textRunFormat(inline, size)));
  }
  return xml;
}

function textBlockXml(
  item: BlockItem,
  content: readonly Inline[],
  ruleSet: RuleSet,
  footnotes: FootnotesXml,
  keepNext: boolean,
): string {
  const size = ptToHalfPoints(ruleSet.body.size);
  return (
    `<w:p>${paragraphPropertiesXml(textParagraphFormat(ruleSet, keepNext))}` +
    textRunsXml(textPrefix(item), runPropertiesXml({ size })) +
    `${inlineXml(content, size, footnotes)}</w:p>`
  );
}

/**
 * @param keepNext true for the last body element, so it stays on the page of the closing block.
 * @param textWidthTwips width between the margins of the page the item is on (tables are sized to it).
 */
export function flowItemXml(
  item: FlowItem,
  ruleSet: RuleSet,
  footnotes: FootnotesXml,
  keepNext: boolean,
  textWidthTwips: number,
): string {
  if (item.kind === 'heading') {
    const h = headingLayout(item, ruleSet);
    return `<w:p>${paragraphPropertiesXml(h.paragraph)}${textRunsXml(h.text, runPropertiesXml(h.run))}</w:p>`;
  }
  const block = item.block;
  return block.type === 'table'
    ? tableXml(block, ruleSet, footnotes, keepNext, textWidthTwips)
    : textBlockXml(item, block.content, ruleSet, footnotes, keepNext);
}

/** Renders each flow as XML text behind a placeholder; footnotes become the entries of word/footnotes.xml. */
export class XmlBodyRenderer implements BodyRenderer {
  /** The XML of each flow, by placeholder number. */
  public readonly pieces: string[] = [];
  private readonly notes: FootnotesXml;

  public constructor(private readonly ruleSet: RuleSet) {
    this.notes = new FootnotesXml(ruleSet);
  }

  public flow(items: readonly FlowItem[], keepLastWithNext: boolean, textWidthTwips: number): FileChild[] {
    let xml = '';
    items.forEach((item, i) => {
      xml += flowItemXml(item, this.ruleSet, this.notes, keepLastWithNext && i === items.length - 1, textWidthTwips);
    });
    this.pieces.push(xml);
    return [new BodyPlaceholder(this.pieces.length - 1)];
  }

  /** docx gets no footnotes of ours: they are written into its footnotes part afterwards. */
  public footnotes(): Record<string, never> {
    return {};
  }

  /** The `w:footnote` elements of every flow rendered so far. */
  public footnoteEntries(): string {
    return this.notes.entries();
  }
}
