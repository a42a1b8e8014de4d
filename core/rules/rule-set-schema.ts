/**
 * A rule-set is the presentation rules of one regime (HD 36-HD/VPTW of 2018 for Party documents today;
 * QĐ 399 / HD 05 of 2026 later; NĐ 30/2020 for state bodies) as data. The DOCX writer reads only this,
 * so a new regime is a new JSON file, not new code. Sizes are in points, lengths in millimetres or twips
 * as the field name says.
 */
import { z } from 'zod';

const runStyle = z.strictObject({
  size: z.number().min(6).max(40),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
  upperCase: z.boolean().default(false),
});
export type RunStyle = z.infer<typeof runStyle>;

const headingLevel = runStyle.extend({
  /** First-line indent of the heading in mm (0 = flush left). */
  indentMm: z.number().min(0).max(30),
});

export const ruleSetSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** Documents dated on or after this ISO date use this rule-set (when nothing more specific applies). */
  validFrom: z.iso.date(),
  page: z.strictObject({
    widthMm: z.number(),
    heightMm: z.number(),
    marginTopMm: z.number(),
    marginBottomMm: z.number(),
    marginLeftMm: z.number(),
    marginRightMm: z.number(),
    headerDistanceMm: z.number(),
    footerDistanceMm: z.number(),
  }),
  font: z.strictObject({ family: z.string(), language: z.string() }),
  header: z.strictObject({
    /** Width of the left (issuer) column of the header table, mm; the right column takes the rest. */
    leftColumnMm: z.number(),
    nationalTitle: z.string(),
    nationalTitleStyle: runStyle,
    /** Line under the national title, as long as the title text (SPEC §3 row 1a), in twips. */
    nationalTitleRuleTwips: z.number(),
    parentOrgStyle: runStyle,
    issuerStyle: runStyle,
    /** What stands under the issuer name: "*" for Party documents. */
    issuerMark: z.string(),
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
    /** Separator under the trích yếu ("-----"), empty for none. */
    separator: z.string(),
    separatorStyle: runStyle,
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
  table: z.strictObject({ size: z.number(), borderPt: z.number() }),
  closing: z.strictObject({
    recipientsLabel: z.string(),
    recipientsLabelStyle: runStyle,
    recipientStyle: runStyle,
    /** Punctuation at the end of each recipient line but the last, and after the last. */
    recipientSeparator: z.string(),
    recipientTerminator: z.string(),
    authorityStyle: runStyle,
    titleStyle: runStyle,
    nameStyle: runStyle,
    /** Empty 14-pt lines left for the signature and seal. */
    signatureSpaceLines: z.number().int().min(0).max(10),
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
