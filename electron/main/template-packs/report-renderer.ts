/**
 * Report → .docx bytes for main (export and USB submission), with the report's rule-set looked up among the
 * built-in ones AND those of installed packs. The pack store re-verifies its packages on every load, so a
 * rule-set edited on disk is never used; a report naming a rule-set this machine lacks rejects with
 * RuleSetNotInstalledError, whose message the handlers show as is.
 */
import type { Report } from '../../../core/model/report-schema';
import { createRuleSetRegistry, requireRuleSet } from '../../../core/rules/rule-set-registry';
import type { RuleSet } from '../../../core/rules/rule-set-schema';
import type { PackStore } from './pack-store';

export interface ReportRendererDeps {
  /** `listRuleSets` in the app; e2e passes the same files read without a JSON import. */
  builtInRuleSets(): RuleSet[];
  /** The rule-sets of every active installed pack, in pack-id order. */
  installedRuleSets(): Promise<RuleSet[]>;
  renderDocx(report: Report, options: { ruleSet: RuleSet }): Promise<Uint8Array>;
}

export function createReportRenderer(deps: ReportRendererDeps): (report: Report) => Promise<Uint8Array> {
  return async (report) => {
    const registry = createRuleSetRegistry(deps.builtInRuleSets(), await deps.installedRuleSets());
    return deps.renderDocx(report, { ruleSet: requireRuleSet(registry, report.ruleSet) });
  };
}

/** The installed rule-sets as the pack store loads them (damaged packs are left out, as in the list). */
export function installedRuleSetsFrom(store: Pick<PackStore, 'loadAll'>): () => Promise<RuleSet[]> {
  return async () => (await store.loadAll()).packs.flatMap((p) => p.ruleSets);
}
