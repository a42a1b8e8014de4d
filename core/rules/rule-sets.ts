/**
 * The rule-sets the app knows, parsed once against the schema. Adding a regime (e.g. a future hd05-2026.json
 * with its validFrom date) is one JSON file plus one line in RULE_SET_FILES; nothing else branches on ids.
 */
import hd36 from './hd36-2018.json';
import nd30 from './nd30-2020.json';
import type { RuleSetId } from '../model/report-schema';
import { ruleSetSchema, type RuleSet } from './rule-set-schema';

const RULE_SET_FILES: Record<RuleSetId, unknown> = {
  'hd36-2018': hd36,
  'nd30-2020': nd30,
};

const RULE_SETS = Object.fromEntries(
  Object.entries(RULE_SET_FILES).map(([id, json]) => {
    const parsed = ruleSetSchema.parse(json);
    if (parsed.id !== id) throw new Error(`rule-set file registered as ${id} declares id ${parsed.id}`);
    return [id, parsed];
  }),
) as Record<RuleSetId, RuleSet>;

export function getRuleSet(id: RuleSetId): RuleSet {
  return RULE_SETS[id];
}

export function listRuleSets(): RuleSet[] {
  return Object.values(RULE_SETS);
}

export type DocumentFamily = RuleSet['family'];

/**
 * The rule-set in force for a document of this family on this date: the one of the family with the latest
 * validFrom not after the date. An undated document ("") gets the family's most recent rule-set (the clerk is
 * drafting now); one dated before every rule-set of its family gets the oldest, the nearest in time.
 */
export function selectRuleSet(
  query: { family: DocumentFamily; documentDate: string },
  ruleSets: readonly RuleSet[] = listRuleSets(),
): RuleSet {
  const family = [...ruleSets].filter((r) => r.family === query.family).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  if (family.length === 0) throw new Error(`no rule-set for family ${query.family}`);
  const inForce = query.documentDate ? family.filter((r) => r.validFrom <= query.documentDate) : [];
  if (!query.documentDate) return family[family.length - 1]!;
  return inForce[inForce.length - 1] ?? family[0]!;
}
