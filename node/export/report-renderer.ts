/**
 * Report → .docx bytes for main (export, preview and USB submission), with the report's rule-set looked up
 * among the built-in ones AND those of installed packs. Installed rule-sets are verified when loaded and then
 * kept in memory until a pack is installed or rolled back, so a preview or export does not re-read and
 * re-verify every pack, and a rule-set edited on disk afterwards is still never used (the verified copy is);
 * a report naming a rule-set this machine lacks rejects with RuleSetNotInstalledError, whose message the
 * handlers show as is.
 */
import type { Report } from '../../core/model/report-schema';
import { createRuleSetRegistry, requireRuleSet } from '../../core/rules/rule-set-registry';
import type { RuleSet } from '../../core/rules/rule-set-schema';
import type { PackStore } from '../packages/pack-store';

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

/**
 * The installed rule-sets, verified once and kept until `invalidate` (pack installed or rolled back). A load
 * that fails is not kept, so the next render tries again.
 */
export function cachedRuleSets(load: () => Promise<RuleSet[]>): {
  installedRuleSets(): Promise<RuleSet[]>;
  invalidate(): void;
} {
  let cached: Promise<RuleSet[]> | undefined;
  return {
    installedRuleSets() {
      if (!cached) {
        const loading = load();
        cached = loading;
        loading.catch(() => {
          if (cached === loading) cached = undefined;
        });
      }
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** The store as the pack handlers use it, with `onChange` called after every install or rollback attempt. */
export function notifyingPackStore<S extends Pick<PackStore, 'install' | 'rollback'>>(
  store: S,
  onChange: () => void,
): S {
  return {
    ...store,
    install: (...args: Parameters<PackStore['install']>) => store.install(...args).finally(onChange),
    rollback: (...args: Parameters<PackStore['rollback']>) => store.rollback(...args).finally(onChange),
  };
}
