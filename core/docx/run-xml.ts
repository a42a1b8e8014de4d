/**
 * `w:r` elements written as text: the run properties the body uses (bold, italic, underline, size) and text runs
 * with line breaks (w:br) and tabs (w:tab), element for element what docx's TextRun writes for the same options.
 * Unlike docx's TextRun, text reading exactly "CURRENT" or "TOTAL_PAGES" stays text (no page-number field).
 */
import { cleanText } from '../text/clean-text';
import { escapeXml } from './xml-escape';

/** Run formatting; `size` in half-points (w:sz). Flags are written only when on. */
export interface RunFormat {
  readonly size: number;
  readonly bold?: boolean | undefined;
  readonly italic?: boolean | undefined;
  readonly underline?: boolean | undefined;
}

/** `w:rPr` in the order CT_RPr (and docx) give its children. */
export function runPropertiesXml(format: RunFormat): string {
  return (
    '<w:rPr>' +
    (format.bold ? '<w:b/><w:bCs/>' : '') +
    (format.italic ? '<w:i/><w:iCs/>' : '') +
    `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>` +
    (format.underline ? '<w:u w:val="single"/>' : '') +
    '</w:rPr>'
  );
}

const LINE_BREAK = /\r\n|\r|\n/;

/** A hard line break inside a paragraph (the model's `{ type: 'break' }`). */
export const LINE_BREAK_RUN = '<w:r><w:br/></w:r>';

/** Runs for one piece of text: none for empty text, one per line (each after the first starts with w:br). */
export function textRunsXml(text: string, runProperties: string): string {
  const clean = cleanText(text);
  if (clean === '') return '';
  let xml = '';
  const lines = clean.split(LINE_BREAK);
  for (let i = 0; i < lines.length; i++) {
    xml += i === 0 ? `<w:r>${runProperties}` : `<w:r>${runProperties}<w:br/>`;
    const parts = lines[i]!.split('\t');
    for (let j = 0; j < parts.length; j++) {
      if (j > 0) xml += '<w:tab/>';
      const part = parts[j]!;
      if (part !== '') xml += `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
    }
    xml += '</w:r>';
  }
  return xml;
}
