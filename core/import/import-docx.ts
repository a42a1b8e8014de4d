/**
 * Opens a Word report (.docx): bytes → report, the outline it matches, what was recognised and what could not
 * be carried over. Pure (no Node, no DOM): the same function serves the app, the CLI and the tests.
 *
 * Everything read is bounded before it is trusted: the zip (docx-package.ts), XML without entity expansion
 * (xml-tree.ts), the paragraph and table counts (docx-document.ts), and finally the model's own limits
 * (parseReport), which also cleans every string (NFC, no XML-invalid characters).
 */
import type { Appendix, Block, Inline, Report, Section } from '../model/report-schema';
import { LIMITS, REPORT_SCHEMA_VERSION, parseReport } from '../model/report-schema';
import type { Template } from '../templates/template-schema';
import { BodyLimitError, DocumentReader, type DocItem } from './docx-document';
import { PackageError, openPackage, type DocxPackage } from './docx-package';
import { blocksFrom, bodyStructure, classify, isAppendixLabel } from './body-structure';
import { isEndBlockStart, readEndBlock } from './end-block';
import { recognizeHeader } from './header-recognition';
import type { ImportNote, ImportResult, ImportSummary } from './import-result';
import { importMessages as M } from './import-messages';
import { plainText } from './inline-tools';
import { formatInteger } from '../text/vi-number';
import { matchOutline } from './outline-match';
import { describeUnsupportedFile } from './unsupported-file';
import { XmlError, child, elements, parseXml, textOf, type XmlElement } from './xml-tree';

export type { ImportResult, ImportSummary, ImportNote, ImportNoteKind, ImportedHeaderField } from './import-result';
export { describeUnsupportedFile } from './unsupported-file';

export interface ImportDocxOptions {
  /** Built-in and installed outlines; the best match by chapter headings is attached, else the free outline. */
  templates: readonly Template[];
  /** The file's name, shown in messages; defaults to "báo cáo.docx". */
  fileName?: string;
}

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
];
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

class ImportRefusal extends Error {}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(pkg: DocxPackage, part: string, name: string): Map<string, string> {
  const dir = part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${part.slice(dir.length)}.rels`;
  const xml = pkg.text(relsPath);
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  const root = xmlPart(xml, relsPath, name);
  for (const r of elements(root, 'Relationship')) {
    const type = r.attrs.Type ?? '';
    if (r.attrs.TargetMode === 'External' || !r.attrs.Target) continue;
    if (type.startsWith(REL) && !out.has(type.slice(REL.length)))
      out.set(type.slice(REL.length), resolve(part, r.attrs.Target));
  }
  return out;
}

function xmlPart(xml: string, part: string, name: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError && error.message === 'doctype') throw new ImportRefusal(M.doctype(name, part));
    throw new ImportRefusal(M.malformed(name, part));
  }
}

function mainPart(pkg: DocxPackage, name: string): string {
  const typesXml = pkg.text('[Content_Types].xml');
  if (typesXml === undefined) throw new ImportRefusal(M.notWord(name));
  const types = xmlPart(typesXml, '[Content_Types].xml', name);
  const officeDocument = relsOf(pkg, '', name).get('officeDocument') ?? 'word/document.xml';
  const overrides = elements(types, 'Override');
  const declared = overrides.find((o) => (o.attrs.PartName ?? '').replace(/^\//, '') === officeDocument)?.attrs
    .ContentType;
  const anyMain = overrides.find((o) => MAIN_TYPES.includes(o.attrs.ContentType ?? ''));
  if (declared !== undefined ? !MAIN_TYPES.includes(declared) : !anyMain) throw new ImportRefusal(M.notWord(name));
  if (!pkg.names.has(officeDocument)) throw new ImportRefusal(M.noDocument(name, officeDocument));
  return officeDocument;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function inlineWords(inlines: readonly Inline[], fn: { words: number; footnotes: number }): void {
  for (const i of inlines) {
    if (i.type === 'text') fn.words += countWords(i.text);
    else if (i.type === 'footnote') {
      fn.footnotes++;
      for (const p of i.paragraphs) inlineWords(p.content, fn);
    }
  }
}

function blockStats(blocks: readonly Block[], s: { words: number; footnotes: number; tables: number }): void {
  for (const b of blocks) {
    if (b.type !== 'table') inlineWords(b.content, s);
    else {
      s.tables++;
      s.words += countWords(`${b.caption ?? ''} ${b.unit ?? ''}`);
      for (const r of b.rows) for (const c of r.cells) for (const p of c.paragraphs) inlineWords(p.content, s);
    }
  }
}

function sectionStats(sections: readonly Section[], s: { words: number; footnotes: number; tables: number }): void {
  for (const x of sections) {
    s.words += countWords(x.heading);
    blockStats(x.blocks, s);
    sectionStats(x.children, s);
  }
}

function appendixFrom(
  items: readonly DocItem[],
  landscape: readonly boolean[],
  note: (n: ImportNote) => void,
  index: number,
): Appendix {
  const label = items[0];
  const where = `Phụ lục ${index + 1}`;
  let i = 1;
  const titleLines: string[] = [];
  let attachedLine: string | undefined;
  while (i < items.length) {
    const item = items[i];
    if (item?.kind !== 'p') break;
    const text = plainText(item.inlines)
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (text === '') {
      i++;
      if (titleLines.length > 0 || attachedLine) break;
      continue;
    }
    if (/^\(?\s*Kèm theo\b/iu.test(text)) {
      attachedLine = text.replace(/\n/g, ' ');
      i++;
      break;
    }
    if (item.align !== 'center' || titleLines.length >= 4 || /^(Biểu|Bảng)\b/iu.test(text)) break;
    titleLines.push(text);
    i++;
  }
  const appendix: Appendix = {
    id: `pl${index + 1}`,
    title: titleLines.join('\n'),
    blocks: blocksFrom(items.slice(i), { note }, where),
  };
  if (attachedLine) appendix.attachedLine = attachedLine;
  if (label && landscape[label.kind === 'p' ? label.section : 0]) appendix.orientation = 'landscape';
  return appendix;
}

/** The body's last text block in reading order (where the writer puts the end mark), or undefined. */
function lastTextBlock(structure: {
  opening: Block[];
  sections: Section[];
  closing: Block[];
}): Exclude<Block, { type: 'table' }> | undefined {
  let found: Exclude<Block, { type: 'table' }> | undefined;
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) if (b.type !== 'table') found = b;
  };
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      visit(s.blocks);
      walk(s.children);
    }
  };
  visit(structure.opening);
  walk(structure.sections);
  visit(structure.closing);
  return found;
}

function stripEndMark(structure: { opening: Block[]; sections: Section[]; closing: Block[] }): void {
  const block = lastTextBlock(structure);
  if (!block) return;
  const last = block.content[block.content.length - 1];
  if (last?.type !== 'text' || !/\.\/\.\s*$/.test(last.text)) return;
  const text = last.text.replace(/\s*\.\/\.\s*$/, '');
  if (text === '') block.content.pop();
  else block.content[block.content.length - 1] = { ...last, text };
}

/** The first model limit the report exceeds, said in the user's words; null when within them. */
function overLimit(r: Report): string | null {
  const blocks = (list: readonly Block[], where: string) =>
    list.length > LIMITS.blocks
      ? `${where} có ${formatInteger(list.length)} đoạn, tối đa ${formatInteger(LIMITS.blocks)}`
      : null;
  const sections = (list: readonly Section[]): string | null => {
    if (list.length > LIMITS.sections)
      return `có ${formatInteger(list.length)} mục cùng cấp, tối đa ${formatInteger(LIMITS.sections)}`;
    for (const s of list) {
      const found = blocks(s.blocks, `mục “${s.heading.slice(0, 60)}”`) ?? sections(s.children);
      if (found) return found;
    }
    return null;
  };
  return (
    blocks(r.opening, 'phần mở đầu') ??
    sections(r.sections) ??
    blocks(r.closing, 'phần kết') ??
    (r.appendices ?? []).map((a, i) => blocks(a.blocks, `phụ lục ${i + 1}`)).find((x) => x !== null) ??
    null
  );
}

function importPackage(bytes: Uint8Array, options: ImportDocxOptions, name: string): ImportResult {
  const pkg = openPackage(bytes);
  const main = mainPart(pkg, name);
  const rels = relsOf(pkg, main, name);
  // Every part is inflated before any is parsed, so the total cap applies before parsing costs anything.
  const documentXml = pkg.text(main);
  const texts = new Map<string, { path: string; xml: string }>();
  for (const type of ['styles', 'numbering', 'footnotes', 'endnotes', 'comments']) {
    const path = rels.get(type);
    const xml = path === undefined ? undefined : pkg.text(path);
    if (path !== undefined && xml !== undefined) texts.set(type, { path, xml });
  }
  const part = (type: string): XmlElement | undefined => {
    const found = texts.get(type);
    return found ? xmlPart(found.xml, found.path, name) : undefined;
  };
  const notes: ImportNote[] = [];
  const note = (n: ImportNote) => {
    if (notes.length < 200) notes.push(n);
  };
  if (documentXml === undefined) throw new ImportRefusal(M.noDocument(name, main));
  const document = xmlPart(documentXml, main, name);
  const reader = new DocumentReader(
    { styles: part('styles'), numbering: part('numbering'), footnotes: part('footnotes'), endnotes: part('endnotes') },
    note,
  );
  const body = reader.readBody(document);
  // Each comment's text is named, so the clerk can carry over what the reviewer asked for.
  const comments = part('comments');
  if (comments) {
    const list = elements(comments, 'comment');
    for (const c of notes.filter((n) => n.kind === 'comment')) notes.splice(notes.indexOf(c), 1);
    for (const c of list.slice(0, 20)) {
      const text = textOf(c).replace(/\s+/g, ' ').trim().slice(0, 200);
      const author = c.attrs.author ? ` (${c.attrs.author.slice(0, 60)})` : '';
      note({ kind: 'comment', message: `Ghi chú${author} không được đưa vào bản nháp: “${text}”.` });
    }
    if (list.length > 20)
      note({ kind: 'comment', message: `Còn ${list.length - 20} ghi chú khác không được đưa vào bản nháp.` });
  }
  if (!child(document, 'body')) throw new ImportRefusal(M.noDocument(name, main));
  const items = body.items;

  const head = recognizeHeader(items);
  // The appendices: a "Phụ lục" label on a new page after the body.
  let appendixStart = items.length;
  for (let i = head.next; i < items.length; i++) {
    const item = items[i];
    if (
      isAppendixLabel(item) &&
      (item.pageBreakBefore ||
        (item.section > 0 &&
          items[i - 1]?.kind === 'p' &&
          (items[i - 1] as { section: number }).section < item.section))
    ) {
      appendixStart = i;
      break;
    }
  }
  let endStart = appendixStart;
  for (let i = head.next; i < appendixStart; i++) {
    if (isEndBlockStart(items, i)) {
      endStart = i;
      break;
    }
  }
  const end = readEndBlock(items, endStart, appendixStart);
  const ctx = { note };
  let bodyItems = items.slice(head.next, endStart);
  // A signature written as plain paragraphs before "Nơi nhận": short centred/right lines after the last text.
  if (end.signature.name === '' && endStart < appendixStart) {
    const lines: string[] = [];
    let k = bodyItems.length;
    while (k > 0) {
      const item = bodyItems[k - 1];
      if (item?.kind !== 'p' || (item.align !== 'center' && item.align !== 'right')) break;
      const c = classify(item);
      if (c.kind !== 'empty' && c.kind !== 'paragraph') break;
      lines.unshift(plainText(item.inlines).trim());
      k--;
    }
    if (lines.some((l) => l !== '')) {
      Object.assign(end, { signature: readEndBlock(bodyItems.slice(k), 0, bodyItems.length - k).signature });
      bodyItems = bodyItems.slice(0, k);
    }
  }
  for (const d of end.dropped)
    note({
      kind: 'unknown-content',
      message: `Dòng “${d.slice(0, 60)}” ở chỗ ký không thuộc chức vụ hay họ tên nên không đưa vào; ứng dụng để trống chỗ ký khi xuất.`,
      where: 'Phần ký',
    });
  const structure = bodyStructure(bodyItems, ctx);

  const appendices: Appendix[] = [];
  const labels: number[] = [];
  for (let i = appendixStart; i < items.length; i++)
    if (
      isAppendixLabel(items[i]) &&
      (i === appendixStart || (items[i] as { pageBreakBefore: boolean }).pageBreakBefore)
    )
      labels.push(i);
  for (const [k, start] of labels.entries()) {
    if (appendices.length >= 20) {
      note({ kind: 'limit', message: 'Báo cáo có hơn 20 phụ lục; các phụ lục sau được gộp vào phụ lục cuối.' });
      break;
    }
    appendices.push(appendixFrom(items.slice(start, labels[k + 1] ?? items.length), body.landscape, note, k));
  }
  if (labels.length > 20) {
    const last = appendices[appendices.length - 1];
    if (last) last.blocks.push(...blocksFrom(items.slice(labels[20]), ctx, 'Phụ lục'));
  }

  const ruleSet = head.ruleSet ?? 'hd36-2018';
  if (!head.ruleSet) {
    note({
      kind: 'structure',
      message:
        'Không thấy dòng “ĐẢNG CỘNG SẢN VIỆT NAM” hay Quốc hiệu ở đầu văn bản; tạm dùng thể thức văn bản của Đảng (Hướng dẫn 36). Hãy chọn lại thể thức nếu là văn bản chính quyền.',
      where: 'Đầu văn bản',
    });
  }
  if (!head.docType)
    note({
      kind: 'structure',
      message: 'Không nhận ra tên loại văn bản (“BÁO CÁO”) và trích yếu; các đoạn đầu được đưa vào phần mở đầu.',
      where: 'Đầu văn bản',
    });
  // The State end mark "./." is printed by the writer after the last body paragraph: it is not the clerk's text.
  if (ruleSet === 'nd30-2020') stripEndMark(structure);
  const match = matchOutline(structure.sections, options.templates);
  const draft: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet,
    header: head.header,
    docType: head.docType || 'BÁO CÁO',
    title: head.title,
    opening: structure.opening,
    sections: match.sections,
    closing: structure.closing,
    recipients: end.recipients.slice(0, LIMITS.recipients),
    signature: end.signature,
    ...(appendices.length > 0 ? { appendices } : {}),
  };
  if (end.recipients.length > LIMITS.recipients)
    note({ kind: 'limit', message: `Chỉ giữ ${LIMITS.recipients} nơi nhận đầu tiên.`, where: 'Nơi nhận' });
  const over = overLimit(draft);
  if (over) return { ok: false, message: M.overModel(name, over) };
  const parsed = parseReport(draft);
  if (!parsed.ok) {
    const issue = parsed.issues[0];
    const what = issue ? `dữ liệu không hợp lệ tại ${issue.path.join(' › ')}` : 'không rõ';
    return { ok: false, message: M.overModel(name, what) };
  }
  const report = parsed.value;
  const stats = { words: 0, footnotes: 0, tables: 0 };
  blockStats(report.opening, stats);
  sectionStats(report.sections, stats);
  blockStats(report.closing, stats);
  for (const a of report.appendices ?? []) {
    stats.words += countWords(`${a.title} ${a.attachedLine ?? ''}`);
    blockStats(a.blocks, stats);
  }
  stats.words += countWords(
    [
      report.header.parentOrg,
      report.header.issuer,
      report.header.place,
      report.docType,
      report.title,
      ...report.recipients,
      report.signature.authority,
      report.signature.title,
      report.signature.name,
    ].join(' '),
  );
  const summary: ImportSummary = {
    headerFields: head.fields,
    ruleSet,
    ruleSetRecognised: head.ruleSet !== undefined,
    chapters: structure.chapters,
    sections: structure.subsections,
    footnotes: stats.footnotes,
    tables: stats.tables,
    recipients: report.recipients.length,
    signerFound: report.signature.name !== '' || report.signature.title !== '' || report.signature.authority !== '',
    appendices: report.appendices?.length ?? 0,
    words: stats.words,
    templateId: match.template.id,
    templateName: match.template.name,
  };
  return { ok: true, report, templateId: match.template.id, summary, notes };
}

export function importDocx(bytes: Uint8Array, options: ImportDocxOptions): ImportResult {
  const name = options.fileName ?? 'báo cáo.docx';
  if (bytes.length === 0) return { ok: false, message: M.empty(name) };
  const unsupported = describeUnsupportedFile(bytes, name);
  if (unsupported) return { ok: false, message: unsupported };
  try {
    return importPackage(bytes, options, name);
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, message: error.message };
    if (error instanceof BodyLimitError)
      return {
        ok: false,
        message: error.message === 'no-body' ? M.noDocument(name, 'word/document.xml') : M.tooLong(name),
      };
    if (error instanceof XmlError)
      return {
        ok: false,
        message: error.message === 'too-many-nodes' ? M.tooLong(name) : M.malformed(name, 'word/document.xml'),
      };
    if (error instanceof PackageError) {
      const code = error.message;
      return {
        ok: false,
        message:
          code === 'zip-size'
            ? M.zipSize(name)
            : code === 'entries'
              ? M.entries(name)
              : code === 'entry-size'
                ? M.entrySize(name)
                : M.damaged(name),
      };
    }
    throw error;
  }
}
