/**
 * Default styles: the rule-set's font in all four font slots (so Vietnamese letters never fall back to
 * another face), its language, the body size, and the footnote text size.
 */
import { AlignmentType, type IStylesOptions } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import { ptToHalfPoints } from './units';

export function documentStyles(ruleSet: RuleSet): IStylesOptions {
  const family = ruleSet.font.family;
  const footnoteSize = ptToHalfPoints(ruleSet.footnote.size);
  return {
    default: {
      document: {
        run: {
          font: { ascii: family, hAnsi: family, cs: family, eastAsia: family },
          size: ptToHalfPoints(ruleSet.body.size),
          language: { value: ruleSet.font.language, eastAsia: ruleSet.font.language },
        },
      },
      footnoteText: {
        run: { size: footnoteSize },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0 }, indent: { firstLine: 0 } },
      },
      footnoteTextChar: { run: { size: footnoteSize } },
    },
  };
}
