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
 */
// zod/mini: same validation core as `zod`, but tree-shakable; these schemas ship in the renderer bundle.
import { z } from 'zod/mini';
import { cleanLine, cleanText } from '../text/clean-text';

/**
 * Stays 1 while changes are additive and optional (e.g. `appendices`, the 'nd30-2020' rule-set id): every
 * version-1 draft written before them still parses unchanged, so no migration is needed. Bump it only for a
 * change an older draft would fail or be misread under.
 */
export const REPORT_SCHEMA_VERSION = 1 as const;

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
  recipients: 100,
} as const;

const text = (max: number = LIMITS.text) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanText));
const line = (max: number = LIMITS.line) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanLine));

export const textRunSchema = z.strictObject({
  type: z.literal('text'),
  text: text(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  underline: z.optional(z.boolean()),
});
export type TextRun = z.infer<typeof textRunSchema>;

/** Paragraph content that may not contain footnotes (the footnote text itself). */
export const plainParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(textRunSchema).check(z.maxLength(LIMITS.inlines)),
});
export type PlainParagraph = z.infer<typeof plainParagraphSchema>;

export const footnoteSchema = z.strictObject({
  type: z.literal('footnote'),
  paragraphs: z.array(plainParagraphSchema).check(z.minLength(1), z.maxLength(LIMITS.footnoteParagraphs)),
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const inlineSchema = z.discriminatedUnion('type', [textRunSchema, footnoteSchema]);
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

export const tableCellSchema = z.strictObject({
  paragraphs: z.array(plainParagraphSchema).check(z.minLength(1), z.maxLength(50)),
});
export const tableRowSchema = z.strictObject({
  cells: z.array(tableCellSchema).check(z.minLength(1), z.maxLength(LIMITS.tableColumns)),
});
export const tableSchema = z.strictObject({
  type: z.literal('table'),
  /** Number of leading rows that form the header (bold, centred, repeated on every page). */
  headerRows: z.number().check(z.int(), z.gte(0), z.lte(5)),
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

/** Stable identifiers for sections: short, URL- and filename-safe, never used as a path. */
export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

export interface Section {
  id: string;
  /** Key of the outline chapter/sub-section this came from, so the wizard can show its guidance. */
  outlineKey?: string | undefined;
  heading: string;
  blocks: Block[];
  children: Section[];
}

export const sectionSchema: z.ZodMiniType<Section, unknown> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    outlineKey: z.optional(z.string().check(z.maxLength(100))),
    heading: line(),
    blocks,
    children: z.array(sectionSchema).check(z.maxLength(LIMITS.sections)),
  }),
);

export const headerSchema = z.strictObject({
  /** Cơ quan cấp trên trực tiếp, e.g. "ĐẢNG BỘ TỈNH LAI CHÂU". May be empty for a central body. */
  parentOrg: line(300),
  /** Cơ quan ban hành, e.g. "HUYỆN ỦY TAM ĐƯỜNG". */
  issuer: line(300),
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
});
export type ReportHeader = z.infer<typeof headerSchema>;

export const signatureSchema = z.strictObject({
  /** Quyền hạn ký: "T/M BAN THƯỜNG VỤ" (may be empty when the head signs directly). */
  authority: line(200),
  /** Chức vụ: "PHÓ BÍ THƯ". */
  title: line(200),
  /** Họ tên: "Cao Trang Trọng". */
  name: line(200),
});
export type Signature = z.infer<typeof signatureSchema>;

/**
 * The id of the rule-set (thể thức) the report is presented with: a built-in one ('hd36-2018', 'nd30-2020') or
 * one installed from a signed template pack. An open string rather than an enum so a province can ship a new
 * regime without an app release. REPORT_SCHEMA_VERSION stays 1 and no migration is needed: every id the old
 * enum accepted matches this pattern, so every existing draft parses unchanged; only drafts naming a newer
 * rule-set are new, and an app without it says so (RuleSetRegistry.get → 'not-installed') instead of failing.
 */
export const ruleSetIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,60}$/));
export type RuleSetId = z.infer<typeof ruleSetIdSchema>;

/** A Phụ lục: printed after the closing block, each on a new page with its own heading (SPEC §7). */
export const appendixSchema = z.strictObject({
  id: idSchema,
  /** "BIỂU TỔNG HỢP …"; upper-cased by the rule-set. */
  title: line(),
  blocks,
});
export type Appendix = z.infer<typeof appendixSchema>;

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  ruleSet: ruleSetIdSchema,
  header: headerSchema,
  /** Tên loại: "BÁO CÁO". */
  docType: line(100),
  /** Trích yếu: "sơ kết 5 năm triển khai thực hiện …". */
  title: line(),
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

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: z.core.$ZodIssue[] };

export function parseReport(input: unknown): ParseResult<Report> {
  const result = reportSchema.safeParse(input);
  if (!result.success) return { ok: false, issues: result.error.issues };
  if (sectionDepth(result.data.sections) > LIMITS.depth) {
    return {
      ok: false,
      issues: [{ code: 'custom', path: ['sections'], message: `Mục lồng quá ${LIMITS.depth} cấp`, input: undefined }],
    };
  }
  return { ok: true, value: result.data };
}
