/**
 * Paste from Word or LibreOffice: the editor schema keeps only paragraphs, bold/italic/underline, line breaks
 * and tables, so fonts, colours, styles and images fall away on their own. Here we normalise to NFC (Windows
 * Vietnamese keyboards and some Word documents produce NFD), drop Word's conditional comments and <o:p>
 * filler, which would otherwise come through as stray text, and make pasted tables readable for the editor
 * (merged cells, widths, alignment, header rows: paste-tables.ts). In the body editors, footnotes become
 * footnotes (paste-footnotes.ts) and "- " lines, lists and empty lines are sorted out (paste-paragraphs.ts).
 */
import { convertPastedFootnotes } from './paste-footnotes';
import { normalisePastedParagraphs } from './paste-paragraphs';
import { normalisePastedTables } from './paste-tables';

/** Pastes larger than this are left to ProseMirror's own parsing (spans and text still come through). */
const MAX_TABLE_HTML = 4 * 1024 * 1024;

/** What a body paste carried that the clerk should hear about. */
export interface PasteInfo {
  footnotes: number;
  /** References whose note was not in the paste: left as text. */
  unmatchedFootnotes: number;
}

function stripWordFiller(html: string): string {
  return (
    html
      .normalize('NFC')
      // Hidden blocks (`<!--[if gte mso 9]><xml>…<![endif]-->`). Not the revealed form `<!--[if !supportLists]-->…
      // <!--[endif]-->`, whose content (a list's bullet) is real and is handled in paste-paragraphs.ts.
      .replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<\/?o:p[^>]*>/gi, '')
      .replace(/<img\b[^>]*>/gi, '')
  );
}

export function cleanPastedHtml(html: string): string {
  const cleaned = stripWordFiller(html);
  // DOMParser exists in the renderer; the node unit tests check the string part only.
  if (!/<table\b/i.test(cleaned) || cleaned.length > MAX_TABLE_HTML || typeof DOMParser === 'undefined') return cleaned;
  const doc = new DOMParser().parseFromString(cleaned, 'text/html');
  normalisePastedTables(doc.body);
  return doc.body.innerHTML;
}

/** `cleanPastedHtml` for a body editor, which also holds footnotes and "- " lines; `info` hears what was found. */
export function cleanPastedBodyHtml(html: string, info?: (found: PasteInfo) => void): string {
  const cleaned = stripWordFiller(html);
  if (cleaned.length > MAX_TABLE_HTML || typeof DOMParser === 'undefined') return cleaned;
  const doc = new DOMParser().parseFromString(cleaned, 'text/html');
  const notes = convertPastedFootnotes(doc.body);
  normalisePastedParagraphs(doc.body);
  normalisePastedTables(doc.body);
  info?.({ footnotes: notes.converted, unmatchedFootnotes: notes.unmatched });
  return doc.body.innerHTML;
}

export function cleanPastedText(text: string): string {
  return text.normalize('NFC');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text for a body editor: one paragraph a line, read like pasted HTML ("- " lines, numbered items, no blank lines). */
export function plainTextAsBodyHtml(text: string): string {
  const lines = cleanPastedText(text).split(/\r\n?|\n/);
  return cleanPastedBodyHtml(lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''));
}
