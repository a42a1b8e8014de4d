/**
 * The text of a pasted element as model inlines: bold/italic/underline from tags or inline styles (Word and
 * LibreOffice write <b>/<i>/<u>, Google Docs and web pages font-weight/font-style/text-decoration), <br> as a
 * line break, our footnote placeholders as footnotes. Used to read a pasted note's paragraphs and to read a
 * pasted paragraph's leading marker. Runs on the renderer's DOM.
 */
import type { Inline, TextRun } from '../../../core/model/report-schema';
import { tidyInlines } from '../../../core/import/inline-tools';

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'XML', 'TITLE', 'HEAD']);

function marksOf(el: HTMLElement, inherited: Marks): Marks {
  const tag = el.tagName;
  const style = el.style;
  const weight = style.fontWeight;
  let bold = inherited.bold || tag === 'B' || tag === 'STRONG';
  if (/^(bold|bolder|[6-9]00)$/.test(weight)) bold = true;
  // Google Docs wraps a whole paste in <b style="font-weight:normal">.
  else if (/^(normal|[1-4]00)$/.test(weight)) bold = false;
  let italic = inherited.italic || tag === 'I' || tag === 'EM';
  if (style.fontStyle === 'italic' || style.fontStyle === 'oblique') italic = true;
  else if (style.fontStyle === 'normal') italic = false;
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  const underline = inherited.underline || tag === 'U' || /underline/.test(decoration);
  return { bold, italic, underline };
}

function hidden(el: HTMLElement): boolean {
  return el.style.display === 'none' || /mso-hide:\s*all/i.test(el.getAttribute('style') ?? '');
}

function walk(node: Node, marks: Marks, out: Inline[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    // HTML whitespace collapses to one space; a no-break space is an ordinary space in the model.
    const text = (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ');
    if (!text) return;
    const run: TextRun = { type: 'text', text };
    if (marks.bold) run.bold = true;
    if (marks.italic) run.italic = true;
    if (marks.underline) run.underline = true;
    out.push(run);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  if (SKIP.has(el.tagName.toUpperCase()) || hidden(el)) return;
  if (el.tagName === 'BR') {
    out.push({ type: 'break' });
    return;
  }
  if (el.tagName === 'SUP' && el.hasAttribute('data-footnote')) {
    out.push({ type: 'footnote', paragraphs: [] });
    return;
  }
  const inner = marksOf(el, marks);
  for (const child of Array.from(el.childNodes)) walk(child, inner, out);
}

/** The element's inline content, runs merged, ends trimmed. */
export function elementInlines(el: Element): Inline[] {
  const out: Inline[] = [];
  for (const child of Array.from(el.childNodes)) walk(child, { bold: false, italic: false, underline: false }, out);
  return tidyInlines(out);
}

/** Blank: no visible text and no footnote (a Word <o:p>&nbsp;</o:p> line, a LibreOffice <p><br></p>). */
export function isBlankElement(el: Element): boolean {
  if (el.querySelector('sup[data-footnote], table, img')) return false;
  return (el.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '';
}
