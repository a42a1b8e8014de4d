/**
 * How each body element looks, decided once from the rule-set: headings (marker + text in the level's style,
 * kept with what follows, outline level for Word's navigation pane), text paragraphs with their "- " / "+ " /
 * "1. " prefix, and the runs of typed text. The XML writer (body-xml.ts) writes these formats; the equivalence
 * test hands the same formats to docx's own Paragraph and TextRun.
 */
import type { TextRun } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import type { FlowItem } from './body-flow';
import type { ParagraphFormat } from './paragraph-xml';
import { bodyParagraphFormat } from './paragraph-formats';
import type { RunFormat } from './run-xml';
import { styledText } from './run-style';
import { mmToTwips, ptToHalfPoints } from './units';

export type HeadingItem = Extract<FlowItem, { kind: 'heading' }>;
export type BlockItem = Extract<FlowItem, { kind: 'block' }>;

export interface HeadingLayout {
  paragraph: ParagraphFormat;
  run: RunFormat;
  /** Marker and text, upper-cased when the level's style says so. */
  text: string;
}

export function headingLayout(item: HeadingItem, ruleSet: RuleSet): HeadingLayout {
  const levels = ruleSet.headings;
  const style =
    item.level <= 1
      ? levels.level1
      : item.level === 2
        ? levels.level2
        : item.level === 3
          ? levels.level3
          : levels.level4;
  const text = item.text.trim() ? `${item.marker} ${item.text.trim()}` : item.marker;
  return {
    paragraph: {
      ...bodyParagraphFormat(ruleSet),
      indent: { firstLine: mmToTwips(style.indentMm) },
      // A heading never ends a page; the outline level feeds Word's navigation pane.
      keepNext: true,
      keepLines: true,
      outlineLevel: Math.min(Math.max(item.level, 1), 9) - 1,
    },
    run: { size: ptToHalfPoints(style.size), bold: style.bold, italic: style.italic, underline: style.underline },
    text: styledText(text, style),
  };
}

const DASH_PREFIX = { 1: '- ', 2: '+ ' } as const;

/** What a text block starts with: "" for a paragraph, "- " / "+ " for a dash line, "1. " for a numbered item. */
export function textPrefix(item: BlockItem): string {
  const block = item.block;
  switch (block.type) {
    case 'dash':
      return DASH_PREFIX[block.level ?? 1];
    case 'numbered':
      return `${item.marker ?? ''} `;
    default:
      return '';
  }
}

/** @param keepNext for the last body element, so it stays on the page of the closing block. */
export function textParagraphFormat(ruleSet: RuleSet, keepNext: boolean): ParagraphFormat {
  return keepNext ? { ...bodyParagraphFormat(ruleSet), keepNext: true } : bodyParagraphFormat(ruleSet);
}

/** A typed run at `size` half-points with its own bold/italic/underline. */
export function textRunFormat(run: Pick<TextRun, 'bold' | 'italic' | 'underline'>, size: number): RunFormat {
  return { size, bold: run.bold, italic: run.italic, underline: run.underline };
}
