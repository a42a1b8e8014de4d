/**
 * Every piece of searchable text of a report, in reading order, each with a stable address: the header
 * fields, trích yếu, the opening, every section's heading and body at every depth (paragraphs, their
 * footnotes, table captions, unit lines and cells with their footnotes), the closing, Nơi nhận, the signature
 * block and the appendices. One walk both reads (find) and rebuilds (replace): `mapReportSlots` gives each slot
 * to the caller and rebuilds only what the caller changed, so a search copies nothing and a replacement keeps
 * every untouched object — and every footnote — as it was.
 */
import type { TablePlace } from '../../check/report-tables';
import { stepOfPlace } from '../../check/statistics-check';
import type {
  Appendix,
  Block,
  CellParagraph,
  Inline,
  PlainInline,
  Report,
  Section,
  Table,
} from '../../model/report-schema';

/** A one-line (or multi-line) field of a form; `field` names it the way the wizard's inputs are tagged. */
export interface FieldSlot {
  kind: 'field';
  field: string;
  stepKey: string;
  /** The section a heading belongs to, for fields inside a section card. */
  sectionId?: string;
}

/** The caption or unit line of a table (edited with the table in its body editor). */
export interface TableLabelSlot {
  kind: 'table-label';
  place: TablePlace;
  block: number;
  label: 'caption' | 'unit';
  stepKey: string;
}

/** A paragraph of a body editor, of a table cell, or of a footnote inside either. */
export interface InlineSlot {
  kind: 'inline';
  place: TablePlace;
  block: number;
  /** The cell, by its row and its index among that row's cells, and the paragraph in it. */
  cell?: { row: number; index: number; paragraph: number };
  /**
   * The footnote, by its index among the paragraph's inlines, the footnote's paragraph, and where the reference
   * sits in the paragraph's text (one character per text character, line break and footnote, as in the editor).
   */
  footnote?: { inline: number; paragraph: number; at: number };
  stepKey: string;
}

export type Slot = FieldSlot | TableLabelSlot | InlineSlot;

/** A stable string for a slot: equal slots give equal ids, across searches of the same report. */
export function slotId(slot: Slot): string {
  switch (slot.kind) {
    case 'field':
      return `field:${slot.field}`;
    case 'table-label':
      return `${placeId(slot.place)}/${slot.block}/${slot.label}`;
    case 'inline': {
      const cell = slot.cell ? `/c${slot.cell.row}.${slot.cell.index}.${slot.cell.paragraph}` : '';
      const note = slot.footnote ? `/f${slot.footnote.inline}.${slot.footnote.paragraph}` : '';
      return `${placeId(slot.place)}/${slot.block}${cell}${note}`;
    }
  }
}

function placeId(place: TablePlace): string {
  switch (place.kind) {
    case 'opening':
    case 'closing':
      return place.kind;
    case 'section':
      return `section:${place.sectionId}`;
    case 'appendix':
      return `appendix:${place.appendixId}`;
  }
}

export interface SlotMapper {
  /** A plain string field; returns it (the same string when unchanged). */
  text(slot: FieldSlot | TableLabelSlot, value: string): string;
  /** A paragraph's inlines; footnotes inside are passed on separately, after their paragraph. */
  inlines<T extends Inline | PlainInline>(slot: InlineSlot, content: T[]): T[];
}

/** `f` over an array, returning the array itself when no element changed. */
function mapSame<T>(items: T[], f: (item: T, index: number) => T): T[] {
  let out: T[] | null = null;
  items.forEach((item, i) => {
    const next = f(item, i);
    if (next !== item) (out ??= items.slice())[i] = next;
  });
  return out ?? items;
}

function withField<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): T {
  return obj[key] === value ? obj : { ...obj, [key]: value };
}

/** A paragraph's content, then each footnote's paragraphs in it. */
function mapContent<T extends Inline | PlainInline>(content: T[], slot: InlineSlot, m: SlotMapper): T[] {
  const own = m.inlines(slot, content);
  let at = 0;
  return mapSame(own, (inline, i) => {
    const note: Inline | PlainInline = inline;
    const where = at;
    at += note.type === 'text' ? note.text.length : 1;
    if (note.type !== 'footnote') return inline;
    const paragraphs = mapSame(note.paragraphs, (p, k) =>
      withField(p, 'content', m.inlines({ ...slot, footnote: { inline: i, paragraph: k, at: where } }, p.content)),
    );
    // Same element type: only its paragraphs were replaced.
    return paragraphs === note.paragraphs ? inline : { ...inline, paragraphs };
  });
}

function mapTable(table: Table, base: Omit<InlineSlot, 'kind'>, m: SlotMapper): Table {
  const label = (which: 'caption' | 'unit', value: string | undefined) =>
    value === undefined
      ? undefined
      : m.text(
          { kind: 'table-label', place: base.place, block: base.block, label: which, stepKey: base.stepKey },
          value,
        );
  let out = table;
  const caption = label('caption', table.caption);
  if (caption !== undefined) out = withField(out, 'caption', caption);
  const unit = label('unit', table.unit);
  if (unit !== undefined) out = withField(out, 'unit', unit);
  const rows = mapSame(table.rows, (row, r) =>
    withField(
      row,
      'cells',
      mapSame(row.cells, (cell, c) =>
        withField(
          cell,
          'paragraphs',
          mapSame(cell.paragraphs, (p: CellParagraph, k) =>
            withField(
              p,
              'content',
              mapContent(p.content, { kind: 'inline', ...base, cell: { row: r, index: c, paragraph: k } }, m),
            ),
          ),
        ),
      ),
    ),
  );
  return withField(out, 'rows', rows);
}

function mapBlocks(blocks: Block[], place: TablePlace, m: SlotMapper): Block[] {
  const stepKey = stepOfPlace(place);
  return mapSame(blocks, (block, i): Block => {
    if (block.type === 'table') return mapTable(block, { place, block: i, stepKey }, m);
    return withField(block, 'content', mapContent(block.content, { kind: 'inline', place, block: i, stepKey }, m));
  });
}

function mapSection(section: Section, chapterId: string, m: SlotMapper): Section {
  const stepKey = `chapter:${chapterId}`;
  let out = withField(
    section,
    'heading',
    m.text({ kind: 'field', field: `heading:${section.id}`, stepKey, sectionId: section.id }, section.heading),
  );
  out = withField(out, 'blocks', mapBlocks(section.blocks, { kind: 'section', sectionId: section.id, chapterId }, m));
  return withField(
    out,
    'children',
    mapSame(section.children, (child) => mapSection(child, chapterId, m)),
  );
}

function mapAppendix(appendix: Appendix, m: SlotMapper): Appendix {
  const field = (name: string) => ({ kind: 'field' as const, field: `${name}:${appendix.id}`, stepKey: 'appendices' });
  let out = withField(appendix, 'title', m.text(field('appendix-title'), appendix.title));
  if (appendix.attachedLine !== undefined)
    out = withField(out, 'attachedLine', m.text(field('appendix-attached'), appendix.attachedLine));
  return withField(out, 'blocks', mapBlocks(appendix.blocks, { kind: 'appendix', appendixId: appendix.id }, m));
}

const HEADER_FIELDS = ['parentOrg', 'issuer', 'number', 'docTypeCode', 'issuerCode', 'place'] as const;
const SIGNATURE_FIELDS = ['authority', 'title', 'name'] as const;

/** Walks the report in reading order (the wizard's step order) and rebuilds what the mapper changed. */
export function mapReportSlots(report: Report, m: SlotMapper): Report {
  const general = (field: string) => ({ kind: 'field' as const, field, stepKey: 'general' });
  let header = report.header;
  for (const key of HEADER_FIELDS) header = withField(header, key, m.text(general(key), header[key]));
  let out = withField(report, 'header', header);
  out = withField(out, 'docType', m.text(general('docType'), report.docType));
  out = withField(out, 'title', m.text(general('title'), report.title));
  out = withField(out, 'opening', mapBlocks(report.opening, { kind: 'opening' }, m));
  out = withField(
    out,
    'sections',
    mapSame(report.sections, (chapter) => mapSection(chapter, chapter.id, m)),
  );
  out = withField(out, 'closing', mapBlocks(report.closing, { kind: 'closing' }, m));
  out = withField(
    out,
    'recipients',
    mapSame(report.recipients, (r, i) => m.text({ kind: 'field', field: `recipient:${i}`, stepKey: 'closing' }, r)),
  );
  let signature = report.signature;
  for (const key of SIGNATURE_FIELDS)
    signature = withField(
      signature,
      key,
      m.text({ kind: 'field', field: `signature.${key}`, stepKey: 'closing' }, signature[key]),
    );
  out = withField(out, 'signature', signature);
  if (report.appendices)
    out = withField(
      out,
      'appendices',
      mapSame(report.appendices, (a) => mapAppendix(a, m)),
    );
  return out;
}
