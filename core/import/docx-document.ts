/**
 * word/document.xml → a flat list of paragraphs and tables with what recognition needs: inline text with
 * bold/italic/underline, line breaks and footnotes; alignment, outline level, list format, page breaks and the
 * page orientation of the section each belongs to. Tracked changes are taken as accepted (insertions kept,
 * deletions dropped); images, text boxes, comments and fields are reported through `note`.
 */
import type { Footnote, Inline, PlainInline, VerticalAlign } from '../model/report-schema';
import { readStyles, runFormat, type DocxStyles, type RunFormat } from './docx-styles';
import type { ImportNote } from './import-result';
import { BODY_LIMITS } from './import-limits';
import { child, elements, textOf, val, type XmlElement } from './xml-tree';

export type ParagraphAlign = 'left' | 'center' | 'right' | 'both';

export interface DocParagraph {
  kind: 'p';
  inlines: Inline[];
  align: ParagraphAlign | undefined;
  outlineLevel: number | undefined;
  /** A Word list paragraph: its level's format ("bullet", "decimal", "upperRoman", …) and text ("-", "%1."). */
  list: { format: string; text: string; ilvl: number } | undefined;
  pageBreakBefore: boolean;
  /** Index into DocBody.landscape of the page section holding this paragraph. */
  section: number;
  /** Every character of text is bold / italic (ignoring spaces). */
  allBold: boolean;
  allItalic: boolean;
}

export interface DocCell {
  gridSpan: number;
  vMerge: 'restart' | 'continue' | undefined;
  vAlign: VerticalAlign | undefined;
  paragraphs: DocParagraph[];
}

export interface DocRow {
  header: boolean;
  gridBefore: number;
  cells: DocCell[];
}

export interface DocTable {
  kind: 'table';
  grid: number[];
  rows: DocRow[];
  borderless: boolean;
  section: number;
  pageBreakBefore: boolean;
}

export type DocItem = DocParagraph | DocTable;

export interface DocBody {
  items: DocItem[];
  /** Per page section, in order: landscape or not. */
  landscape: boolean[];
}

export { BODY_LIMITS };

export class BodyLimitError extends Error {}

type Note = (note: ImportNote) => void;

const ALIGN: Readonly<Record<string, ParagraphAlign>> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'both',
  distribute: 'both',
  justify: 'both',
};

export class DocumentReader {
  private readonly styles: DocxStyles;
  private readonly footnotes = new Map<string, XmlElement>();
  private readonly counters = { paragraphs: 0, tables: 0 };
  private readonly noted = new Set<string>();
  private section = 0;
  private readonly landscape: boolean[] = [];
  private pendingPageBreak = false;

  constructor(
    parts: {
      styles?: XmlElement | undefined;
      numbering?: XmlElement | undefined;
      footnotes?: XmlElement | undefined;
      endnotes?: XmlElement | undefined;
    },
    private readonly note: Note,
  ) {
    this.styles = readStyles(parts.styles, parts.numbering);
    for (const root of [parts.footnotes, parts.endnotes]) {
      if (!root) continue;
      for (const f of root.children) {
        if (typeof f === 'string' || (f.name !== 'footnote' && f.name !== 'endnote')) continue;
        const type = f.attrs.type;
        if (type && type !== 'normal') continue;
        this.footnotes.set(`${f.name}:${f.attrs.id ?? ''}`, f);
      }
    }
  }

  /** Notes each kind of loss once per place, so a report with 40 images gets one line, not 40. */
  private noteOnce(key: string, note: ImportNote): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.note(note);
  }

  readBody(document: XmlElement): DocBody {
    const body = child(document, 'body');
    if (!body) throw new BodyLimitError('no-body');
    const items: DocItem[] = [];
    this.blockContent(body, items);
    // The body's last sectPr describes the last section.
    const last = child(body, 'sectPr');
    this.landscape[this.section] = isLandscape(last);
    return { items, landscape: this.landscape };
  }

  private blockContent(container: XmlElement, out: DocItem[]): void {
    for (const node of container.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'p':
          out.push(this.paragraph(node));
          break;
        case 'tbl':
          out.push(this.table(node));
          break;
        case 'sdt':
          this.blockContent(child(node, 'sdtContent') ?? node, out);
          break;
        case 'customXml':
        case 'ins':
        case 'moveTo':
        case 'smartTag':
          this.blockContent(node, out);
          break;
        case 'del':
        case 'moveFrom':
          this.noteOnce('tracked', trackedNote);
          break;
        case 'sectPr':
        case 'bookmarkStart':
        case 'bookmarkEnd':
        case 'proofErr':
        case 'permStart':
        case 'permEnd':
        case 'commentRangeStart':
        case 'commentRangeEnd':
        case 'tcPr':
        case 'trPr':
          break;
        case 'altChunk':
          this.noteOnce('altChunk', {
            kind: 'unknown-content',
            message: 'Tệp có phần nội dung nhúng từ tệp khác (altChunk) không đọc được; hãy chép phần đó vào báo cáo.',
          });
          break;
        default:
          this.unknown(node, out);
      }
    }
  }

  /** Content this reader does not understand still reaches the body as text, with a note. */
  private unknown(node: XmlElement, out: DocItem[]): void {
    const text = textOf(node).trim();
    this.noteOnce(`unknown:${node.name}`, {
      kind: 'unknown-content',
      message: text
        ? `Có nội dung dạng “${node.name}” không nhận ra; đã giữ lại phần chữ của nó thành đoạn văn, hãy kiểm tra lại định dạng.`
        : `Có nội dung dạng “${node.name}” không nhận ra và không có chữ; đã bỏ qua.`,
    });
    if (text) out.push(this.plainParagraph([{ type: 'text', text }]));
  }

  private plainParagraph(inlines: Inline[]): DocParagraph {
    return {
      kind: 'p',
      inlines,
      align: undefined,
      outlineLevel: undefined,
      list: undefined,
      pageBreakBefore: false,
      section: this.section,
      allBold: false,
      allItalic: false,
    };
  }

  private countParagraph(): void {
    if (++this.counters.paragraphs > BODY_LIMITS.paragraphs) throw new BodyLimitError('paragraphs');
  }

  paragraph(p: XmlElement, inFootnote = false): DocParagraph {
    this.countParagraph();
    const pPr = child(p, 'pPr');
    const styleId = val(pPr, 'pStyle');
    const base = this.styles.paragraphRun(styleId);
    const inlines: Inline[] = [];
    const ctx: RunContext = {
      base,
      field: [],
      inFootnote,
      pageBreakBefore: this.pendingPageBreak || child(pPr, 'pageBreakBefore') !== undefined,
    };
    this.pendingPageBreak = false;
    this.inlineContent(p, ctx, inlines);
    const numPr = child(pPr, 'numPr');
    const list = this.listOf(numPr, styleId);
    const outline = val(pPr, 'outlineLvl') ?? this.styles.outlineLevel(styleId);
    const texts = inlines.filter(
      (i): i is Extract<Inline, { type: 'text' }> => i.type === 'text' && i.text.trim() !== '',
    );
    const sectPr = child(pPr, 'sectPr');
    const result: DocParagraph = {
      kind: 'p',
      inlines,
      align: ALIGN[val(pPr, 'jc') ?? ''],
      outlineLevel: outline === undefined || Number(outline) > 8 ? undefined : Number(outline),
      list,
      pageBreakBefore: ctx.pageBreakBefore,
      section: this.section,
      allBold: texts.length > 0 && texts.every((t) => t.bold),
      allItalic: texts.length > 0 && texts.every((t) => t.italic),
    };
    if (sectPr && !inFootnote) {
      // A paragraph's sectPr ends its page section; the next paragraph starts a new page.
      this.landscape[this.section] = isLandscape(sectPr);
      this.section++;
      const type = val(sectPr, 'type');
      if (type !== 'continuous') this.pendingPageBreak = true;
    }
    return result;
  }

  private listOf(numPr: XmlElement | undefined, styleId: string | undefined): DocParagraph['list'] {
    const numId = val(numPr, 'numId') ?? this.styles.styleList(styleId)?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const ilvl = Number(val(numPr, 'ilvl') ?? this.styles.styleList(styleId)?.ilvl ?? 0);
    const level = this.styles.listLevel(numId, ilvl);
    return level ? { ...level, ilvl } : undefined;
  }

  private inlineContent(node: XmlElement, ctx: RunContext, out: Inline[]): void {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'r':
          this.run(c, ctx, out);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'ins':
        case 'moveTo':
        case 'bdo':
        case 'dir':
          this.inlineContent(c, ctx, out);
          break;
        case 'sdt':
          this.inlineContent(child(c, 'sdtContent') ?? c, ctx, out);
          break;
        case 'fldSimple':
          this.noteField(c.attrs.instr ?? '');
          this.inlineContent(c, ctx, out);
          break;
        case 'del':
        case 'moveFrom':
          this.noteOnce('tracked', trackedNote);
          break;
        case 'commentRangeStart':
        case 'commentRangeEnd':
          this.noteOnce('comment', commentNote);
          break;
        case 'oMath':
        case 'oMathPara':
          this.noteOnce('math', {
            kind: 'unknown-content',
            message: 'Công thức toán được chuyển thành chữ thường; hãy kiểm tra lại.',
          });
          out.push({ type: 'text', text: textOf(c) });
          break;
        default:
          break;
      }
    }
  }

  private noteField(instr: string): void {
    const kind = instr.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
    if (!kind) return;
    this.noteOnce(`field:${kind}`, {
      kind: 'field',
      message: `Trường tự động ${kind} (số trang, mục lục, ngày…) được giữ dưới dạng chữ đang hiển thị; hãy kiểm tra lại.`,
    });
  }

  private run(r: XmlElement, ctx: RunContext, out: Inline[]): void {
    const rPr = child(r, 'rPr');
    const format = mergeFormat(mergeFormat(ctx.base, this.styles.characterRun(val(rPr, 'rStyle'))), runFormat(rPr));
    const push = (text: string) => {
      if (ctx.field.length > 0 && ctx.field[ctx.field.length - 1] !== 'result') return;
      if (!text) return;
      const run: Inline = { type: 'text', text };
      if (format.bold) run.bold = true;
      if (format.italic) run.italic = true;
      if (format.underline) run.underline = true;
      out.push(run);
    };
    const hasText = () => out.some((i) => i.type === 'text' && i.text.trim() !== '');
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 't':
          push(textOf(c));
          break;
        case 'tab':
        case 'ptab':
          push('\t');
          break;
        case 'noBreakHyphen':
          push('-');
          break;
        case 'sym': {
          const code = parseInt(c.attrs.char ?? '', 16);
          if (Number.isFinite(code)) push(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code));
          break;
        }
        case 'br':
        case 'cr':
          if (c.attrs.type === 'page' || c.attrs.type === 'column') {
            if (hasText()) this.pendingPageBreak = true;
            else ctx.pageBreakBefore = true;
          } else if (ctx.field.length === 0 || ctx.field[ctx.field.length - 1] === 'result')
            out.push({ type: 'break' });
          break;
        case 'fldChar': {
          const type = c.attrs.fldCharType;
          if (type === 'begin') ctx.field.push('instr');
          else if (type === 'separate' && ctx.field.length > 0) ctx.field[ctx.field.length - 1] = 'result';
          else if (type === 'end') ctx.field.pop();
          break;
        }
        case 'instrText':
          this.noteField(textOf(c));
          break;
        case 'footnoteReference':
        case 'endnoteReference':
          this.footnoteReference(c, out, ctx);
          break;
        case 'drawing':
        case 'pict':
        case 'object':
        case 'AlternateContent':
          this.drawing(c, out);
          break;
        case 'delText':
          this.noteOnce('tracked', trackedNote);
          break;
        case 'commentReference':
          this.noteOnce('comment', commentNote);
          break;
        default:
          break;
      }
    }
  }

  private footnoteReference(ref: XmlElement, out: Inline[], ctx: RunContext): void {
    const kind = ref.name === 'endnoteReference' ? 'endnote' : 'footnote';
    const source = this.footnotes.get(`${kind}:${ref.attrs.id ?? ''}`);
    if (ctx.inFootnote || !source) {
      if (!source)
        this.noteOnce(`missing-${kind}`, {
          kind: 'structure',
          message: 'Có chú thích được tham chiếu nhưng không có nội dung trong tệp; đã bỏ qua dấu chú thích đó.',
        });
      return;
    }
    if (kind === 'endnote')
      this.noteOnce('endnote', {
        kind: 'structure',
        message: 'Chú thích cuối văn bản (endnote) được chuyển thành chú thích cuối trang.',
      });
    const paragraphs = elements(source, 'p').map((p) => {
      const para = this.paragraph(p, true);
      return {
        type: 'paragraph' as const,
        content: para.inlines.filter((i): i is PlainInline => i.type !== 'footnote'),
      };
    });
    // The writer (and Word) put a space after the reference mark: it is not part of the text.
    const first = paragraphs[0]?.content;
    while (first && first[0]?.type === 'text' && first[0].text.trim() === '') first.shift();
    if (first?.[0]?.type === 'text') first[0] = { ...first[0], text: first[0].text.replace(/^\s+/, '') };
    const footnote: Footnote = {
      type: 'footnote',
      paragraphs: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph', content: [] }],
    };
    out.push(footnote);
  }

  private drawing(node: XmlElement, out: Inline[]): void {
    // A text box's text is kept (as text in place) so nothing typed is lost; pictures cannot be carried over.
    const boxes = findAll(node, 'txbxContent');
    if (boxes.length > 0) {
      const box = boxes[0];
      const text = box
        ? elements(box, 'p')
            .map((p) => textOf(p).trim())
            .filter(Boolean)
            .join(' ')
        : '';
      this.noteOnce('text-box', {
        kind: 'text-box',
        message:
          'Khung chữ (text box) được chuyển thành chữ thường trong đoạn văn; hãy kiểm tra lại vị trí và định dạng.',
      });
      if (text) out.push({ type: 'text', text: ` ${text} ` });
      return;
    }
    this.noteOnce('image', {
      kind: 'image',
      message:
        'Hình ảnh, biểu đồ hoặc đối tượng nhúng không được đưa vào bản nháp (ứng dụng chỉ soạn chữ và bảng); hãy chèn lại sau khi xuất nếu cần.',
    });
  }

  private table(tbl: XmlElement): DocTable {
    if (++this.counters.tables > BODY_LIMITS.tables) throw new BodyLimitError('tables');
    const tblPr = child(tbl, 'tblPr');
    const grid = elements(child(tbl, 'tblGrid') ?? tbl, 'gridCol').map((g) => Number(g.attrs.w ?? 0) || 0);
    const pageBreakBefore = this.pendingPageBreak;
    this.pendingPageBreak = false;
    const rows: DocRow[] = [];
    for (const tr of rowsOf(tbl)) {
      const trPr = child(tr, 'trPr');
      const cells: DocCell[] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'tcPr');
        const vMergeEl = child(tcPr, 'vMerge');
        const paragraphs: DocParagraph[] = [];
        const items: DocItem[] = [];
        this.blockContent(tc, items);
        for (const item of items) {
          if (item.kind === 'p') paragraphs.push(item);
          else {
            // A table nested in a cell: its text is kept, one paragraph per row.
            this.noteOnce('nested-table', {
              kind: 'unknown-content',
              message: 'Bảng lồng trong ô bảng được chuyển thành chữ (mỗi dòng một đoạn); hãy kiểm tra lại.',
            });
            for (const row of item.rows) {
              const text = row.cells
                .map((cell) => cell.paragraphs.map((p) => inlineText(p.inlines)).join(' '))
                .join(' | ');
              paragraphs.push(this.plainParagraph([{ type: 'text', text }]));
            }
          }
        }
        const vAlign = val(tcPr, 'vAlign');
        cells.push({
          gridSpan: Math.max(1, Math.min(64, Number(val(tcPr, 'gridSpan') ?? 1) || 1)),
          vMerge: vMergeEl ? (vMergeEl.attrs.val === 'restart' ? 'restart' : 'continue') : undefined,
          vAlign: vAlign === 'center' || vAlign === 'bottom' || vAlign === 'top' ? vAlign : undefined,
          paragraphs,
        });
      }
      rows.push({
        header: child(trPr, 'tblHeader') !== undefined && val(trPr, 'tblHeader') !== '0',
        gridBefore: Number(val(trPr, 'gridBefore') ?? 0) || 0,
        cells,
      });
    }
    return { kind: 'table', grid, rows, borderless: isBorderless(tblPr), section: this.section, pageBreakBefore };
  }
}

interface RunContext {
  base: RunFormat;
  field: ('instr' | 'result')[];
  inFootnote: boolean;
  pageBreakBefore: boolean;
}

const trackedNote: ImportNote = {
  kind: 'tracked-change',
  message:
    'Tệp còn thay đổi được theo dõi (track changes): đã nhận các thay đổi (giữ phần thêm, bỏ phần xóa); hãy đọc lại các đoạn đó.',
};
const commentNote: ImportNote = {
  kind: 'comment',
  message: 'Các ghi chú (comment) trong tệp không được đưa vào bản nháp.',
};

function mergeFormat(base: RunFormat, over: RunFormat): RunFormat {
  return {
    bold: over.bold ?? base.bold,
    italic: over.italic ?? base.italic,
    underline: over.underline ?? base.underline,
  };
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(tbl)) {
    if (c.name === 'tr') out.push(c);
    else if (c.name === 'sdt' || c.name === 'customXml' || c.name === 'ins')
      out.push(...rowsOf(child(c, 'sdtContent') ?? c));
  }
  return out;
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(tr)) {
    if (c.name === 'tc') out.push(c);
    else if (c.name === 'sdt' || c.name === 'customXml') out.push(...cellsOf(child(c, 'sdtContent') ?? c));
  }
  return out;
}

function findAll(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(node)) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

function isLandscape(sectPr: XmlElement | undefined): boolean {
  const pgSz = child(sectPr, 'pgSz');
  if (!pgSz) return false;
  if (pgSz.attrs.orient === 'landscape') return true;
  return Number(pgSz.attrs.w ?? 0) > Number(pgSz.attrs.h ?? Infinity);
}

function isBorderless(tblPr: XmlElement | undefined): boolean {
  const borders = child(tblPr, 'tblBorders');
  if (!borders) return val(tblPr, 'tblStyle') === undefined;
  return elements(borders).every((b) => b.attrs.val === 'none' || b.attrs.val === 'nil');
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? '\n' : '')).join('');
}
