/**
 * The body of a report: chapters and sections from their markers, whatever style carries them ("I." / "I-",
 * "1.", "1.1.", "a)", or a Word list of that format), "- " and "+ " lines, numbered items, tables with their
 * caption and unit lines, the opening before chapter I and the "Trên đây là …" closing after the last chapter.
 *
 * Heading or numbered item? A "1." paragraph is a heading when its text is all bold (or carries an outline
 * level) and is at most HEADING_MAX_LENGTH characters; otherwise it is a numbered item of the section's body.
 * "a)" is a heading when bold or italic throughout and short, otherwise an ordinary paragraph keeping its text.
 */
import type { Block, HeadingLevel, Inline, Section } from '../model/report-schema';
import { foldText } from '../text/fold-text';
import type { DocItem, DocParagraph } from './docx-document';
import type { ImportNote } from './import-result';
import { leadingText, plainText, stripLeading, tidyInlines } from './inline-tools';
import { convertTable, tableAsText, tableFits } from './table-conversion';

export const HEADING_MAX_LENGTH = 300;

type Classified =
  | { kind: 'heading'; level: HeadingLevel; inlines: Inline[] }
  | { kind: 'dash'; level: 1 | 2; inlines: Inline[] }
  | { kind: 'numbered'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'empty' };

const ROMAN = /^(?=[IVXL])(X{0,3}|XL|L)(IX|IV|V?I{0,3})\s*(?:\.|-|–|\))\s*/u;
const LEVEL3 = /^\d{1,2}\.\d{1,2}\.?\s+/u;
const LEVEL2_HEADING = /^\d{1,2}\s*(?:\.|-|–)\s+/u;
const LEVEL2_ITEM = /^\d{1,2}[.)]\s+/u;
const LEVEL4 = /^[a-zđ]\)\s*/u;
const DASH = /^[-–—]\s+/u;
const PLUS = /^\+\s+/u;

function headingLike(p: DocParagraph, text: string, italicCounts: boolean): boolean {
  return (
    (p.allBold || (italicCounts && p.allItalic) || p.outlineLevel !== undefined) &&
    text.length <= HEADING_MAX_LENGTH &&
    !text.includes('\n')
  );
}

export function classify(p: DocParagraph): Classified {
  const inlines = tidyInlines(p.inlines);
  const text = plainText(inlines).trim();
  if (text === '' && !inlines.some((i) => i.type === 'footnote')) return { kind: 'empty' };
  const lead = leadingText(inlines);
  // A Word list: the marker is not in the text, its format says which kind.
  if (p.list) {
    const { format, text: marker, ilvl } = p.list;
    if (format === 'bullet' || format === 'none') {
      const level = marker.trim() === '+' || ilvl > 0 ? 2 : 1;
      return { kind: 'dash', level, inlines };
    }
    if (format === 'upperRoman' && headingLike(p, text, false)) return { kind: 'heading', level: 1, inlines };
    if (format === 'decimal' && headingLike(p, text, false))
      return { kind: 'heading', level: /%\d\.%\d/.test(marker) ? 3 : 2, inlines };
    if ((format === 'lowerLetter' || format === 'lowerRoman') && headingLike(p, text, true))
      return { kind: 'heading', level: 4, inlines };
    if (format === 'decimal') return { kind: 'numbered', inlines };
  }
  const roman = ROMAN.exec(lead);
  if (roman && roman[0].trim() !== '' && headingLike(p, text, false))
    return { kind: 'heading', level: 1, inlines: stripLeading(inlines, roman[0].length) };
  const l3 = LEVEL3.exec(lead);
  if (l3 && headingLike(p, text, true))
    return { kind: 'heading', level: 3, inlines: stripLeading(inlines, l3[0].length) };
  const l2 = LEVEL2_HEADING.exec(lead);
  if (l2 && headingLike(p, text, false))
    return { kind: 'heading', level: 2, inlines: stripLeading(inlines, l2[0].length) };
  const item = LEVEL2_ITEM.exec(lead);
  if (item) return { kind: 'numbered', inlines: stripLeading(inlines, item[0].length) };
  const l4 = LEVEL4.exec(lead);
  if (l4 && headingLike(p, text, true))
    return { kind: 'heading', level: 4, inlines: stripLeading(inlines, l4[0].length) };
  const dash = DASH.exec(lead);
  if (dash) return { kind: 'dash', level: 1, inlines: stripLeading(inlines, dash[0].length) };
  const plus = PLUS.exec(lead);
  if (plus) return { kind: 'dash', level: 2, inlines: stripLeading(inlines, plus[0].length) };
  // A heading without a typed marker, made with a heading style: its outline level is its level.
  if (p.outlineLevel !== undefined && p.outlineLevel <= 3 && p.allBold && text.length <= HEADING_MAX_LENGTH) {
    return { kind: 'heading', level: (p.outlineLevel + 1) as HeadingLevel, inlines };
  }
  return { kind: 'paragraph', inlines };
}

/** A table's caption: a centred line right before it (or before its unit line), bold or starting "Biểu"/"Bảng". */
const isCaption = (p: DocParagraph, text: string) =>
  p.align === 'center' &&
  (p.allBold || /^(Biểu|Bảng)(?=[\s\d:.]|$)/iu.test(text)) &&
  text.length <= 500 &&
  !text.includes('\n');
/** Its unit line: "Đơn vị tính: …", or a right-aligned italic line. */
const isUnit = (p: DocItem | undefined, text: string) =>
  p?.kind === 'p' &&
  text.length > 0 &&
  text.length <= 200 &&
  (/^\(?\s*Đơn vị( tính)?\s*:/iu.test(text) || (p.align === 'right' && p.allItalic));
const unitText = (text: string) => text.replace(/^\(\s*/u, '').replace(/\s*\)$/u, '');

export interface BodyContext {
  note(note: ImportNote): void;
}

/** Blocks from items (tables with their captions); headings are not expected here (appendix bodies). */
export function blocksFrom(items: readonly DocItem[], ctx: BodyContext, where: string): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    const consumed = tableWithCaption(items, i, out, ctx, where);
    if (consumed > 0) {
      i += consumed - 1;
      continue;
    }
    if (item.kind === 'table') continue;
    const c = classify(item);
    if (c.kind === 'empty') continue;
    if (c.kind === 'heading') out.push({ type: 'paragraph', content: tidyInlines(item.inlines) });
    else pushBlock(out, c);
  }
  return out;
}

function pushBlock(out: Block[], c: Exclude<Classified, { kind: 'empty' } | { kind: 'heading' }>): void {
  if (c.kind === 'dash')
    out.push(c.level === 2 ? { type: 'dash', level: 2, content: c.inlines } : { type: 'dash', content: c.inlines });
  else if (c.kind === 'numbered') out.push({ type: 'numbered', content: c.inlines });
  else out.push({ type: 'paragraph', content: c.inlines });
}

/**
 * If items[i] starts a table (its caption line, its unit line, or the table itself), pushes the table and
 * returns how many items it used; 0 otherwise.
 */
function tableWithCaption(items: readonly DocItem[], i: number, out: Block[], ctx: BodyContext, where: string): number {
  let j = i;
  let caption: string | undefined;
  let unit: string | undefined;
  const textAt = (k: number) => {
    const x = items[k];
    return x?.kind === 'p' ? plainText(x.inlines).replace(/\s+/g, ' ').trim() : undefined;
  };
  const first = items[j];
  if (first?.kind === 'p' && isCaption(first, textAt(j) ?? '')) {
    caption = textAt(j);
    j++;
  }
  if (isUnit(items[j], textAt(j) ?? '')) {
    unit = unitText(textAt(j) ?? '');
    j++;
  }
  const table = items[j];
  if (table?.kind !== 'table') return 0;
  if (!tableFits(table)) {
    ctx.note({
      kind: 'unknown-content',
      message:
        'Một bảng quá lớn (quá 20 cột hoặc 500 dòng) được chuyển thành chữ, mỗi dòng một đoạn; hãy chia thành bảng nhỏ hơn.',
      where,
    });
    for (const text of [caption, unit, ...tableAsText(table)])
      if (text) out.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    return j - i + 1;
  }
  out.push(convertTable(table, { caption, unit }));
  return j - i + 1;
}

export interface BodyStructure {
  opening: Block[];
  sections: Section[];
  closing: Block[];
  chapters: number;
  subsections: number;
}

/** Builds the section tree from the body items (after the header, before the end block). */
export function bodyStructure(items: readonly DocItem[], ctx: BodyContext): BodyStructure {
  const opening: Block[] = [];
  const closing: Block[] = [];
  const sections: Section[] = [];
  const stack: { section: Section; level: number }[] = [];
  let nextId = 1;
  let chapters = 0;
  let subsections = 0;
  // Everything from "Trên đây là …" after the last heading is the closing.
  let lastHeading = -1;
  const classified = new Map<DocParagraph, Classified>();
  const classifyOnce = (p: DocParagraph) => {
    let c = classified.get(p);
    if (!c) classified.set(p, (c = classify(p)));
    return c;
  };
  for (const [i, item] of items.entries())
    if (item.kind === 'p' && classifyOnce(item).kind === 'heading') lastHeading = i;
  let closingFrom = items.length;
  for (let i = lastHeading + 1; i < items.length; i++) {
    const item = items[i];
    if (item?.kind === 'p' && foldText(plainText(item.inlines).trimStart().slice(0, 16)).startsWith('tren day la')) {
      closingFrom = i;
      break;
    }
  }
  const target = (): Block[] => stack[stack.length - 1]?.section.blocks ?? opening;
  const where = () => {
    const s = stack[0]?.section;
    return s ? `Mục “${s.heading.slice(0, 60)}”` : 'Phần mở đầu';
  };
  for (let i = 0; i < closingFrom; i++) {
    const item = items[i];
    if (!item) continue;
    const consumed = tableWithCaption(items, i, target(), ctx, where());
    if (consumed > 0) {
      i += consumed - 1;
      continue;
    }
    if (item.kind === 'table') continue;
    const c = classifyOnce(item);
    if (c.kind === 'empty') continue;
    if (c.kind !== 'heading') {
      pushBlock(target(), c);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= c.level) stack.pop();
    const parentLevel = stack[stack.length - 1]?.level ?? 0;
    const heading = plainText(c.inlines.filter((x) => x.type !== 'footnote'))
      .replace(/\s+/g, ' ')
      .trim();
    const section: Section = { id: `s${nextId++}`, heading, blocks: [], children: [] };
    if (c.level !== parentLevel + 1) section.level = c.level;
    const footnotes = c.inlines.filter((x) => x.type === 'footnote');
    if (footnotes.length > 0) {
      // A heading holds plain text only: its footnote opens the section's body so its text is kept.
      section.blocks.push({ type: 'paragraph', content: footnotes });
      ctx.note({
        kind: 'structure',
        message: 'Chú thích đặt ở tiêu đề mục được chuyển xuống đầu nội dung của mục đó.',
        where: `Mục “${heading.slice(0, 60)}”`,
      });
    }
    const parent = stack[stack.length - 1]?.section;
    (parent ? parent.children : sections).push(section);
    stack.push({ section, level: c.level });
    if (stack.length === 1) chapters++;
    else subsections++;
  }
  closing.push(...blocksFrom(items.slice(closingFrom), ctx, 'Phần kết'));
  return { opening, sections, closing, chapters, subsections };
}

export function isAppendixLabel(item: DocItem | undefined): item is DocParagraph {
  if (item?.kind !== 'p') return false;
  const text = plainText(item.inlines).trim();
  return /^phụ lục(\s+(số\s+)?[\dIVXLivxl]+)?\s*:?$/iu.test(text);
}
