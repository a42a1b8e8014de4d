/**
 * The one entry point for exporting: Report → .docx bytes. Works in Node and in the browser alike (no Buffer,
 * no fs). docx builds everything but the body: styles, settings, headers, section properties, header/title/
 * closing blocks, relationships. The body and the footnotes are written as XML text (body-xml.ts) and put
 * into docx's package in place of the placeholders it wrote.
 */
import { Packer } from 'docx';
import type { Report } from '../model/report-schema';
import { requireRuleSet } from '../rules/rule-set-registry';
import type { RuleSet } from '../rules/rule-set-schema';
import { fillPlaceholders } from './body-placeholder';
import { XmlBodyRenderer } from './body-xml';
import { buildDocument } from './build-document';
import { appendToRoot, editPackageParts } from './package-parts';

/**
 * Without `options.ruleSet`, only built-in rule-sets are known: an installed one throws RuleSetNotInstalledError.
 * The built-ins are imported only then, so callers passing a rule-set (main's export, also run by Playwright,
 * whose loader cannot import JSON modules) never load the JSON files.
 */
export async function renderDocx(report: Report, options?: { ruleSet?: RuleSet }): Promise<Uint8Array> {
  const ruleSet =
    options?.ruleSet ?? requireRuleSet((await import('../rules/rule-sets')).builtInRuleSetRegistry, report.ruleSet);
  const body = new XmlBodyRenderer(ruleSet);
  const packed = await Packer.pack(buildDocument(report, ruleSet, body), 'uint8array');
  return editPackageParts(packed, {
    'word/document.xml': (xml) => fillPlaceholders(xml, body.pieces),
    'word/footnotes.xml': (xml) => appendToRoot(xml, 'w:footnotes', body.footnoteEntries()),
  });
}
