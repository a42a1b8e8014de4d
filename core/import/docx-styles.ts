/**
 * What paragraph and character styles (styles.xml) and list definitions (numbering.xml) contribute: bold,
 * italic and underline inherited through `basedOn`, a style's outline level and list, and a list level's
 * format ("-", "+", decimal, upper-roman…), so a heading made with a style or a Word bullet list is recognised.
 */
import { child, elements, toggle, val, type XmlElement } from './xml-tree';

export interface RunFormat {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
}

interface StyleInfo {
  basedOn?: string | undefined;
  run: RunFormat;
  outlineLevel?: number | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
  name: string;
}

export interface ListLevel {
  format: string;
  text: string;
}

export interface DocxStyles {
  /** Run formatting a paragraph style gives its text (after following basedOn). */
  paragraphRun(styleId: string | undefined): RunFormat;
  characterRun(styleId: string | undefined): RunFormat;
  outlineLevel(styleId: string | undefined): number | undefined;
  styleList(styleId: string | undefined): { numId: string; ilvl: number } | undefined;
  listLevel(numId: string, ilvl: number): ListLevel | undefined;
  styleName(styleId: string | undefined): string;
}

export function runFormat(rPr: XmlElement | undefined): RunFormat {
  const u = val(rPr, 'u');
  return {
    bold: toggle(rPr, 'b'),
    italic: toggle(rPr, 'i'),
    underline: child(rPr, 'u') ? u !== 'none' && u !== '0' : undefined,
  };
}

function merge(base: RunFormat, over: RunFormat): RunFormat {
  return {
    bold: over.bold ?? base.bold,
    italic: over.italic ?? base.italic,
    underline: over.underline ?? base.underline,
  };
}

export function readStyles(stylesRoot: XmlElement | undefined, numberingRoot: XmlElement | undefined): DocxStyles {
  const styles = new Map<string, StyleInfo>();
  for (const s of stylesRoot ? elements(stylesRoot, 'style') : []) {
    const id = s.attrs.styleId;
    if (!id) continue;
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = val(pPr, 'outlineLvl');
    styles.set(id, {
      basedOn: val(s, 'basedOn'),
      run: runFormat(child(s, 'rPr')),
      outlineLevel: outline === undefined ? undefined : Number(outline),
      numId: val(numPr, 'numId'),
      ilvl: val(numPr, 'ilvl') === undefined ? undefined : Number(val(numPr, 'ilvl')),
      name: val(s, 'name') ?? id,
    });
  }
  const chain = (id: string | undefined): StyleInfo[] => {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur) && out.length < 20;) {
      seen.add(cur);
      const s = styles.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  };
  const run = (id: string | undefined): RunFormat =>
    chain(id).reduceRight<RunFormat>((acc, s) => merge(acc, s.run), {});

  // numbering.xml: w:num (numId → abstractNumId, with level overrides) and w:abstractNum (levels).
  const abstract = new Map<string, Map<number, ListLevel>>();
  const nums = new Map<string, string>();
  if (numberingRoot) {
    for (const a of elements(numberingRoot, 'abstractNum')) {
      const levels = new Map<number, ListLevel>();
      for (const l of elements(a, 'lvl'))
        levels.set(Number(l.attrs.ilvl ?? 0), { format: val(l, 'numFmt') ?? 'decimal', text: val(l, 'lvlText') ?? '' });
      if (a.attrs.abstractNumId !== undefined) abstract.set(a.attrs.abstractNumId, levels);
    }
    for (const n of elements(numberingRoot, 'num')) {
      const a = val(n, 'abstractNumId');
      if (n.attrs.numId !== undefined && a !== undefined) nums.set(n.attrs.numId, a);
    }
  }
  return {
    paragraphRun: run,
    characterRun: run,
    outlineLevel: (id) => chain(id).find((s) => s.outlineLevel !== undefined)?.outlineLevel,
    styleList(id) {
      const s = chain(id).find((x) => x.numId !== undefined);
      return s?.numId !== undefined ? { numId: s.numId, ilvl: s.ilvl ?? 0 } : undefined;
    },
    listLevel(numId, ilvl) {
      const a = nums.get(numId);
      return a === undefined ? undefined : abstract.get(a)?.get(ilvl);
    },
    styleName: (id) => (id ? (styles.get(id)?.name ?? id) : ''),
  };
}
