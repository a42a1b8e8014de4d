/**
 * A Report built in code (not parsed by the schema) may carry NFD text or XML-invalid characters; this
 * gives every string the same cleaning the schema applies, so the writer never emits a corrupt .docx.
 */
import type { Block, Footnote, Inline, PlainParagraph, Report, Section } from '../model/report-schema';
import { cleanLine, cleanText } from '../text/clean-text';

function paragraph(p: PlainParagraph): PlainParagraph {
  return { ...p, content: p.content.map((r) => ({ ...r, text: cleanText(r.text) })) };
}

function footnote(f: Footnote): Footnote {
  return { ...f, paragraphs: f.paragraphs.map(paragraph) };
}

function inline(i: Inline): Inline {
  return i.type === 'footnote' ? footnote(i) : { ...i, text: cleanText(i.text) };
}

function block(b: Block): Block {
  if (b.type === 'table') {
    return { ...b, rows: b.rows.map((r) => ({ cells: r.cells.map((c) => ({ paragraphs: c.paragraphs.map(paragraph) })) })) };
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
      parentOrg: cleanLine(h.parentOrg),
      issuer: cleanLine(h.issuer),
      number: cleanLine(h.number),
      docTypeCode: cleanLine(h.docTypeCode),
      issuerCode: cleanLine(h.issuerCode),
      place: cleanLine(h.place),
    },
    docType: cleanLine(report.docType),
    title: cleanLine(report.title),
    opening: report.opening.map(block),
    sections: report.sections.map(section),
    closing: report.closing.map(block),
    recipients: report.recipients.map(cleanLine),
    signature: { authority: cleanLine(sig.authority), title: cleanLine(sig.title), name: cleanLine(sig.name) },
    ...(report.appendices
      ? { appendices: report.appendices.map((a) => ({ ...a, title: cleanLine(a.title), blocks: a.blocks.map(block) })) }
      : {}),
  };
}
