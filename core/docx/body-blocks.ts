/**
 * Body content as docx elements: headings (marker + text in the level's style, kept with what follows),
 * ordinary paragraphs, "- "/"+ " lines, numbered items and tables.
 */
import { Paragraph, type Table } from 'docx';
import type { Inline } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import type { FlowItem } from './body-flow';
import type { FootnoteNumbering } from './footnotes';
import { inlineRuns } from './inline-runs';
import { bodyParagraphFormat } from './paragraph-formats';
import { styledRuns } from './run-style';
import { SharedFormatParagraph, sharedTextRuns, type SharedProperties } from './shared-properties';
import { tableBlock } from './table-block';
import { mmToTwips, ptToHalfPoints } from './units';

export interface BodyContext {
  ruleSet: RuleSet;
  footnotes: FootnoteNumbering;
  /** Property components shared by elements of the same format during this export. */
  shared: SharedProperties;
}

const DASH_PREFIX = { 1: '- ', 2: '+ ' } as const;

function headingParagraph(item: Extract<FlowItem, { kind: 'heading' }>, ruleSet: RuleSet): Paragraph {
  const levels = ruleSet.headings;
  const style = item.depth <= 1 ? levels.level1 : item.depth === 2 ? levels.level2 : item.depth === 3 ? levels.level3 : levels.level4;
  const text = item.text.trim() ? `${item.marker} ${item.text.trim()}` : item.marker;
  return new Paragraph({
    ...bodyParagraphFormat(ruleSet),
    indent: { firstLine: mmToTwips(style.indentMm) },
    // A heading never ends a page; the outline level feeds Word's navigation pane.
    keepNext: true,
    keepLines: true,
    outlineLevel: Math.min(item.depth, 9) - 1,
    children: styledRuns(text, style),
  });
}

function textParagraph(prefix: string, content: readonly Inline[], ctx: BodyContext, keepNext: boolean): SharedFormatParagraph {
  const size = ctx.ruleSet.body.size;
  return new SharedFormatParagraph(ctx.shared, { ...bodyParagraphFormat(ctx.ruleSet), ...(keepNext ? { keepNext: true } : {}) }, [
    ...sharedTextRuns(prefix, { size: ptToHalfPoints(size) }, ctx.shared),
    ...inlineRuns(content, size, ctx.footnotes, ctx.shared),
  ]);
}

/**
 * @param keepNext true for the last body element, so it stays on the page of the closing block.
 * @param content the item's inline content after the end mark was applied (for the last paragraph).
 */
export function renderFlowItem(item: FlowItem, ctx: BodyContext, keepNext: boolean, content?: readonly Inline[]): (Paragraph | SharedFormatParagraph | Table)[] {
  if (item.kind === 'heading') return [headingParagraph(item, ctx.ruleSet)];
  const block = item.block;
  switch (block.type) {
    case 'paragraph':
      return [textParagraph('', content ?? block.content, ctx, keepNext)];
    case 'dash':
      return [textParagraph(DASH_PREFIX[block.level ?? 1], content ?? block.content, ctx, keepNext)];
    case 'numbered':
      return [textParagraph(`${item.marker ?? ''} `, content ?? block.content, ctx, keepNext)];
    case 'table':
      return [tableBlock(block, ctx.ruleSet, { keepWithNext: keepNext, shared: ctx.shared })];
  }
}
