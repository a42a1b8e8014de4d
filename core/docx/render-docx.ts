/**
 * The one entry point for exporting: Report → .docx bytes. Works in Node and in the browser alike (no Buffer,
 * no fs): docx packs straight to a Uint8Array.
 */
import { Packer } from 'docx';
import type { Report } from '../model/report-schema';
import { requireRuleSet } from '../rules/rule-set-registry';
import type { RuleSet } from '../rules/rule-set-schema';
import { buildDocument } from './build-document';

/**
 * Without `options.ruleSet`, only built-in rule-sets are known: an installed one throws RuleSetNotInstalledError.
 * The built-ins are imported only then, so callers passing a rule-set (main's export, also run by Playwright,
 * whose loader cannot import JSON modules) never load the JSON files.
 */
export async function renderDocx(report: Report, options?: { ruleSet?: RuleSet }): Promise<Uint8Array> {
  const ruleSet = options?.ruleSet ?? requireRuleSet((await import('../rules/rule-sets')).builtInRuleSetRegistry, report.ruleSet);
  return Packer.pack(buildDocument(report, ruleSet), 'uint8array');
}
