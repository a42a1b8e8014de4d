/** Paragraph layouts the rule-set defines: the justified body paragraph and the compact lines of the header/closing. */
import { AlignmentType, LineRuleType, type IParagraphOptions } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import { mmToTwips, ptToTwips } from './units';

/** Spacing of a body paragraph: space before/after and an exact line height (SPEC §5). */
export function bodySpacing(ruleSet: RuleSet): NonNullable<IParagraphOptions['spacing']> {
  const b = ruleSet.body;
  return {
    before: ptToTwips(b.spaceBeforePt),
    after: ptToTwips(b.spaceAfterPt),
    line: ptToTwips(b.lineExactPt),
    lineRule: LineRuleType.EXACT,
  };
}

/** Options of an ordinary body paragraph: justified, first-line indent, body spacing. */
export function bodyParagraphFormat(ruleSet: RuleSet): IParagraphOptions {
  return {
    alignment: ruleSet.body.justified ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    indent: { firstLine: mmToTwips(ruleSet.body.firstLineIndentMm) },
    spacing: bodySpacing(ruleSet),
    // No single line of a paragraph left alone at the top or bottom of a page.
    widowControl: true,
  };
}

/** A single-spaced line with no space around it, as in the header and closing blocks. */
export function compactFormat(alignment: IParagraphOptions['alignment'], spaceBeforePt = 0): IParagraphOptions {
  return { alignment, spacing: { before: ptToTwips(spaceBeforePt), after: 0 } };
}
