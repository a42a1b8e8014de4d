/** The rule-sets the app knows, parsed once against the schema; picking one is data-driven. */
import hd36 from './hd36-2018.json';
import type { RuleSetId } from '../model/report-schema';
import { ruleSetSchema, type RuleSet } from './rule-set-schema';

const RULE_SETS: Record<RuleSetId, RuleSet> = {
  'hd36-2018': ruleSetSchema.parse(hd36),
};

export function getRuleSet(id: RuleSetId): RuleSet {
  return RULE_SETS[id];
}

export function listRuleSets(): RuleSet[] {
  return Object.values(RULE_SETS);
}
