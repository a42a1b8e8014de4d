/**
 * A Report built in code (not parsed by the schema) may carry NFD text or XML-invalid characters; this
 * gives every string the same cleaning the schema applies, so the writer never emits a corrupt .docx.
 */
import type {
  Block,
  CellParagraph,
  Footnote,
  Inline,
  PlainInline,
  PlainParagraph,
  Report,
  Section,
  TableCell,
} from '../model/report-schema';
import { cleanLine, cleanLines, cleanText } from '../text/clean-text';

function plainInline(i: PlainInline): PlainInline {
  return i.type === 'break' ? i : { ...i, text: cleanText(i.text) };
}

function paragraph(p: PlainParagraph): PlainParagraph {
  return { ...p, content: p.content.map(plainInline) };
}

function cellParagraph(p: CellParagraph): CellParagraph {
  return { ...p, content: p.content.map(inline) };
}

function cell(c: TableCell): TableCell {
  return { ...c, paragraphs: c.paragraphs.map(cellParagraph) };
}

function footnote(f: Footnote): Footnote {
  return { ...f, paragraphs: f.paragraphs.map(paragraph) };
}

function inline(i: Inline): Inline {
  return i.type === 'footnote' ? footnote(i) : plainInline(i);
}

function block(b: Block): Block {
  if (b.type === 'table') {
    return {
      ...b,
      ...(b.caption === undefined ? {} : { caption: cleanLine(b.caption) }),
      ...(b.unit === undefined ? {} : { unit: cleanLine(b.unit) }),
      rows: b.rows.map((r) => ({ ...r, cells: r.cells.map(cell) })),
    };
  }
  return { ...b, content: b.content.map(inline) };
}

function section(s: Section): Section {
  return { ...s, heading: cleanLine(s.heading), blocks: s.blocks.map(block), children: s.children.map(section) };
}

export function sanitizeReport(report: Report): Report {
  const h = report.header;
  const sig = report.signature;
  return {
    ...report,
    header: {
      ...h,
      parentOrg: cleanLines(h.parentOrg),
      issuer: cleanLines(h.issuer),
      number: cleanLine(h.number),
      docTypeCode: cleanLine(h.docTypeCode),
      issuerCode: cleanLine(h.issuerCode),
      place: cleanLine(h.place),
    },
    docType: cleanLine(report.docType),
    title: cleanLines(report.title),
    opening: report.opening.map(block),
    sections: report.sections.map(section),
    closing: report.closing.map(block),
    recipients: report.recipients.map(cleanLine),
    signature: { authority: cleanLines(sig.authority), title: cleanLines(sig.title), name: cleanLine(sig.name) },
    ...(report.appendices
      ? {
          appendices: report.appendices.map((a) => ({
            ...a,
            title: cleanLines(a.title),
            ...(a.attachedLine === undefined ? {} : { attachedLine: cleanLine(a.attachedLine) }),
            blocks: a.blocks.map(block),
          })),
        }
      : {}),
  };
}
