/**
 * Pasted paragraphs made into the editor's paragraph kinds, with the rules of the .docx import
 * (core/model/pasted-headings.ts): typed "- ", "– ", "+ " lines, Word's bulleted and numbered list paragraphs
 * (`mso-list`, the bullet or number in an `mso-list:Ignore` span), and <ul>/<ol> lists from LibreOffice and web
 * pages become "- " lines (level 2 for "+ " and nested lists) and numbered items, the marker taken off because
 * the editor draws it. Marked headings ("II.", bold "1.", "a)") keep their marker as text: whether they become
 * sub-sections is the clerk's choice, asked after the paste. Empty paragraphs go (SPEC: spacing comes from the
 * rule-set). Paragraphs inside table cells are left to paste-tables.ts: a cell holds ordinary paragraphs only.
 */
import { toLetter, toRoman } from '../../../core/model/markers';
import { classifyPasted, type PastedHints } from '../../../core/model/pasted-headings';
import { elementInlines, isBlankElement } from './paste-dom-inlines';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const inCell = (el: Element) => el.closest('td, th') !== null;

/** Takes `count` visible characters (a typed marker) and the spaces around them off the start of `el`. */
function dropLeading(el: Element, count: number): void {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = count;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let text = n.nodeValue ?? '';
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (/[\s\u00a0]/.test(ch)) i++;
      else if (left > 0) {
        left--;
        i++;
      } else break;
    }
    text = text.slice(i);
    n.nodeValue = text;
    if (text !== '') return;
  }
}

const visibleLength = (marker: string) => marker.replace(/[\s\u00a0]/g, '').length;

/** A <p> in place of `el` (a heading or list item) with its attributes dropped and its content kept. */
function asParagraph(el: Element): HTMLElement {
  if (el.tagName === 'P') return el as HTMLElement;
  const p = el.ownerDocument.createElement('p');
  while (el.firstChild) p.appendChild(el.firstChild);
  el.replaceWith(p);
  return p;
}

function setKind(p: HTMLElement, kind: 'dash' | 'numbered', level: 1 | 2 = 1): void {
  p.setAttribute('data-kind', kind);
  if (kind === 'dash' && level === 2) p.setAttribute('data-level', '2');
  else p.removeAttribute('data-level');
}

/** Reads the paragraph's marker and sets its kind; headings and ordinary paragraphs keep their text. */
function applyKind(el: Element, hints: PastedHints = {}): void {
  const c = classifyPasted(elementInlines(el), hints);
  if (c.kind === 'empty') {
    el.remove();
    return;
  }
  if (c.kind === 'dash' || c.kind === 'numbered') {
    const p = asParagraph(el);
    if (!hints.list) dropLeading(p, visibleLength(c.marker));
    setKind(p, c.kind, c.kind === 'dash' ? c.level : 1);
    return;
  }
  if (HEADING_TAGS.has(el.tagName)) {
    // A heading element has no node here: it stays a paragraph, bold as it was shown.
    const p = asParagraph(el);
    // Google Docs sets font-weight:400 inside its headings, which would clear the bold again.
    for (const inner of Array.from(p.querySelectorAll<HTMLElement>('[style]')))
      inner.style.removeProperty('font-weight');
    const b = p.ownerDocument.createElement('strong');
    while (p.firstChild) b.appendChild(p.firstChild);
    p.appendChild(b);
  }
}

/**
 * Writes a list's drawn number ("1.", "I.", "a)") into the paragraph as text, bold when the whole item is bold
 * (Word formats the number like the text), so it reads like a typed marker: a bold "1." line is a heading.
 */
function prependMarker(p: Element, marker: string): void {
  const doc = p.ownerDocument;
  const texts = elementInlines(p).filter((i) => i.type === 'text' && i.text.trim());
  const bold = texts.length > 0 && texts.every((i) => i.type === 'text' && i.bold);
  const text = doc.createTextNode(`${marker} `);
  const node = bold ? doc.createElement('strong') : text;
  if (bold) node.appendChild(text);
  p.insertBefore(node, p.firstChild);
}

/** Word list paragraphs: `mso-list:l0 level2 lfo1` with the bullet or number in an `mso-list:Ignore` span. */
function wordListParagraph(p: HTMLElement): void {
  const m = /mso-list:\s*l\d+\s+level(\d)/i.exec(p.getAttribute('style') ?? '');
  if (!m) return;
  const ignore = Array.from(p.querySelectorAll('span')).find((s) =>
    /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''),
  );
  const marker = (ignore?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  ignore?.remove();
  const ilvl = Math.max(0, Number(m[1]) - 1);
  // A letter alone is a bullet glyph (Word's "o" in Courier New, "§" in Wingdings); a number needs no stop.
  if (/^\(?([0-9]{1,3}(\.[0-9]{1,3})*[.)-]?|([IVXLC]{1,6}|[ivxlc]{1,6}|[a-zđA-Z])[.)-])\)?$/u.test(marker)) {
    // A number Word draws: put it back as text, so it is read like a typed one ("1." item, bold "1." heading).
    prependMarker(p, marker);
    applyKind(p);
  } else {
    applyKind(p, { list: { format: 'bullet', text: marker || '-', ilvl } });
  }
}

function listMarker(type: string, n: number): { format: string; text: string } {
  if (type === 'I') return { format: 'upperRoman', text: `${toRoman(n)}.` };
  if (type === 'i') return { format: 'lowerRoman', text: `${toRoman(n).toLowerCase()}.` };
  if (type === 'a' || type === 'A') return { format: 'lowerLetter', text: `${toLetter(n)})` };
  return { format: 'decimal', text: `${n}.` };
}

/** A <ul>/<ol> (with nested lists) as a run of paragraphs of the right kind, in place of the list. */
function flattenList(list: Element, depth: number): HTMLElement[] {
  const doc = list.ownerDocument;
  const out: HTMLElement[] = [];
  const ordered = list.tagName === 'OL';
  let n = Number(list.getAttribute('start') ?? '1') || 1;
  for (const li of Array.from(list.children)) {
    if (li.tagName === 'UL' || li.tagName === 'OL') {
      out.push(...flattenList(li, depth + 1));
      continue;
    }
    if (li.tagName !== 'LI') continue;
    const nested = Array.from(li.children).filter((c) => c.tagName === 'UL' || c.tagName === 'OL');
    nested.forEach((c) => c.remove());
    const blocks = Array.from(li.children).filter(
      (c) => c.tagName === 'P' || c.tagName === 'DIV' || HEADING_TAGS.has(c.tagName),
    );
    const item = doc.createElement('p');
    const first = blocks[0] ?? li;
    while (first.firstChild) item.appendChild(first.firstChild);
    const holder = doc.createElement('div');
    holder.appendChild(item);
    if (isBlankElement(item)) {
      for (const rest of blocks.slice(1)) out.push(asParagraph(rest));
      for (const c of nested) out.push(...flattenList(c, depth + 1));
      continue;
    }
    // Google Docs writes nesting as aria-level on flat items rather than as nested lists.
    const level = Math.max(depth, Number(li.getAttribute('aria-level') ?? '1') - 1);
    const typed = classifyPasted(elementInlines(item));
    if (ordered) {
      const marker = listMarker(
        li.getAttribute('type') ?? list.getAttribute('type') ?? '1',
        Number(li.getAttribute('value') ?? n) || n,
      );
      n++;
      const c = classifyPasted(elementInlines(item), { list: { ...marker, ilvl: level } });
      if (c.kind === 'numbered') setKind(item, 'numbered');
      // A heading or a lettered point: its number is written out, as the clerk saw it.
      else prependMarker(item, marker.text);
    } else if (typed.kind === 'dash') {
      applyKind(item);
    } else {
      setKind(item, 'dash', level > 0 ? 2 : 1);
    }
    if (item.parentElement) out.push(item);
    for (const rest of blocks.slice(1)) out.push(asParagraph(rest));
    for (const c of nested) out.push(...flattenList(c, depth + 1));
  }
  return out;
}

export function normalisePastedParagraphs(body: HTMLElement): void {
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    if (!list.isConnected || inCell(list) || list.parentElement?.closest('ul, ol')) continue;
    list.replaceWith(...flattenList(list, 0));
  }
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6'))) {
    if (!el.isConnected || inCell(el) || el.hasAttribute('data-kind')) continue;
    if (isBlankElement(el)) {
      el.remove();
      continue;
    }
    if (/mso-list:\s*l\d/i.test(el.getAttribute('style') ?? '')) wordListParagraph(el);
    else applyKind(el, HEADING_TAGS.has(el.tagName) ? { outlineLevel: Number(el.tagName[1]) - 1 } : {});
  }
}
