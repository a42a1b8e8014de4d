/**
 * What docx-preview reads but does not draw, taken from the DOCX itself: for each top-level block of the body
 * (paragraph or table, in order) whether Word keeps it with the next block (w:keepNext), starts it on a new page
 * (w:pageBreakBefore), and how many leading table rows repeat on every page (w:tblHeader). The paginator needs
 * these to break pages where Word and LibreOffice do.
 */
import { strFromU8, unzipSync } from 'fflate';
import { docxSectionFacts, type DocxSectionFacts } from './docx-section-facts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxLayoutFacts {
  blocks: BodyBlockFlags[];
  /** w:docDefaults font size in points: the size of every paragraph mark, hence of a cell's line boxes. */
  defaultFontPt: number;
  /** The DOCX sections in order; a block's `section` indexes this list. */
  sections: DocxSectionFacts[];
}

export interface BodyBlockFlags {
  kind: 'p' | 'table';
  keepNext: boolean;
  pageBreakBefore: boolean;
  headerRows: number;
  /** The section (0-based) the block is in. */
  section: number;
}

function onFlag(props: Element | null, name: string): boolean {
  const el = props ? Array.from(props.children).find((c) => c.localName === name) : undefined;
  if (!el) return false;
  const val = el.getAttributeNS(W, 'val');
  return val === null || !['0', 'false', 'off'].includes(val);
}

function child(el: Element, name: string): Element | null {
  return Array.from(el.children).find((c) => c.localName === name) ?? null;
}

/** Word's default when styles.xml says nothing (w:sz is in half-points). */
const WORD_DEFAULT_FONT_PT = 10;

function defaultFontPt(stylesXml: Uint8Array | undefined): number {
  if (!stylesXml) return WORD_DEFAULT_FONT_PT;
  const doc = new DOMParser().parseFromString(strFromU8(stylesXml), 'application/xml');
  const defaults = doc.getElementsByTagNameNS(W, 'rPrDefault')[0];
  const size = defaults?.getElementsByTagNameNS(W, 'sz')[0]?.getAttributeNS(W, 'val');
  const halfPoints = size ? Number(size) : NaN;
  return Number.isFinite(halfPoints) && halfPoints > 0 ? halfPoints / 2 : WORD_DEFAULT_FONT_PT;
}

/** Reads the DOCX bytes the preview draws (our own export, so its size is already bounded). */
export function docxLayoutFacts(docx: Uint8Array): DocxLayoutFacts {
  const files = unzipSync(docx, {
    filter: (f) =>
      ['word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels'].includes(f.name) ||
      /^word\/header\d*\.xml$/.test(f.name),
  });
  const xml = files['word/document.xml'];
  const body = xml
    ? new DOMParser().parseFromString(strFromU8(xml), 'application/xml').getElementsByTagNameNS(W, 'body')[0]
    : undefined;
  return {
    blocks: body ? bodyFlags(body) : [],
    defaultFontPt: defaultFontPt(files['word/styles.xml']),
    sections: body ? docxSectionFacts(body, files) : [],
  };
}

function bodyFlags(body: Element): BodyBlockFlags[] {
  const flags: BodyBlockFlags[] = [];
  let section = 0;
  for (const el of Array.from(body.children)) {
    if (el.localName === 'p') {
      const pPr = child(el, 'pPr');
      flags.push({
        kind: 'p',
        keepNext: onFlag(pPr, 'keepNext'),
        pageBreakBefore: onFlag(pPr, 'pageBreakBefore'),
        headerRows: 0,
        section,
      });
      // The paragraph holding a w:sectPr is the last of its section.
      if (pPr && child(pPr, 'sectPr')) section += 1;
    } else if (el.localName === 'tbl') {
      const rows = Array.from(el.children).filter((c) => c.localName === 'tr');
      let headerRows = 0;
      for (const tr of rows) {
        if (!onFlag(child(tr, 'trPr'), 'tblHeader')) break;
        headerRows += 1;
      }
      // A table is kept with what follows when its last row's paragraphs are (the last body table before the
      // signature block).
      const last = rows[rows.length - 1];
      const keepNext = last
        ? Array.from(last.getElementsByTagNameNS(W, 'pPr')).some((pPr) => onFlag(pPr, 'keepNext'))
        : false;
      flags.push({ kind: 'table', keepNext, pageBreakBefore: false, headerRows, section });
    }
  }
  return flags;
}
