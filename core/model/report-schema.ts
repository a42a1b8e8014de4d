/**
 * The report model: a versioned, lossless representation of a Party report (the sample report
 * shared/samples/tam-duong-so-ket-kl23-2023.txt is the yardstick). Every string is cleaned (NFC, no
 * XML-invalid characters) as it is parsed, so whatever passes `reportSchema.parse` is safe to render.
 *
 * Design choices:
 * - Footnotes live inline where they are referenced and carry their own paragraphs; their numbers are
 *   computed from reading order when rendering, so moving text never leaves a stale number behind.
 * - Heading markers (I., 1., 2.1., a)) are never stored: they come from the depth of a section and its
 *   position (SPEC §5.1), so re-ordering sections renumbers them.
 * - Recipients are stored without the leading "- " and trailing punctuation; the rule-set adds them.
 * - Version 2 (report-migration.ts upgrades version 1): tables carry merged cells, column widths, alignment,
 *   caption, unit line and total flags; a section may name its heading level so `a)` can sit under `1.`;
 *   paragraphs and the header/signature fields that print on several lines may hold hard line breaks;
 *   appendices carry their own "Kèm theo" line, orientation and page numbering.
 */
// zod/mini: same validation core as `zod`, but tree-shakable; these schemas ship in the renderer bundle.
import { z } from 'zod/mini';
import { cleanLine, cleanLines, cleanText } from '../text/clean-text';
import { DRAFT_ID_PATTERN, SLUG_PATTERN } from './ids';
import { migrateReport } from './report-migration';

/**
 * Bumped for a change an older app would misread (version 2: merged table cells would shift columns in a
 * version-1 reader). Every earlier version is upgraded by `migrateReport` before it is validated.
 */
export const REPORT_SCHEMA_VERSION = 2 as const;

/** Caps keep a hostile or broken file from exhausting memory (I-03). Generous for a 300-page report. */
export const LIMITS = {
  line: 2_000,
  text: 100_000,
  inlines: 5_000,
  blocks: 5_000,
  sections: 500,
  depth: 4,
  footnoteParagraphs: 50,
  tableRows: 500,
  tableColumns: 20,
  cellParagraphs: 50,
  recipients: 100,
} as const;

const text = (max: number = LIMITS.text) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanText));
const line = (max: number = LIMITS.line) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanLine));
/** A field printed on one or more lines (issuer, trích yếu, signer title): "\n" is a hard line break. */
const lines = (max: number = LIMITS.line) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanLines));

export const textRunSchema = z.strictObject({
  type: z.literal('text'),
  text: text(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  underline: z.optional(z.boolean()),
});
export type TextRun = z.infer<typeof textRunSchema>;

/** A hard line break inside a paragraph (Shift+Enter; `w:br` in the DOCX). */
export const lineBreakSchema = z.strictObject({ type: z.literal('break') });
export type LineBreak = z.infer<typeof lineBreakSchema>;

const plainInlineSchema = z.discriminatedUnion('type', [textRunSchema, lineBreakSchema]);
export type PlainInline = z.infer<typeof plainInlineSchema>;

/** Paragraph content that may not contain footnotes (the footnote text itself). */
export const plainParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(plainInlineSchema).check(z.maxLength(LIMITS.inlines)),
});
export type PlainParagraph = z.infer<typeof plainParagraphSchema>;

export const footnoteSchema = z.strictObject({
  type: z.literal('footnote'),
  paragraphs: z.array(plainParagraphSchema).check(z.minLength(1), z.maxLength(LIMITS.footnoteParagraphs)),
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const inlineSchema = z.discriminatedUnion('type', [textRunSchema, lineBreakSchema, footnoteSchema]);
export type Inline = z.infer<typeof inlineSchema>;

const inlines = z.array(inlineSchema).check(z.maxLength(LIMITS.inlines));

/** An ordinary body paragraph: justified, first-line indent. */
export const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), content: inlines });
/** A "- " line (SPEC §5.1 list row); level 2 is written "+ ". */
export const dashItemSchema = z.strictObject({
  type: z.literal('dash'),
  level: z.optional(z.union([z.literal(1), z.literal(2)])),
  content: inlines,
});
/**
 * A numbered body paragraph such as the "1. Tiếp tục đẩy mạnh …" items of the sample's chapter III:
 * normal weight, marker computed from its position among the numbered items of its section.
 */
export const numberedItemSchema = z.strictObject({ type: z.literal('numbered'), content: inlines });

export const horizontalAlignSchema = z.enum(['left', 'center', 'right']);
export type HorizontalAlign = z.infer<typeof horizontalAlignSchema>;
export const verticalAlignSchema = z.enum(['top', 'center', 'bottom']);
export type VerticalAlign = z.infer<typeof verticalAlignSchema>;

/** A paragraph inside a table cell: text, line breaks and footnotes. */
export const cellParagraphSchema = z.strictObject({ type: z.literal('paragraph'), content: inlines });
export type CellParagraph = z.infer<typeof cellParagraphSchema>;

/**
 * A cell as HTML and ProseMirror tables hold it: a row lists only the cells that start in it; a cell covers
 * `colSpan` columns and `rowSpan` rows, and the positions it covers are absent from the rows below.
 * `table-grid.ts` places cells on the grid (and repairs a ragged table the way Word would draw it).
 */
export const tableCellSchema = z.strictObject({
  paragraphs: z.array(cellParagraphSchema).check(z.minLength(1), z.maxLength(LIMITS.cellParagraphs)),
  colSpan: z.optional(z.number().check(z.int(), z.gte(1), z.lte(LIMITS.tableColumns))),
  rowSpan: z.optional(z.number().check(z.int(), z.gte(1), z.lte(LIMITS.tableRows))),
  /** Overrides the column's alignment (and the number/text default). */
  align: z.optional(horizontalAlignSchema),
  vAlign: z.optional(verticalAlignSchema),
});
export type TableCell = z.infer<typeof tableCellSchema>;

export const tableRowSchema = z.strictObject({
  // May be empty: a row whose every column is covered by cells merged down from above lists no cell.
  cells: z.array(tableCellSchema).check(z.maxLength(LIMITS.tableColumns)),
  /** A "Cộng"/"Tổng số" row: the statistics check compares it with the sum of the rows above it. */
  total: z.optional(z.boolean()),
});
export type TableRow = z.infer<typeof tableRowSchema>;

export const tableColumnSchema = z.strictObject({
  /** Relative width (any unit: the writer scales the columns to the text width of the page). */
  width: z.optional(z.number().check(z.gt(0), z.lte(100_000))),
  align: z.optional(horizontalAlignSchema),
  /** A total column: the statistics check compares it with the sum of the columns it totals. */
  total: z.optional(z.boolean()),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;

export const tableSchema = z.strictObject({
  type: z.literal('table'),
  /** Number of leading rows that form the header (bold, centred, repeated on every page). */
  headerRows: z.number().check(z.int(), z.gte(0), z.lte(5)),
  /** Per grid column; absent or shorter than the grid: equal widths, alignment from the cell's content. */
  columns: z.optional(z.array(tableColumnSchema).check(z.maxLength(LIMITS.tableColumns))),
  /** "Biểu 1: Kết quả phát triển đảng viên": centred, bold, kept on the table's page. */
  caption: z.optional(line(500)),
  /** "Đơn vị tính: người": right-aligned italic line between caption and table. */
  unit: z.optional(line(200)),
  rows: z.array(tableRowSchema).check(z.minLength(1), z.maxLength(LIMITS.tableRows)),
});
export type Table = z.infer<typeof tableSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  dashItemSchema,
  numberedItemSchema,
  tableSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type DashItem = z.infer<typeof dashItemSchema>;
export type NumberedItem = z.infer<typeof numberedItemSchema>;

const blocks = z.array(blockSchema).check(z.maxLength(LIMITS.blocks));

/** Stable ids of sections and appendices (and of drafts, see core/model/ids.ts): short, URL- and file-name-safe. */
export const idSchema = z.string().check(z.regex(DRAFT_ID_PATTERN));

/**
 * A heading's printed level: 1 "I.", 2 "1.", 3 "2.1.", 4 "a)". Absent, it is the section's depth; a larger
 * value skips levels (a `4` directly under a `2` prints "a)" under "1.", as many NĐ 30 reports do).
 */
export const headingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type HeadingLevel = z.infer<typeof headingLevelSchema>;

export interface Section {
  id: string;
  /** Key of the outline chapter/sub-section this came from, so the wizard can show its guidance. */
  outlineKey?: string | undefined;
  /** Printed level when it is not the one below its parent's; above the parent's, at most 4 (parseReport checks). */
  level?: HeadingLevel | undefined;
  heading: string;
  blocks: Block[];
  children: Section[];
}

export const sectionSchema: z.ZodMiniType<Section, unknown> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    outlineKey: z.optional(z.string().check(z.maxLength(100))),
    level: z.optional(headingLevelSchema),
    heading: line(),
    blocks,
    children: z.array(sectionSchema).check(z.maxLength(LIMITS.sections)),
  }),
);

export const headerSchema = z.strictObject({
  /** Cơ quan cấp trên trực tiếp, e.g. "ĐẢNG BỘ TỈNH LAI CHÂU". May be empty for a central body. */
  parentOrg: lines(300),
  /** Cơ quan ban hành, e.g. "HUYỆN ỦY TAM ĐƯỜNG"; "ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM" breaks where the office wants. */
  issuer: lines(300),
  /** Số văn bản; empty while not yet assigned ("Số      -BC/HU"). */
  number: line(20),
  /** Tên loại abbreviation, "BC" for báo cáo (SPEC §10.1). */
  docTypeCode: line(20),
  /** Issuer abbreviation, "HU" (SPEC §10.2). */
  issuerCode: line(40),
  /** Địa danh: "Tam Đường". */
  place: line(200),
  /** ISO date "YYYY-MM-DD", or empty while undecided. */
  date: z.union([z.literal(''), z.iso.date()]),
  /**
   * What the clerk typed in the date field while it is not a real date ("31/02/2023"), kept so nothing typed is
   * lost; absent once the field holds a date. `date` keeps the last real date meanwhile.
   */
  dateText: z.optional(line(20)),
});
export type ReportHeader = z.infer<typeof headerSchema>;

export const signatureSchema = z.strictObject({
  /** Quyền hạn ký: "T/M BAN THƯỜNG VỤ" (may be empty when the head signs directly). */
  authority: lines(200),
  /** Chức vụ: "PHÓ BÍ THƯ"; may hold a line break ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"). */
  title: lines(200),
  /** Họ tên: "Cao Trang Trọng". */
  name: line(200),
});
export type Signature = z.infer<typeof signatureSchema>;

/**
 * The id of the rule-set (thể thức) the report is presented with: a built-in one ('hd36-2018', 'nd30-2020') or
 * one installed from a signed template pack. An open string rather than an enum so a province can ship a new
 * regime without an app release. Widening it needed no schema version or migration: every id the old
 * enum accepted matches this pattern, so every existing draft parses unchanged; only drafts naming a newer
 * rule-set are new, and an app without it says so (RuleSetRegistry.get → 'not-installed') instead of failing.
 */
export const ruleSetIdSchema = z.string().check(z.regex(SLUG_PATTERN));
export type RuleSetId = z.infer<typeof ruleSetIdSchema>;

/**
 * How an appendix's pages are numbered: on from the report (the default), from 1 again, or not at all (a
 * separately stapled statistics table).
 */
export const appendixPageNumbersSchema = z.enum(['continue', 'restart', 'none']);
export type AppendixPageNumbers = z.infer<typeof appendixPageNumbersSchema>;

/** A Phụ lục: printed after the closing block, each on a new page with its own heading (SPEC §7). */
export const appendixSchema = z.strictObject({
  id: idSchema,
  /** "BIỂU TỔNG HỢP …"; upper-cased by the rule-set. */
  title: lines(),
  /**
   * The italic "(Kèm theo Báo cáo số …)" line as the office wrote it. Absent: generated from the header by the
   * rule-set's pattern (`appendixAttachedLine`), which is also what the editor pre-fills.
   */
  attachedLine: z.optional(line(500)),
  orientation: z.optional(z.enum(['portrait', 'landscape'])),
  pageNumbers: z.optional(appendixPageNumbersSchema),
  blocks,
});
export type Appendix = z.infer<typeof appendixSchema>;

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  ruleSet: ruleSetIdSchema,
  header: headerSchema,
  /** Tên loại: "BÁO CÁO". */
  docType: line(100),
  /** Trích yếu: "sơ kết 5 năm triển khai thực hiện …"; may hold hard line breaks. */
  title: lines(),
  /** Opening paragraphs before chapter I ("Thực hiện Kế hoạch số …"). */
  opening: blocks,
  /** Chapters (depth 1) with nested sub-sections down to depth 4. */
  sections: z.array(sectionSchema).check(z.maxLength(LIMITS.sections)),
  /** Closing paragraphs after the last chapter ("Trên đây là báo cáo …"), optional. */
  closing: blocks,
  recipients: z.array(line(500)).check(z.maxLength(LIMITS.recipients)),
  signature: signatureSchema,
  /** Optional (added within schema version 1): drafts without appendices stay valid. */
  appendices: z.optional(z.array(appendixSchema).check(z.maxLength(20))),
});
export type Report = z.infer<typeof reportSchema>;

/** Validates depth as well as shape: zod's recursive schema cannot bound nesting by itself. */
export function sectionDepth(sections: readonly Section[]): number {
  let max = 0;
  for (const s of sections) max = Math.max(max, 1 + sectionDepth(s.children));
  return max;
}

/** The printed level of a section under a parent printed at `parentLevel` (0 at the top): the next one unless set. */
export function headingLevel(section: Pick<Section, 'level'>, parentLevel: number): number {
  return section.level ?? parentLevel + 1;
}

/** Path of the first section printed at a level not below its parent's, or past level 4; null when none is. */
function badLevelPath(
  sections: readonly Section[],
  parentLevel: number,
  path: (string | number)[],
): (string | number)[] | null {
  for (const [i, s] of sections.entries()) {
    const level = headingLevel(s, parentLevel);
    if (level <= parentLevel || level > LIMITS.depth) return [...path, i, 'level'];
    const found = badLevelPath(s.children, level, [...path, i, 'children']);
    if (found) return found;
  }
  return null;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: z.core.$ZodIssue[] };

function custom(path: (string | number)[], message: string): ParseResult<never> {
  return { ok: false, issues: [{ code: 'custom', path, message, input: undefined }] };
}

/** Upgrades an earlier schema version first (report-migration.ts), so callers always get the current one. */
export function parseReport(input: unknown): ParseResult<Report> {
  const result = reportSchema.safeParse(migrateReport(input));
  if (!result.success) return { ok: false, issues: result.error.issues };
  if (sectionDepth(result.data.sections) > LIMITS.depth)
    return custom(['sections'], `Mục lồng quá ${LIMITS.depth} cấp`);
  const levelPath = badLevelPath(result.data.sections, 0, ['sections']);
  if (levelPath) return custom(levelPath, `Cấp của mục phải lớn hơn cấp của mục chứa nó và không quá ${LIMITS.depth}`);
  return { ok: true, value: result.data };
}
