/**
 * Reading a .docx the way a checker would: unzip it (fflate), parse its XML parts (fast-xml-parser, order
 * preserved) and walk paragraphs and runs with their formatting. Shared by the core tests and the renderer's
 * e2e tests, so an exported file is judged by the same rules everywhere.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type DocxParts = Map<string, string>;

/** All text parts of the package (XML and .rels), keyed by their path inside the zip. */
export function unzipDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const parts: DocxParts = new Map();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, strFromU8(data));
  }
  return parts;
}

export function requirePart(parts: DocxParts, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`the .docx has no ${name}`);
  return xml;
}

/** true, or the validator's error message, so a failing assertion says what is wrong. */
export function xmlWellFormed(xml: string): true | string {
  const result = XMLValidator.validate(xml);
  return result === true ? true : `${result.err.code}: ${result.err.msg} (line ${result.err.line})`;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Keep text exactly: no trimming, no number parsing ("01" must stay "01").
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  textNodeName: '#text',
});

type RawNode = Record<string, unknown>;

function convert(raw: RawNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of raw) {
    const attrs = (node[':@'] as Record<string, string> | undefined) ?? {};
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') continue;
      if (key === '#text') out.push({ text: String(value) });
      else if (!key.startsWith('?')) out.push({ name: key, attrs, children: convert(value as RawNode[]) });
    }
  }
  return out;
}

/** Parses an XML part into a tree of elements and text nodes, in document order. */
export function parseXml(xml: string): XmlElement {
  const root = convert(parser.parse(xml) as RawNode[]).find(isElement);
  if (!root) throw new Error('no root element');
  return root;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? childElements(el, name)[0] : undefined;
}

/** Every descendant element with this name, depth-first in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === name) found.push(c);
    found.push(...descendants(c, name));
  }
  return found;
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (isElement(c) ? '' : c.text)).join('');
}

/** An on/off property (w:b, w:i …) is on when present without w:val="false"/"0". */
function isOn(props: XmlElement | undefined, name: string): boolean {
  const el = child(props, name);
  if (!el) return false;
  const val = el.attrs['w:val'];
  return val === undefined || !['false', '0', 'off'].includes(val);
}

export interface WordRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** w:sz in half-points, when the run sets it. */
  size: number | undefined;
  /** Id of the footnote this run references, if it is a footnote reference. */
  footnoteId: string | undefined;
  element: XmlElement;
}

export interface WordParagraph {
  /** Text of the paragraph; footnote references appear as `footnoteMark(id)` (default: nothing). */
  text: string;
  runs: WordRun[];
  props: XmlElement | undefined;
  /** Depth of table nesting (0 = body paragraph). */
  tableDepth: number;
  element: XmlElement;
}

export interface ReadOptions {
  footnoteMark?: (id: string) => string;
}

function readRun(r: XmlElement, options: ReadOptions): WordRun {
  const props = child(r, 'w:rPr');
  let text = '';
  let footnoteId: string | undefined;
  for (const c of childElements(r)) {
    if (c.name === 'w:t') text += textOf(c);
    else if (c.name === 'w:tab') text += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
    else if (c.name === 'w:footnoteReference') {
      footnoteId = c.attrs['w:id'];
      text += options.footnoteMark?.(footnoteId ?? '') ?? '';
    }
  }
  const u = child(props, 'w:u');
  const sz = child(props, 'w:sz')?.attrs['w:val'];
  return {
    text,
    bold: isOn(props, 'w:b'),
    italic: isOn(props, 'w:i'),
    underline: u !== undefined && u.attrs['w:val'] !== 'none',
    size: sz === undefined ? undefined : Number(sz),
    footnoteId,
    element: r,
  };
}

function readParagraph(p: XmlElement, tableDepth: number, options: ReadOptions): WordParagraph {
  // Runs may sit inside hyperlinks, smart tags or insertions; take them all in order.
  const runs = collectRuns(p).map((r) => readRun(r, options));
  return { text: runs.map((r) => r.text).join(''), runs, props: child(p, 'w:pPr'), tableDepth, element: p };
}

function collectRuns(el: XmlElement): XmlElement[] {
  return childElements(el).flatMap((c) => (c.name === 'w:r' ? [c] : c.name === 'w:pPr' ? [] : collectRuns(c)));
}

/** Paragraphs of a container (body, cell, footnote, header) in reading order, tables included. */
export function paragraphsIn(container: XmlElement, options: ReadOptions = {}, tableDepth = 0): WordParagraph[] {
  return childElements(container).flatMap((c) => {
    if (c.name === 'w:p') return [readParagraph(c, tableDepth, options)];
    if (c.name === 'w:tbl') {
      return descendantsShallow(c, 'w:tc').flatMap((tc) => paragraphsIn(tc, options, tableDepth + 1));
    }
    if (c.name === 'w:sdt') return paragraphsIn(child(c, 'w:sdtContent') ?? c, options, tableDepth);
    return [];
  });
}

/** Paragraphs of one table (or of some of its rows), cell by cell. */
export function paragraphsOfTable(
  tbl: XmlElement,
  rows?: readonly XmlElement[],
  options: ReadOptions = {},
): WordParagraph[] {
  const table = rows ? { ...tbl, children: [...rows] } : tbl;
  return paragraphsIn({ name: 'w:body', attrs: {}, children: [table] }, options);
}

/** Cells of a table's own rows (not of nested tables), row by row. */
function descendantsShallow(tbl: XmlElement, name: string): XmlElement[] {
  return childElements(tbl, 'w:tr').flatMap((tr) => childElements(tr, name));
}

export function documentBody(parts: DocxParts): XmlElement {
  const body = child(parseXml(requirePart(parts, 'word/document.xml')), 'w:body');
  if (!body) throw new Error('word/document.xml has no w:body');
  return body;
}

/** The user's footnotes (separators excluded), id → paragraphs. */
export function footnotes(parts: DocxParts, options: ReadOptions = {}): Map<string, WordParagraph[]> {
  const xml = parts.get('word/footnotes.xml');
  const map = new Map<string, WordParagraph[]>();
  if (xml === undefined) return map;
  for (const fn of childElements(parseXml(xml), 'w:footnote')) {
    const type = fn.attrs['w:type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    map.set(fn.attrs['w:id'] ?? '', paragraphsIn(fn, options));
  }
  return map;
}

/** Ids of footnote references in the body, in reading order. */
export function footnoteReferenceOrder(parts: DocxParts): string[] {
  return descendants(documentBody(parts), 'w:footnoteReference').map((r) => r.attrs['w:id'] ?? '');
}

/** Superscript digits as a reader sees footnote numbers in running text: 12 → "¹²". */
export function superscriptNumber(n: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return String(n)
    .split('')
    .map((d) => digits[Number(d)])
    .join('');
}

/** Header parts referenced by the body's section properties, by type ("default", "first", "even"). */
export function sectionHeaders(parts: DocxParts): Map<string, XmlElement> {
  const sectPr = child(documentBody(parts), 'w:sectPr');
  const rels = parseXml(requirePart(parts, 'word/_rels/document.xml.rels'));
  const targets = new Map(childElements(rels, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]));
  const headers = new Map<string, XmlElement>();
  for (const ref of sectPr ? childElements(sectPr, 'w:headerReference') : []) {
    const target = targets.get(ref.attrs['r:id'] ?? '');
    if (target) headers.set(ref.attrs['w:type'] ?? 'default', parseXml(requirePart(parts, `word/${target}`)));
  }
  return headers;
}

/** Field instructions (PAGE, NUMPAGES …) found in a part, complex and simple fields alike. */
export function fieldInstructions(el: XmlElement): string[] {
  return [
    ...descendants(el, 'w:instrText').map((i) => textOf(i).trim()),
    ...descendants(el, 'w:fldSimple').map((f) => (f.attrs['w:instr'] ?? '').trim()),
  ];
}

/** Text of all w:t in a part (for "is this header empty"). */
export function allText(el: XmlElement): string {
  return descendants(el, 'w:t').map(textOf).join('');
}
