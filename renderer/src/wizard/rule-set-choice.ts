/**
 * Which rule-set a draft uses when its date changes. The default follows the date within the draft's family
 * (Đảng or Nhà nước), so a newer regime, built-in or installed, applies from its validFrom date; a rule-set the
 * clerk picked by hand is kept. "By hand" is read off the draft itself: its rule-set is not the one the old
 * date would have given, so no extra field is stored in the report.
 */
import type { Report } from '../../../core/model/report-schema';
import type { RuleSetRegistry } from '../../../core/rules/rule-set-registry';

export function ruleSetAfterDateChange(registry: RuleSetRegistry, report: Report, newDate: string): string {
  const current = registry.get(report.ruleSet);
  // Missing on this machine: the general step says so; the clerk chooses, the date does not guess.
  if (!current.ok) return report.ruleSet;
  const family = current.ruleSet.family;
  const wasDefault = registry.select({ family, documentDate: report.header.date }).id === report.ruleSet;
  return wasDefault ? registry.select({ family, documentDate: newDate }).id : report.ruleSet;
}

/** The rule-set the date gives, for the picker's hint. */
export function defaultRuleSetId(registry: RuleSetRegistry, report: Report): string | null {
  const current = registry.get(report.ruleSet);
  return current.ok ? registry.select({ family: current.ruleSet.family, documentDate: report.header.date }).id : null;
}
