/**
 * A rule-set is the presentation rules of one regime (HD 36-HD/VPTW of 2018 for Party documents today;
 * QĐ 399 / HD 05 of 2026 later; NĐ 30/2020 for state bodies) as data. The DOCX writer reads only this,
 * so a new regime is a new JSON file, not new code. Sizes are in points, lengths in millimetres or twips
 * as the field name says.
 */
// zod/mini (tree-shakable): the renderer validates installed rule-sets with this schema.
import { z } from 'zod/mini';
import { ruleSetIdSchema } from '../model/report-schema';

const runStyle = z.strictObject({
  size: z.number().check(z.gte(6), z.lte(40)),
  bold: z._default(z.boolean(), false),
  italic: z._default(z.boolean(), false),
  underline: z._default(z.boolean(), false),
  upperCase: z._default(z.boolean(), false),
});
export type RunStyle = z.infer<typeof runStyle>;

/** A solid line drawn under a line of text, centred on it (SPEC §3 row 1a, §12). */
const ruleLine = z.strictObject({
  /** Length of the line in twips ("as long as the text" is measured once per font and stored here). */
  widthTwips: z.number().check(z.int(), z.gt(0)),
  /** Thickness in points. */
  pt: z._default(z.number().check(z.gte(0.25), z.lte(6)), 0.75),
});

/** One line of the national heading (top right): text, look and an optional line under it. */
const headingLine = z.strictObject({
  text: z.string().check(z.minLength(1)),
  style: runStyle,
  rule: z.optional(ruleLine),
});

/**
 * A mark centred under an element: text such as "*" or "-----" (Party documents), a short solid line whose
 * length is a fraction of the column it sits in (state documents: 1/3–1/2), or nothing.
 */
const mark = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().check(z.minLength(1)), style: runStyle }),
  z.strictObject({
    kind: z.literal('rule'),
    widthFraction: z.number().check(z.gte(0.05), z.lte(1)),
    pt: z._default(z.number().check(z.gte(0.25), z.lte(6)), 0.75),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type Mark = z.infer<typeof mark>;

const headingLevel = z.extend(runStyle, {
  /** First-line indent of the heading in mm (0 = flush left). */
  indentMm: z.number().check(z.gte(0), z.lte(30)),
});

export const ruleSetSchema = z.strictObject({
  /** Same pattern as a report's `ruleSet`, so an installed rule-set can always be chosen for a report. */
  id: ruleSetIdSchema,
  name: z.string(),
  /** Documents dated on or after this ISO date use this rule-set (when nothing more specific applies). */
  validFrom: z.iso.date(),
  /** Party (Đảng) or state (Nhà nước) documents; `selectRuleSet` picks within a family by date. */
  family: z.enum(['party', 'state']),
  page: z.strictObject({
    widthMm: z.number(),
    heightMm: z.number(),
    marginTopMm: z.number(),
    marginBottomMm: z.number(),
    marginLeftMm: z.number(),
    marginRightMm: z.number(),
    headerDistanceMm: z.number(),
    footerDistanceMm: z.number(),
    /** Duplex printing: the back page mirrors left/right margins (Word w:mirrorMargins). SPEC §1 ○, off by default. */
    mirrorMargins: z._default(z.boolean(), false),
  }),
  font: z.strictObject({ family: z.string(), language: z.string() }),
  header: z.strictObject({
    /** Width of the left (issuer) column of the header table, mm; the right column takes the rest. */
    leftColumnMm: z.number(),
    /** Lines of the top-right heading: "ĐẢNG CỘNG SẢN VIỆT NAM" (one line), or the state's two lines. */
    nationalHeading: z.array(headingLine).check(z.minLength(1), z.maxLength(3)),
    parentOrgStyle: runStyle,
    issuerStyle: runStyle,
    /** What stands under the issuer name: "*" for Party documents, a short line for state documents. */
    issuerMark: mark,
    numberStyle: runStyle,
    /** "Số " (Party, no colon) or "Số: " (state). */
    numberPrefix: z.string(),
    /** How number, type and issuer codes are joined: "{n}-{type}/{issuer}" (Party) or "{n}/{type}-{issuer}" (state). */
    numberPattern: z.string(),
    /** Spaces left in place of a number not yet assigned. */
    blankNumber: z.string(),
    dateStyle: runStyle,
    dateSpaceBeforePt: z.number(),
  }),
  title: z.strictObject({
    docTypeStyle: runStyle,
    docTypeSpaceBeforePt: z.number(),
    subjectStyle: runStyle,
    /** Under the trích yếu: "-----" (Party practice, SPEC §4 ○) or a short line (state, SPEC §12). */
    separator: mark,
    spaceAfterPt: z.number(),
  }),
  body: z.strictObject({
    size: z.number(),
    firstLineIndentMm: z.number(),
    spaceBeforePt: z.number(),
    spaceAfterPt: z.number(),
    /** Exact line height in points. */
    lineExactPt: z.number(),
    justified: z.boolean(),
  }),
  headings: z.strictObject({
    level1: headingLevel,
    level2: headingLevel,
    level3: headingLevel,
    level4: headingLevel,
  }),
  footnote: z.strictObject({ size: z.number() }),
  /** Phụ lục (SPEC §7): each on a new page, "Phụ lục" (+ number when ≥ 2), title, "(Kèm theo …)" line. */
  appendix: z.strictObject({
    labelStyle: runStyle,
    titleStyle: runStyle,
    attachedStyle: runStyle,
    /** Placeholders: {docType} "Báo cáo", {symbol} "123-BC/HU", {date} "15/6/2023", {issuer} "Huyện ủy Tam Đường". */
    attachedPattern: z.string(),
  }),
  table: z.strictObject({
    size: z.number(),
    borderPt: z.number(),
    /** "Biểu 1: …" above a table, centred (SPEC §7: bold). */
    captionStyle: z._default(runStyle, { size: 14, bold: true, italic: false, underline: false, upperCase: false }),
    /** "Đơn vị tính: …" between caption and table, right-aligned (SPEC §7: italic). */
    unitStyle: z._default(runStyle, { size: 14, bold: false, italic: true, underline: false, upperCase: false }),
    /** Space above the caption (or the unit line, or the table when it has neither), points. */
    captionSpaceBeforePt: z._default(z.number().check(z.gte(0), z.lte(72)), 6),
  }),
  closing: z.strictObject({
    recipientsLabel: z.string(),
    recipientsLabelStyle: runStyle,
    recipientStyle: runStyle,
    /** Punctuation at the end of each recipient line but the last, and after the last. */
    recipientSeparator: z.string(),
    recipientTerminator: z.string(),
    authorityStyle: runStyle,
    /** Chức vụ; bold or not is a setting (SPEC §8 ○: HD 36 regular, the sample report bold). */
    titleStyle: runStyle,
    nameStyle: runStyle,
    /** Authority prefixes the regime uses ("T/M", "K/T", "T/L" or "TM.", "KT." …), for the format check. */
    authorityPrefixes: z.array(z.string()).check(z.minLength(1)),
    /** How the last recipient line starts ("Lưu" for Party documents, "Lưu:" for state), for the format check. */
    archiveLabel: z.string(),
    /** Empty 14-pt lines left for the signature and seal. */
    signatureSpaceLines: z.number().check(z.int(), z.gte(0), z.lte(10)),
    /** Width of the recipients column, mm; the signature column takes the rest. */
    leftColumnMm: z.number(),
  }),
  pageNumber: z.strictObject({
    size: z.number(),
    /** No number on the first page (Word "different first page"). */
    hideOnFirstPage: z.boolean(),
  }),
  /** Appended to the last body paragraph if it does not already end so ("" for Party documents, "./." for state). */
  endMark: z.string(),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;
