/** Every screen names a rule-set by the `name` its JSON file carries, installed ones included. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleSetRegistry } from './rule-set-registry';
import { getRuleSet, listRuleSets } from './rule-sets';
import { ruleSetSchema } from './rule-set-schema';
import { familyTitle, ruleSetTitle } from './rule-set-titles';

const fileName = (id: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `${id}.json`), 'utf8')) as { name: string }).name;

describe('rule-set titles', () => {
  it('are the names written in the built-in rule-set files', () => {
    expect(ruleSetTitle('hd36-2018')).toBe(fileName('hd36-2018'));
    expect(ruleSetTitle('nd30-2020')).toBe(fileName('nd30-2020'));
    expect(familyTitle('party')).toBe(fileName('hd36-2018'));
    expect(familyTitle('state')).toBe(fileName('nd30-2020'));
  });

  it('follow an installed rule-set, and fall back to the id of one this machine lacks', () => {
    const lc = ruleSetSchema.parse({
      ...structuredClone(getRuleSet('hd36-2018')),
      id: 'lc-2027',
      name: 'Thể thức Tỉnh ủy Lai Châu 2027',
      validFrom: '2027-01-01',
    });
    const registry = createRuleSetRegistry(listRuleSets(), [lc]);
    expect(ruleSetTitle('lc-2027', registry)).toBe('Thể thức Tỉnh ủy Lai Châu 2027');
    expect(familyTitle('party', registry)).toBe('Thể thức Tỉnh ủy Lai Châu 2027');
    expect(ruleSetTitle('lc-2027')).toBe('lc-2027');
  });
});
