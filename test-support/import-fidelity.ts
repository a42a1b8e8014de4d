/**
 * Compares a report with the one read back from its own .docx export, piece by piece, the way a clerk would
 * check it: header fields, headings (printed level and text), blocks (kind, text and bold/italic/underline),
 * footnote paragraphs, table cells and spans, recipients, signature, appendices. Ids, outline keys and the
 * values the writer fills in by default (portrait, generated "Kèm theo" line, upper-cased appendix title) are
 * left out: they do not change the printed document.
 */
import type { Appendix, Block, Inline, Report, Section } from '../core/model/report-schema';

type Norm = unknown;

function inlines(content: readonly Inline[]): Norm[] {
  const out: Norm[] = [];
  for (const i of content) {
    if (i.type === 'break') out.push('⏎');
    else if (i.type === 'footnote') out.push({ footnote: i.paragraphs.map((p) => inlines(p.content)) });
    else {
      const style = `${i.bold ? 'b' : ''}${i.italic ? 'i' : ''}${i.underline ? 'u' : ''}`;
      const last = out[out.length - 1] as { text?: string; style?: string } | undefined;
      if (last && typeof last === 'object' && last.text !== undefined && last.style === style) last.text += i.text;
      else out.push({ text: i.text, style });
    }
  }
  // Spaces at the ends of a paragraph are not visible in print.
  const first = out[0] as { text?: string } | undefined;
  if (first?.text !== undefined) first.text = first.text.replace(/^\s+/, '');
  const last = out[out.length - 1] as { text?: string } | undefined;
  if (last?.text !== undefined) last.text = last.text.replace(/\s+$/, '');
  return out.filter((x) => !(typeof x === 'object' && x !== null && (x as { text?: string }).text === ''));
}

export function normBlock(b: Block): Norm {
  if (b.type === 'table') {
    return {
      // Header and total rows print bold whatever their text says, so bold there is not compared.
      table: b.rows.map((r, i) =>
        r.cells.map((c) => ({
          p: c.paragraphs.map((p) =>
            inlines(
              i < b.headerRows || r.total
                ? p.content.map((x) => (x.type === 'text' ? { ...x, bold: false } : x))
                : p.content,
            ),
          ),
          cs: c.colSpan ?? 1,
          rs: c.rowSpan ?? 1,
        })),
      ),
      totals: b.rows.map((r) => r.total === true),
      headerRows: b.headerRows,
      caption: b.caption ?? '',
      unit: b.unit ?? '',
    };
  }
  return { type: b.type, level: b.type === 'dash' ? (b.level ?? 1) : 0, content: inlines(b.content) };
}

function normAppendix(a: Appendix): Norm {
  return {
    title: a.title.toLocaleUpperCase('vi'),
    orientation: a.orientation ?? 'portrait',
    blocks: a.blocks.map(normBlock),
  };
}

export interface FidelityItem {
  part: string;
  equal: boolean;
  expected: Norm;
  actual: Norm;
}

/** Each comparable piece of the report, flattened: one entry per header field, heading, block, recipient… */
function pieces(r: Report): Map<string, Norm> {
  const m = new Map<string, Norm>();
  for (const [k, v] of Object.entries(r.header)) m.set(`header.${k}`, v);
  m.set('ruleSet', r.ruleSet);
  m.set('docType', r.docType);
  m.set('title', r.title);
  r.opening.forEach((b, i) => m.set(`opening[${i}]`, normBlock(b)));
  const walk = (sections: readonly Section[], path: string, parentLevel: number) =>
    sections.forEach((s, i) => {
      const p = `${path}[${i}]`;
      const level = s.level ?? parentLevel + 1;
      m.set(`${p}.heading`, { level, heading: s.heading });
      s.blocks.forEach((b, j) => m.set(`${p}.blocks[${j}]`, normBlock(b)));
      walk(s.children, `${p}.children`, level);
    });
  walk(r.sections, 'sections', 0);
  r.closing.forEach((b, i) => m.set(`closing[${i}]`, normBlock(b)));
  r.recipients.forEach((x, i) => m.set(`recipients[${i}]`, x));
  for (const [k, v] of Object.entries(r.signature)) m.set(`signature.${k}`, v);
  (r.appendices ?? []).forEach((a, i) => {
    const n = normAppendix(a) as { title: string; orientation: string; blocks: Norm[] };
    m.set(`appendices[${i}].title`, n.title);
    m.set(`appendices[${i}].orientation`, n.orientation);
    n.blocks.forEach((b, j) => m.set(`appendices[${i}].blocks[${j}]`, b));
  });
  return m;
}

export interface Fidelity {
  /** Pieces equal / pieces in the original (missing and extra pieces count as unequal). */
  equal: number;
  total: number;
  differences: FidelityItem[];
  /** Words of the original found again, as a multiset. */
  wordsFound: number;
  words: number;
}

function words(r: Report): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(...v.split(/\s+/).filter(Boolean));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v))
        if (
          k !== 'id' &&
          k !== 'outlineKey' &&
          k !== 'type' &&
          k !== 'ruleSet' &&
          k !== 'attachedLine' &&
          k !== 'orientation'
        )
          visit(x);
  };
  visit({ ...r, schemaVersion: undefined });
  return out;
}

export function compareReports(expected: Report, actual: Report): Fidelity {
  const a = pieces(expected);
  const b = pieces(actual);
  const differences: FidelityItem[] = [];
  let equal = 0;
  for (const [part, value] of a) {
    const other = b.get(part);
    if (JSON.stringify(value) === JSON.stringify(other)) equal++;
    else differences.push({ part, equal: false, expected: value, actual: other });
  }
  for (const [part, value] of b)
    if (!a.has(part)) differences.push({ part, equal: false, expected: undefined, actual: value });
  const pool = new Map<string, number>();
  for (const w of words(actual)) pool.set(w.toLocaleLowerCase('vi'), (pool.get(w.toLocaleLowerCase('vi')) ?? 0) + 1);
  const original = words(expected);
  let wordsFound = 0;
  for (const w of original) {
    const key = w.toLocaleLowerCase('vi');
    const n = pool.get(key) ?? 0;
    if (n > 0) {
      wordsFound++;
      pool.set(key, n - 1);
    }
  }
  return {
    equal,
    total: a.size + [...b.keys()].filter((k) => !a.has(k)).length,
    differences,
    wordsFound,
    words: original.length,
  };
}
