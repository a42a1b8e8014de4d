/**
 * Where LibreOffice put each line of text: `pdftotext -bbox-layout` writes XHTML with a box (in points, origin
 * top-left) for every page, line and word; this reads it into plain objects so tests can assert geometry
 * (header halves, page-number position, footnotes at the page bottom, text inside the margins).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { childElements, descendants, isElement, parseXml, type XmlElement } from './docx-xml';

const run = promisify(execFile);

export const PT_PER_MM = 72 / 25.4;

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface TextLine extends Box {
  text: string;
}
export interface PdfPage {
  width: number;
  height: number;
  lines: TextLine[];
}

function box(el: XmlElement): Box {
  const n = (k: string) => Number(el.attrs[k]);
  return { xMin: n('xMin'), yMin: n('yMin'), xMax: n('xMax'), yMax: n('yMax') };
}

function wordText(word: XmlElement): string {
  return word.children.map((c) => (isElement(c) ? '' : c.text)).join('');
}

/** Every page with its text lines (words joined by one space), in the order pdftotext found them. */
export async function pdfPageLines(pdfPath: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const doc = descendants(parseXml(stdout), 'doc')[0];
  if (!doc) throw new Error('pdftotext -bbox-layout gave no <doc>');
  return childElements(doc, 'page').map((page) => ({
    width: Number(page.attrs.width),
    height: Number(page.attrs.height),
    lines: descendants(page, 'line').map((line) => ({
      ...box(line),
      text: descendants(line, 'word').map(wordText).join(' '),
    })),
  }));
}

export function mm(pt: number): number {
  return pt / PT_PER_MM;
}

/** The first line of the page whose text contains `needle`, or an error naming what is missing. */
export function lineWith(page: PdfPage, needle: string): TextLine {
  const found = page.lines.find((l) => l.text.includes(needle));
  if (!found) throw new Error(`no line containing "${needle}" on this page`);
  return found;
}
