/** The "Số 123-BC/HU" line of the header (SPEC §3 row 3, §10), built from the rule-set's pattern. */
import type { ReportHeader } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';

type SymbolParts = Pick<ReportHeader, 'number' | 'docTypeCode' | 'issuerCode'>;

/** The symbol without "Số": "123-BC/HU" (Party) or "12/BC-UBND" (state); blanks while unnumbered. */
export function documentSymbol(header: SymbolParts, ruleSet: RuleSet): string {
  const h = ruleSet.header;
  const number = header.number.trim() === '' ? h.blankNumber : header.number.trim();
  // One pass over the pattern so a code that itself contains "{type}" is never substituted twice.
  return h.numberPattern.replace(/\{(n|type|issuer)\}/g, (_, key: string) =>
    key === 'n' ? number : key === 'type' ? header.docTypeCode.trim() : header.issuerCode.trim(),
  );
}

export function documentNumberLine(header: SymbolParts, ruleSet: RuleSet): string {
  return `${ruleSet.header.numberPrefix}${documentSymbol(header, ruleSet)}`;
}
