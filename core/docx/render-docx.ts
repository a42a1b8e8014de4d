/**
 * The one entry point for exporting: Report → .docx bytes. Works in Node and in the browser alike (no Buffer,
 * no fs): docx packs straight to a Uint8Array.
 */
import { Packer } from 'docx';
import type { Report } from '../model/report-schema';
import { getRuleSet } from '../rules/rule-sets';
import type { RuleSet } from '../rules/rule-set-schema';
import { buildDocument } from './build-document';

export async function renderDocx(report: Report, options?: { ruleSet?: RuleSet }): Promise<Uint8Array> {
  const ruleSet = options?.ruleSet ?? getRuleSet(report.ruleSet);
  return Packer.pack(buildDocument(report, ruleSet), 'uint8array');
}
