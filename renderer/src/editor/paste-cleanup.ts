/**
 * Paste from Word or LibreOffice: the editor schema keeps only paragraphs, bold/italic/underline, line breaks
 * and tables, so fonts, colours, styles and images fall away on their own. Here we normalise to NFC (Windows
 * Vietnamese keyboards and some Word documents produce NFD), drop Word's conditional comments and <o:p>
 * filler, which would otherwise come through as stray text, and make pasted tables readable for the editor
 * (merged cells, widths, alignment, header rows: paste-tables.ts).
 */
import { normalisePastedTables } from './paste-tables';

/** Tables in a paste larger than this are left to ProseMirror's own parsing (spans and text still come through). */
const MAX_TABLE_HTML = 4 * 1024 * 1024;

export function cleanPastedHtml(html: string): string {
  const cleaned = html
    .normalize('NFC')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<img\b[^>]*>/gi, '');
  // DOMParser exists in the renderer; the node unit tests check the string part only.
  if (!/<table\b/i.test(cleaned) || cleaned.length > MAX_TABLE_HTML || typeof DOMParser === 'undefined') return cleaned;
  const doc = new DOMParser().parseFromString(cleaned, 'text/html');
  normalisePastedTables(doc.body);
  return doc.body.innerHTML;
}

export function cleanPastedText(text: string): string {
  return text.normalize('NFC');
}
