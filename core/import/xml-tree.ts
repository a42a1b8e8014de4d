/**
 * XML parts of a .docx as a small ordered tree. fast-xml-parser reads them (preserveOrder keeps runs and
 * paragraphs in document order); entities are never expanded: a part declaring a DOCTYPE or ENTITY (the
 * "billion laughs" attack) is refused before parsing, and only the five predefined XML entities and numeric
 * character references are decoded, by hand.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** Local name without the namespace prefix: "p", "r", "t", "tbl". */
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return PREDEFINED[ref] ?? whole;
  });
}

type RawNode = Record<string, unknown>;

function convert(raw: readonly RawNode[], budget: { nodes: number }): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of raw) {
    if (--budget.nodes < 0) throw new XmlError('too-many-nodes');
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        out.push(decodeEntities(String(value)));
        continue;
      }
      const attrs: Record<string, string> = {};
      const rawAttrs = node[':@'] as Record<string, unknown> | undefined;
      if (rawAttrs) for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeEntities(String(v));
      out.push({ name: key, attrs, children: Array.isArray(value) ? convert(value as RawNode[], budget) : [] });
    }
  }
  return out;
}

/** Parses a part; refuses DTDs (entity declarations) and more than `maxNodes` nodes. Throws XmlError. */
export function parseXml(xml: string, maxNodes = 3_000_000): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new XmlError('doctype');
  // The parser is lenient (it closes what is left open): a part must be well-formed to be trusted.
  if (!xml.trimStart().startsWith('<') || XMLValidator.validate(xml) !== true) throw new XmlError('malformed');
  let raw: RawNode[];
  try {
    raw = parser.parse(xml) as RawNode[];
  } catch {
    throw new XmlError('malformed');
  }
  let nodes: XmlNode[];
  try {
    nodes = convert(raw, { nodes: maxNodes });
  } catch (error) {
    // Nesting deep enough to exhaust the stack is not a document Word wrote.
    if (error instanceof RangeError) throw new XmlError('malformed');
    throw error;
  }
  const root = nodes.find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new XmlError('malformed');
  return root;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!node) return undefined;
  for (const c of node.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The "w:val" attribute of a property element, e.g. child(pPr, 'jc') → "center". */
export function val(node: XmlElement | undefined, name: string): string | undefined {
  return child(node, name)?.attrs.val;
}

/** A toggle property (w:b, w:i): present and not "0"/"false"/"none". undefined when absent. */
export function toggle(props: XmlElement | undefined, name: string): boolean | undefined {
  const el = child(props, name);
  if (!el) return undefined;
  const v = el.attrs.val;
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

export function textOf(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
