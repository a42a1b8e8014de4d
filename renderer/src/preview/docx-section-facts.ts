/**
 * How the exported DOCX numbers its pages, section by section (w:sectPr): where the count starts again
 * (w:pgNumType w:start), whether the section's first page has a header of its own (w:titlePg), and whether its
 * default and first-page headers print the page number (a PAGE field). A Phụ lục numbered from 1 again, or not
 * at all, is a section of its own; the preview numbers its pages by these facts, as Word and LibreOffice do.
 */
import { strFromU8 } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface DocxSectionFacts {
  /** The page number the section starts at, or null when it goes on from the section before. */
  restartAt: number | null;
  titlePage: boolean;
  /** Whether each header prints the page number; null when the section has no such header (it inherits one). */
  defaultNumbered: boolean | null;
  firstNumbered: boolean | null;
}

/** A header part prints the page number when it holds a PAGE field (simple or complex). */
function printsPageNumber(xml: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const simple = Array.from(doc.getElementsByTagNameNS(W, 'fldSimple')).some((f) =>
    /^\s*PAGE\b/.test(f.getAttributeNS(W, 'instr') ?? ''),
  );
  const complex = Array.from(doc.getElementsByTagNameNS(W, 'instrText')).some((t) => /^\s*PAGE\b/.test(t.textContent));
  return simple || complex;
}

/** Relationship id → target part name, from word/_rels/document.xml.rels. */
function relationTargets(relsXml: Uint8Array | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (!relsXml) return targets;
  const doc = new DOMParser().parseFromString(strFromU8(relsXml), 'application/xml');
  for (const rel of Array.from(doc.getElementsByTagNameNS(REL, 'Relationship'))) {
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target');
    if (id && target) targets.set(id, `word/${target.replace(/^\/?word\//, '').replace(/^\//, '')}`);
  }
  return targets;
}

function child(el: Element, name: string): Element | null {
  return Array.from(el.children).find((c) => c.localName === name) ?? null;
}

function sectionFacts(sectPr: Element, headerNumbered: (rId: string) => boolean): DocxSectionFacts {
  const start = child(sectPr, 'pgNumType')?.getAttributeNS(W, 'start');
  const titlePg = child(sectPr, 'titlePg');
  const header = (type: string): boolean | null => {
    const ref = Array.from(sectPr.children).find(
      (c) => c.localName === 'headerReference' && c.getAttributeNS(W, 'type') === type,
    );
    const id = ref?.getAttributeNS(R, 'id');
    return id ? headerNumbered(id) : null;
  };
  const titleVal = titlePg?.getAttributeNS(W, 'val');
  return {
    restartAt: start && /^\d+$/.test(start) ? Number(start) : null,
    titlePage: titlePg !== null && (titleVal === null || !['0', 'false', 'off'].includes(titleVal ?? '')),
    defaultNumbered: header('default'),
    firstNumbered: header('first'),
  };
}

/**
 * The body's sections in order, from the w:sectPr ending each section (in the last paragraph of every section
 * but the last, and at the end of the body). `files` holds the document part, its relationships and headers.
 */
export function docxSectionFacts(body: Element, files: Readonly<Record<string, Uint8Array>>): DocxSectionFacts[] {
  const targets = relationTargets(files['word/_rels/document.xml.rels']);
  const numbered = new Map<string, boolean>();
  const headerNumbered = (rId: string): boolean => {
    const part = targets.get(rId);
    if (!part) return false;
    let known = numbered.get(part);
    if (known === undefined) {
      const xml = files[part];
      known = xml ? printsPageNumber(strFromU8(xml)) : false;
      numbered.set(part, known);
    }
    return known;
  };
  const sectPrs: Element[] = [];
  for (const el of Array.from(body.children)) {
    if (el.localName === 'p') {
      const sectPr = child(el, 'pPr') && child(child(el, 'pPr')!, 'sectPr');
      if (sectPr) sectPrs.push(sectPr);
    } else if (el.localName === 'sectPr') sectPrs.push(el);
  }
  return sectPrs.map((s) => sectionFacts(s, headerNumbered));
}
