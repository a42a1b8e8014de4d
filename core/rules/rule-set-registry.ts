/**
 * The rule-sets one machine knows: the built-in ones plus those of installed, verified template packs. Pure
 * and free of JSON imports (Playwright's loader cannot import JSON modules, and main's export code runs there
 * in e2e): whoever holds the rule-sets passes them in; `builtInRuleSetRegistry` in rule-sets.ts is the one
 * with only the built-ins. A report naming a rule-set this machine lacks (a draft from a province that
 * installed a newer pack) is a typed miss with a Vietnamese sentence, never a crash.
 */
import type { RuleSet } from './rule-set-schema';

export type DocumentFamily = RuleSet['family'];

export type RuleSetLookup =
  { ok: true; ruleSet: RuleSet } | { ok: false; reason: 'not-installed'; id: string; message: string };

export interface RuleSetRegistry {
  get(id: string): RuleSetLookup;
  /** Built-in ones first (in their order), then the installed ones not replacing a built-in. */
  list(): RuleSet[];
  /** The rule-set in force for a document of this family on this date (see `selectFrom`). */
  select(query: { family: DocumentFamily; documentDate: string }): RuleSet;
}

export function ruleSetNotInstalledMessage(id: string): string {
  return `Báo cáo dùng bộ quy tắc thể thức “${id}” chưa được cài trên máy này. Hãy cài gói đề cương của tỉnh hoặc chọn bộ quy tắc khác trong Thông tin chung.`;
}

/** Thrown where a rule-set must exist to go on (rendering); its message is the sentence to show. */
export class RuleSetNotInstalledError extends Error {
  constructor(readonly ruleSetId: string) {
    super(ruleSetNotInstalledMessage(ruleSetId));
    this.name = 'RuleSetNotInstalledError';
  }
}

/**
 * The rule-set in force for a document of this family on this date: the one of the family with the latest
 * validFrom not after the date. An undated document ("") gets the family's most recent rule-set (the clerk is
 * drafting now); one dated before every rule-set of its family gets the oldest, the nearest in time.
 */
export function selectFrom(
  ruleSets: readonly RuleSet[],
  query: { family: DocumentFamily; documentDate: string },
): RuleSet {
  const family = [...ruleSets]
    .filter((r) => r.family === query.family)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const [oldest] = family;
  const newest = family.at(-1);
  if (oldest === undefined || newest === undefined) throw new Error(`no rule-set for family ${query.family}`);
  if (!query.documentDate) return newest;
  const inForce = family.filter((r) => r.validFrom <= query.documentDate);
  return inForce.at(-1) ?? oldest;
}

/**
 * An installed rule-set with the id of a built-in one replaces it (the province corrects a regime), as
 * installed outlines do; between installed ones the first given wins, so the choice is stable.
 */
export function createRuleSetRegistry(
  builtIn: readonly RuleSet[],
  installed: readonly RuleSet[] = [],
): RuleSetRegistry {
  const byId = new Map<string, RuleSet>();
  for (const r of installed) if (!byId.has(r.id)) byId.set(r.id, r);
  const builtInIds = new Set(builtIn.map((r) => r.id));
  const all = [...builtIn.map((r) => byId.get(r.id) ?? r), ...[...byId.values()].filter((r) => !builtInIds.has(r.id))];
  const index = new Map(all.map((r) => [r.id, r]));
  return {
    get(id) {
      const ruleSet = index.get(id);
      return ruleSet
        ? { ok: true, ruleSet }
        : { ok: false, reason: 'not-installed', id, message: ruleSetNotInstalledMessage(id) };
    },
    list: () => [...all],
    select: (query) => selectFrom(all, query),
  };
}

/** The rule-set or a RuleSetNotInstalledError, for code paths that cannot continue without one. */
export function requireRuleSet(registry: RuleSetRegistry, id: string): RuleSet {
  const found = registry.get(id);
  if (!found.ok) throw new RuleSetNotInstalledError(id);
  return found.ruleSet;
}

/**
 * For what is only shown on screen (header preview, checker): the report's rule-set, or when this machine
 * lacks it the Party rule-set in force on the report's date, together with the sentence to show. Export
 * never falls back: it refuses with that sentence.
 */
export function ruleSetForDisplay(
  registry: RuleSetRegistry,
  report: { ruleSet: string; header: { date: string } },
): { ruleSet: RuleSet; missing: string | null } {
  const found = registry.get(report.ruleSet);
  if (found.ok) return { ruleSet: found.ruleSet, missing: null };
  return { ruleSet: registry.select({ family: 'party', documentDate: report.header.date }), missing: found.message };
}
