/**
 * Pasting text typed in TCVN3 (.VnTime) or VNI (VNI-Times): converted to Unicode before it reaches the editor.
 * Word HTML names the font of every run, so runs are converted by their own font (a document can mix .VnTime
 * headings, .VnTimeH capitals and Times New Roman body); when no run names a legacy font (plain text, a web
 * page), the text as a whole is judged by its character statistics (core/text/legacy/legacy-detect.ts).
 */
import { legacyToUnicode, type LegacyEncoding } from '../../../core/text/legacy/legacy-decode';
import { detectLegacyEncoding, legacyEncodingOfFont } from '../../../core/text/legacy/legacy-detect';

export interface LegacyPasteResult {
  /** The pasted content, converted (or as it was when nothing needed converting). */
  value: string;
  /** Paragraphs that held converted text; 0 when nothing was converted. */
  paragraphs: number;
  encodings: LegacyEncoding[];
}

/** Word HTML of a long document is a few MB; past this the paste is left to the editor as it is. */
const MAX_HTML_LENGTH = 8_000_000;
const BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, div, blockquote, pre, dd, dt';

/** `font-family` of an inline style, not `mso-ascii-font-family` and the like. */
function inlineFontFamily(style: string | null): string | null {
  const m = style ? /(?:^|;)\s*font-family\s*:\s*([^;]+)/iu.exec(style) : null;
  return m?.[1]?.trim() ?? null;
}

interface StyleRule {
  selector: string;
  fontFamily: string;
}

/** Font-family rules of the <style> blocks Word puts in its HTML (p.MsoNormal {font-family:".VnTime"}). */
function styleRules(doc: Document): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const style of doc.querySelectorAll('style')) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//gu, '').replace(/<!--|-->/gu, '');
    for (const m of css.matchAll(/([^{}@]+)\{([^{}]*)\}/gu)) {
      const fontFamily = inlineFontFamily(m[2]!);
      if (!fontFamily) continue;
      for (const selector of m[1]!.split(','))
        if (selector.trim()) rules.push({ selector: selector.trim(), fontFamily });
    }
  }
  return rules;
}

function elementFont(el: Element, rules: readonly StyleRule[]): string | null {
  const inline = inlineFontFamily(el.getAttribute('style'));
  if (inline) return inline;
  if (el.localName === 'font' && el.getAttribute('face')) return el.getAttribute('face');
  let found: string | null = null;
  for (const r of rules) {
    try {
      if (el.matches(r.selector)) found = r.fontFamily; // later rules win, as in CSS of equal weight
    } catch {
      // A selector the DOM cannot parse (Word writes a few): it cannot match.
    }
  }
  return found;
}

/** The font a text node is drawn with: the nearest ancestor that names one. */
function fontOf(node: Node, rules: readonly StyleRule[], cache: Map<Element, string | null>): string | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    let font = cache.get(el);
    if (font === undefined) {
      font = elementFont(el, rules);
      cache.set(el, font);
    }
    if (font) return font;
  }
  return null;
}

/** The text the clerk sees: not the CSS or script some programs put in the body. */
function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('style, script, template')) out.push(n as Text);
  }
  return out;
}

export function convertLegacyHtml(html: string): LegacyPasteResult {
  const unchanged: LegacyPasteResult = { value: html, paragraphs: 0, encodings: [] };
  if (html.length > MAX_HTML_LENGTH) return unchanged;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const rules = styleRules(doc);
  const cache = new Map<Element, string | null>();
  const nodes = textNodes(doc);
  const blocks = new Set<Element | null>();
  const encodings = new Set<LegacyEncoding>();
  const convert = (node: Text, encoding: LegacyEncoding, uppercaseFont?: boolean) => {
    const decoded = legacyToUnicode(node.data, encoding, { uppercaseFont });
    if (decoded === node.data) return;
    node.data = decoded;
    blocks.add(node.parentElement?.closest(BLOCKS) ?? null);
    encodings.add(encoding);
  };
  for (const node of nodes) {
    const legacy = legacyEncodingOfFont(fontOf(node, rules, cache) ?? '');
    if (legacy) convert(node, legacy.encoding, legacy.uppercaseFont);
  }
  if (encodings.size === 0) {
    const found = detectLegacyEncoding(nodes.map((n) => n.data).join(' '));
    if (found.encoding === null) return unchanged;
    for (const node of nodes) convert(node, found.encoding);
  }
  if (encodings.size === 0) return unchanged;
  return { value: doc.body.innerHTML, paragraphs: Math.max(1, blocks.size), encodings: [...encodings] };
}

export function convertLegacyText(text: string): LegacyPasteResult {
  const found = detectLegacyEncoding(text);
  if (found.encoding === null) return { value: text, paragraphs: 0, encodings: [] };
  const value = legacyToUnicode(text, found.encoding);
  const after = value.split(/\r\n?|\n/u);
  const paragraphs = text.split(/\r\n?|\n/u).filter((line, i) => line !== after[i]).length;
  return { value, paragraphs: Math.max(1, paragraphs), encodings: [found.encoding] };
}

const ENCODING_LABEL: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

/** "Đã chuyển 3 đoạn từ mã TCVN3 sang Unicode." */
export function legacyPasteMessage(result: Pick<LegacyPasteResult, 'paragraphs' | 'encodings'>): string {
  return `Đã chuyển ${result.paragraphs} đoạn từ mã ${result.encodings.map((e) => ENCODING_LABEL[e]).join(' và ')} sang Unicode.`;
}
