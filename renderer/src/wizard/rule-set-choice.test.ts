import { describe, expect, it } from 'vitest';
import { createRuleSetRegistry } from '../../../core/rules/rule-set-registry';
import { getRuleSet, listRuleSets } from '../../../core/rules/rule-sets';
import { ruleSetSchema } from '../../../core/rules/rule-set-schema';
import { minimalReport } from '../../../test-support/report-builder';
import { defaultRuleSetId, ruleSetAfterDateChange } from './rule-set-choice';

const lc = ruleSetSchema.parse({
  ...structuredClone(getRuleSet('hd36-2018')),
  id: 'lc-2026',
  name: 'Thể thức Tỉnh ủy Lai Châu 2026',
  validFrom: '2026-01-01',
});
const registry = createRuleSetRegistry(listRuleSets(), [lc]);
const dated = (ruleSet: string, date: string) =>
  minimalReport({ ruleSet, header: { ...minimalReport().header, date } });

describe('rule-set when the date changes', () => {
  it('follows the date while the draft keeps the default, into an installed newer regime and back', () => {
    expect(ruleSetAfterDateChange(registry, dated('hd36-2018', '2025-12-01'), '2026-02-01')).toBe('lc-2026');
    expect(ruleSetAfterDateChange(registry, dated('lc-2026', '2026-02-01'), '2025-06-01')).toBe('hd36-2018');
    expect(ruleSetAfterDateChange(registry, dated('nd30-2020', '2025-12-01'), '2026-02-01')).toBe('nd30-2020');
  });

  it('keeps a rule-set picked by hand, and one missing on this machine', () => {
    expect(ruleSetAfterDateChange(registry, dated('hd36-2018', '2026-02-01'), '2026-03-01')).toBe('hd36-2018');
    expect(ruleSetAfterDateChange(registry, dated('hd05-2026', '2026-02-01'), '2026-03-01')).toBe('hd05-2026');
    expect(defaultRuleSetId(registry, dated('hd36-2018', '2026-02-01'))).toBe('lc-2026');
    expect(defaultRuleSetId(registry, dated('hd05-2026', '2026-02-01'))).toBeNull();
  });
});
