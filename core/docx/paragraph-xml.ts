/**
 * `w:pPr` written as text for the paragraphs of the body, tables and footnotes. The format type is the subset of
 * docx's paragraph options these paragraphs use (so the same value can be handed to docx's Paragraph, which the
 * equivalence test does), and the XML is what docx writes for it: children in CT_PPr order, on/off flags only when on.
 */
import { escapeXml } from './xml-escape';

export interface ParagraphFormat {
  readonly style?: string;
  readonly keepNext?: true;
  readonly keepLines?: true;
  readonly widowControl?: true;
  /** Twips; `line` with `lineRule: 'exact'` fixes the line height. */
  readonly spacing: {
    readonly before: number;
    readonly after: number;
    readonly line?: number;
    readonly lineRule?: 'exact';
  };
  readonly indent?: { readonly firstLine: number };
  readonly alignment: 'both' | 'left' | 'center' | 'right';
  readonly outlineLevel?: number;
}

export function paragraphPropertiesXml(format: ParagraphFormat): string {
  const s = format.spacing;
  return (
    '<w:pPr>' +
    (format.style === undefined ? '' : `<w:pStyle w:val="${escapeXml(format.style)}"/>`) +
    (format.keepNext ? '<w:keepNext/>' : '') +
    (format.keepLines ? '<w:keepLines/>' : '') +
    (format.widowControl ? '<w:widowControl/>' : '') +
    `<w:spacing w:after="${s.after}" w:before="${s.before}"` +
    (s.line === undefined ? '' : ` w:line="${s.line}"`) +
    (s.lineRule === undefined ? '' : ` w:lineRule="${s.lineRule}"`) +
    '/>' +
    (format.indent === undefined ? '' : `<w:ind w:firstLine="${format.indent.firstLine}"/>`) +
    `<w:jc w:val="${format.alignment}"/>` +
    (format.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${format.outlineLevel}"/>`) +
    '</w:pPr>'
  );
}
