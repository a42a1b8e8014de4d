/**
 * The mark centred under an element (SPEC §3 row 2c, §4, §12): text ("*", "-----") or a short solid line
 * whose length is a fraction of the width it is centred in. The line is the bottom border of an empty,
 * 2-pt-high paragraph with symmetric indents, so it never pushes the text above it onto a new line.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { Mark } from '../rules/rule-set-schema';
import { styledRuns } from './run-style';
import { ptToEighths } from './units';

/** Height of the paragraph that carries a rule mark, in twips (2 pt): just enough for the border. */
const RULE_PARAGRAPH_TWIPS = 40;

export function markParagraphs(
  mark: Mark,
  widthTwips: number,
  extra: { keepNext?: boolean; spaceAfterTwips?: number } = {},
): Paragraph[] {
  const keep = extra.keepNext ? { keepNext: true } : {};
  const after = extra.spaceAfterTwips ?? 0;
  switch (mark.kind) {
    case 'none':
      return [];
    case 'text':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after },
          ...keep,
          children: styledRuns(mark.text, mark.style),
        }),
      ];
    case 'rule': {
      const indent = Math.max(0, Math.floor((widthTwips * (1 - mark.widthFraction)) / 2));
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after, line: RULE_PARAGRAPH_TWIPS, lineRule: LineRuleType.EXACT },
          indent: { left: indent, right: indent },
          border: { bottom: { style: BorderStyle.SINGLE, size: ptToEighths(mark.pt), color: 'auto', space: 1 } },
          ...keep,
          children: [],
        }),
      ];
    }
  }
}
