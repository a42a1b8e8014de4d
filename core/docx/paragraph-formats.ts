/**
 * Paragraph layouts the rule-set defines: the justified body paragraph (SPEC §5: space before/after, exact line
 * height) and the compact lines of the header/closing.
 */
import type { IParagraphOptions } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import type { ParagraphFormat } from './paragraph-xml';
import { mmToTwips, ptToTwips } from './units';

/** Format of an ordinary body paragraph: justified, first-line indent, body spacing. */
export function bodyParagraphFormat(ruleSet: RuleSet): ParagraphFormat {
  const b = ruleSet.body;
  return {
    alignment: b.justified ? 'both' : 'left',
    indent: { firstLine: mmToTwips(b.firstLineIndentMm) },
    spacing: {
      before: ptToTwips(b.spaceBeforePt),
      after: ptToTwips(b.spaceAfterPt),
      line: ptToTwips(b.lineExactPt),
      lineRule: 'exact',
    },
    // No single line of a paragraph left alone at the top or bottom of a page.
    widowControl: true,
  };
}

/** A single-spaced line with no space around it, as in the header and closing blocks. */
export function compactFormat(
  alignment: NonNullable<IParagraphOptions['alignment']>,
  spaceBeforePt = 0,
): IParagraphOptions {
  return { alignment, spacing: { before: ptToTwips(spaceBeforePt), after: 0 } };
}
