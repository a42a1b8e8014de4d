/**
 * Footnotes in pasted HTML become the editor's footnote nodes carrying their note's paragraphs, and the notes
 * leave the body. Word, LibreOffice, Google Docs and most web pages (Wikipedia's references too) link a
 * reference and its note both ways: the reference points at the note (`href="#_ftn1"`, `#sdfootnote1sym`,
 * `#ftnt1`), and the note's own number points back at the reference. That two-way link is what is matched,
 * so no format needs its own parser; the note's extent is the Word/LibreOffice note block when there is one,
 * otherwise the largest block around it holding no other note and no reference.
 *
 * A reference whose note is not in the paste (a paste of part of a page) keeps its "[1]" as text; the count is
 * reported so the editor can tell the clerk.
 */
import type { PlainParagraph, TextRun } from '../../../core/model/report-schema';
import { elementInlines } from './paste-dom-inlines';

export interface FootnotePasteResult {
  converted: number;
  unmatched: number;
}

/** The ids a reference is known by: its own id/name and those of a wrapper (<sup id>, Word's span). */
function refIds(a: Element): Set<string> {
  const ids = new Set<string>();
  for (let el: Element | null = a, i = 0; el && i < 3; el = el.parentElement, i++) {
    for (const v of [el.getAttribute('id'), el.getAttribute('name')]) if (v) ids.add(v);
  }
  return ids;
}

const target = (a: Element) => decodeURIComponent((a.getAttribute('href') ?? '').slice(1));

/** Word's note block (`mso-element:footnote`, not the list around them), LibreOffice's `sdfootnoteN` div. */
function knownNoteBlock(el: Element): Element | null {
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (/mso-element:\s*(foot|end)note\s*(;|$)/i.test(p.getAttribute('style') ?? '')) return p;
    if (p.tagName === 'DIV' && /^sd(foot|end)note\d+$/.test(p.id)) return p;
    if (p.tagName === 'LI') return p;
  }
  return null;
}

/** Looks like a footnote reference even without its note: kept as text, counted for the notice. */
function looksLikeReference(a: Element): boolean {
  return (
    /mso-(foot|end)note-id/i.test(a.getAttribute('style') ?? '') ||
    /\bsd(foot|end)noteanc\b/.test(a.className) ||
    /^#(_ftn\d|_edn\d|ftnt\d|sdfootnote\d|sdendnote\d|cite_note)/.test(a.getAttribute('href') ?? '')
  );
}

function noteParagraphs(block: Element, backLink: Element): PlainParagraph[] {
  backLink.remove();
  const ps = Array.from(block.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).filter(
    (p) => !p.parentElement?.closest('p'),
  );
  const out: PlainParagraph[] = [];
  for (const p of ps.length ? ps : [block]) {
    const content = elementInlines(p).filter((i): i is TextRun | { type: 'break' } => i.type !== 'footnote');
    if (content.some((i) => i.type === 'text' && i.text.trim())) out.push({ type: 'paragraph', content });
  }
  return out;
}

export function convertPastedFootnotes(body: HTMLElement): FootnotePasteResult {
  const named = new Map<string, Element>();
  for (const el of Array.from(body.querySelectorAll('[id], a[name]'))) {
    for (const v of [el.getAttribute('id'), el.getAttribute('name')]) if (v && !named.has(v)) named.set(v, el);
  }
  const links = Array.from(body.querySelectorAll('a[href^="#"]'));
  const pairs: { ref: Element; back: Element }[] = [];
  const used = new Set<Element>();
  for (const ref of links) {
    if (used.has(ref)) continue;
    const t = named.get(target(ref));
    if (!t) continue;
    const back = t.tagName === 'A' && t.hasAttribute('href') ? t : t.querySelector('a[href^="#"]');
    if (!back || back === ref || !refIds(ref).has(target(back))) continue;
    // The reference comes first in reading order; the note's number links back up to it.
    if (!(ref.compareDocumentPosition(back) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    pairs.push({ ref, back });
    used.add(ref).add(back);
  }
  const refs = new Set(pairs.map((p) => p.ref));
  const backs = new Set(pairs.map((p) => p.back));
  const blockOf = (back: Element): Element => {
    const known = knownNoteBlock(back);
    if (known) return known;
    let block: Element = back;
    for (let p = back.parentElement; p && p !== body; p = p.parentElement) {
      const holds = Array.from(p.querySelectorAll('a[href^="#"]'));
      if (holds.some((a) => refs.has(a) || (backs.has(a) && a !== back))) break;
      block = p;
    }
    return block;
  };

  let converted = 0;
  let empty = 0;
  const doc = body.ownerDocument;
  const blocks: Element[] = [];
  for (const { ref, back } of pairs) {
    const block = blockOf(back);
    const paragraphs = noteParagraphs(block, back);
    blocks.push(block);
    if (!paragraphs.length) {
      empty++;
      continue;
    }
    const sup = doc.createElement('sup');
    sup.setAttribute('data-footnote', '');
    sup.setAttribute('data-paragraphs', JSON.stringify(paragraphs));
    // A <sup> holding only the reference (Google Docs, web pages) goes with it.
    const wrapper =
      ref.parentElement?.tagName === 'SUP' && ref.parentElement.textContent === ref.textContent
        ? ref.parentElement
        : ref;
    wrapper.replaceWith(sup);
    converted++;
  }
  for (const block of blocks) block.remove();
  // Word's list around the notes and its separator line, now empty.
  for (const el of Array.from(body.querySelectorAll('[style*="mso-element"]'))) {
    if (
      /mso-element:\s*(footnote|endnote)-(list|separator|continuation-separator)/i.test(
        el.getAttribute('style') ?? '',
      ) &&
      !el.querySelector('p')?.textContent?.trim()
    )
      el.remove();
  }
  const unmatched =
    Array.from(body.querySelectorAll('a[href^="#"]')).filter((a) => !used.has(a) && looksLikeReference(a)).length +
    empty;
  return { converted, unmatched };
}
