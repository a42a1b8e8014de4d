/**
 * Report → Pandoc Markdown with the same content (header lines, headings with their markers, body blocks,
 * footnotes, tables, closing, recipients, signature), so pandoc can make "the same DOCX" for the export
 * benchmark. Not used by the app itself.
 */
import { siblingNumbering, type MarkerContext } from '../../core/model/markers';
import type {
  Block,
  CellParagraph,
  Inline,
  PlainParagraph,
  Report,
  Section,
  Table,
  TextRun,
} from '../../core/model/report-schema';
import { inlineText } from '../../core/model/report-text';

/**
 * Backslash-escapes what Pandoc Markdown could read as markup: inline markup characters anywhere, and a
 * list or heading marker at the start of a paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~^$@]/g, (c) => `\\${c}`)
    .replace(
      /^(\s*)([-+#]|\d+[.)])/,
      (_m, space: string, marker: string) => `${space}${marker.replace(/[-+#.)]/, (c) => `\\${c}`)}`,
    );
}

/** Wraps non-space text in open/close markers: emphasis must hug the text, spaces stay outside. */
function wrap(s: string, open: string, close: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s);
  return m && m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : s;
}

function run(r: TextRun): string {
  let s = escapeMarkdown(r.text);
  if (r.bold) s = wrap(s, '**', '**');
  if (r.italic) s = wrap(s, '*', '*');
  if (r.underline) s = wrap(s, '[', ']{.underline}');
  return s;
}

class MarkdownWriter {
  private readonly notes: string[] = [];

  inlines(content: readonly Inline[]): string {
    let out = '';
    for (const inline of content) {
      if (inline.type === 'text') out += run(inline);
      else if (inline.type === 'break') out += '\\\n';
      else {
        this.notes.push(inline.paragraphs.map((p) => this.plain(p)).join('\n\n    '));
        out += `[^${this.notes.length}]`;
      }
    }
    return out;
  }

  plain(p: PlainParagraph): string {
    return p.content.map((r) => (r.type === 'break' ? '\\\n' : run(r))).join('');
  }

  table(t: Table): string {
    // Pipe-table cells are one line: breaks and footnotes are left out of the bench's peer document.
    const cell = (paragraphs: readonly CellParagraph[]) =>
      paragraphs
        .map((p) => escapeMarkdown(inlineText(p.content).replace(/\n/g, ' ')))
        .join(' ')
        .replace(/\|/g, '\\|') || ' ';
    const widths = Math.max(...t.rows.map((r) => r.cells.length));
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const rows = t.rows.map((r) => {
      const cells = r.cells.map((c) => cell(c.paragraphs));
      while (cells.length < widths) cells.push(' ');
      return line(cells);
    });
    // Pipe tables always have one header row; a table without one gets an empty header.
    const header = t.headerRows > 0 ? rows.shift()! : line(Array<string>(widths).fill(' '));
    return [header, line(Array<string>(widths).fill('---')), ...rows].join('\n');
  }

  blocks(blocks: readonly Block[]): string[] {
    const out: string[] = [];
    let numbered = 0;
    for (const b of blocks) {
      switch (b.type) {
        case 'paragraph':
          out.push(this.inlines(b.content));
          break;
        case 'dash':
          // Literal "- " text like the DOCX (not a bullet list), escaped so pandoc keeps it as text.
          out.push(`${b.level === 2 ? '\\+' : '\\-'} ${this.inlines(b.content)}`);
          break;
        case 'numbered':
          out.push(`${++numbered}\\. ${this.inlines(b.content)}`);
          break;
        case 'table':
          out.push(this.table(b));
          break;
      }
    }
    return out;
  }

  /** Sibling sections with the markers their printed levels give them (as the DOCX writer numbers them). */
  sections(list: readonly Section[], context: MarkerContext): string[] {
    const numbering = siblingNumbering(list, context);
    return list.flatMap((s, i) => {
      const { level, marker, children } = numbering[i]!;
      const heading = level === 1 ? s.heading.toUpperCase() : s.heading;
      return [
        `${'#'.repeat(level)} ${escapeMarkdown(`${marker} ${heading}`)}`,
        ...this.blocks(s.blocks),
        ...this.sections(s.children, children),
      ];
    });
  }

  document(report: Report): string {
    const h = report.header;
    const parts = [
      escapeMarkdown(h.parentOrg),
      escapeMarkdown(h.issuer),
      escapeMarkdown(`Số ${h.number}-${h.docTypeCode}/${h.issuerCode}`),
      escapeMarkdown(`${h.place}, ${h.date}`),
      `**${escapeMarkdown(report.docType)}**`,
      `**${escapeMarkdown(report.title)}**`,
      ...this.blocks(report.opening),
      ...this.sections(report.sections, { parentLevel: 0 }),
      ...this.blocks(report.closing),
      `**${escapeMarkdown('Nơi nhận:')}**`,
      ...report.recipients.map((r) => `\\- ${escapeMarkdown(r)},`),
      `**${escapeMarkdown(report.signature.authority)}**`,
      `**${escapeMarkdown(report.signature.title)}**`,
      `**${escapeMarkdown(report.signature.name)}**`,
      ...(report.appendices ?? []).flatMap((a) => [
        `# ${escapeMarkdown(a.title.toUpperCase())}`,
        ...this.blocks(a.blocks),
      ]),
    ];
    const notes = this.notes.map((n, i) => `[^${i + 1}]: ${n}`);
    return `${[...parts, ...notes].join('\n\n')}\n`;
  }
}

export function reportToMarkdown(report: Report): string {
  return new MarkdownWriter().document(report);
}
