/**
 * The rule-sets the app knows, parsed once against the schema. Adding a regime (e.g. a future hd05-2026.json
 * with its validFrom date) is one JSON file plus one line in RULE_SET_FILES; nothing else branches on ids.
 */
import hd36 from './hd36-2018.json';
import nd30 from './nd30-2020.json';
import { createRuleSetRegistry, selectFrom, type DocumentFamily, type RuleSetRegistry } from './rule-set-registry';
import { ruleSetSchema, type RuleSet } from './rule-set-schema';

/** The ids shipped with the app; installed packs may add others (see rule-set-registry.ts). */
export type BuiltInRuleSetId = 'hd36-2018' | 'nd30-2020';

const RULE_SET_FILES: Record<BuiltInRuleSetId, unknown> = {
  'hd36-2018': hd36,
  'nd30-2020': nd30,
};

const RULE_SETS = Object.fromEntries(
  Object.entries(RULE_SET_FILES).map(([id, json]) => {
    const parsed = ruleSetSchema.parse(json);
    if (parsed.id !== id) throw new Error(`rule-set file registered as ${id} declares id ${parsed.id}`);
    return [id, parsed];
  }),
) as Record<BuiltInRuleSetId, RuleSet>;

export function getRuleSet(id: BuiltInRuleSetId): RuleSet {
  return RULE_SETS[id];
}

export function listRuleSets(): RuleSet[] {
  return Object.values(RULE_SETS);
}

export type { DocumentFamily } from './rule-set-registry';

/** The rule-set in force for this family and date (see `selectFrom`); built-ins unless a list is given. */
export function selectRuleSet(
  query: { family: DocumentFamily; documentDate: string },
  ruleSets: readonly RuleSet[] = listRuleSets(),
): RuleSet {
  return selectFrom(ruleSets, query);
}

/** Only what ships with the app: the CLI, the browser build, tests. */
export const builtInRuleSetRegistry: RuleSetRegistry = createRuleSetRegistry(listRuleSets());
