/**
 * What a clerk reads for a rule-set: the `name` in its JSON file, for the built-in ones and those of installed
 * packs alike. The profile screen, the import summary (app and CLI) and the rule-set picker all show this one
 * name, so a regime is never worded two ways.
 */
import type { DocumentFamily, RuleSetRegistry } from './rule-set-registry';
import { builtInRuleSetRegistry } from './rule-sets';

/** The rule-set's own name; its id when this machine lacks it (a draft from a province with a newer pack). */
export function ruleSetTitle(id: string, registry: RuleSetRegistry = builtInRuleSetRegistry): string {
  const found = registry.get(id);
  return found.ok ? found.ruleSet.name : id;
}

/** For a choice between Party and state documents: the name of the family's rule-set in force today. */
export function familyTitle(family: DocumentFamily, registry: RuleSetRegistry = builtInRuleSetRegistry): string {
  return registry.select({ family, documentDate: '' }).name;
}
