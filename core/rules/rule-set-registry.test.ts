/**
 * The registry of built-in plus installed rule-sets: a newer installed regime is chosen from its date, an
 * installed correction replaces a built-in, and a report naming a rule-set this machine lacks gets the
 * Vietnamese sentence (from the registry and from renderDocx) instead of a crash.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../model/report-schema';
import { renderDocx } from '../docx/render-docx';
import { minimalReport } from '../../test-support/report-builder';
import {
  createRuleSetRegistry,
  RuleSetNotInstalledError,
  ruleSetForDisplay,
  ruleSetNotInstalledMessage,
} from './rule-set-registry';
import { builtInRuleSetRegistry, getRuleSet, listRuleSets } from './rule-sets';
import { ruleSetSchema } from './rule-set-schema';

const hd36 = getRuleSet('hd36-2018');
const hd05 = ruleSetSchema.parse({
  ...structuredClone(hd36),
  id: 'hd05-2026',
  name: 'Hướng dẫn 05-HD/VPTW (2026)',
  validFrom: '2026-05-27',
});

describe('RuleSetRegistry', () => {
  it('selects an installed newer rule-set from its validFrom date, and the older one before it', () => {
    const registry = createRuleSetRegistry(listRuleSets(), [hd05]);
    expect(registry.select({ family: 'party', documentDate: '2026-05-26' }).id).toBe('hd36-2018');
    expect(registry.select({ family: 'party', documentDate: '2026-06-01' }).id).toBe('hd05-2026');
    expect(registry.select({ family: 'party', documentDate: '' }).id).toBe('hd05-2026');
    expect(registry.select({ family: 'state', documentDate: '2026-06-01' }).id).toBe('nd30-2020');
    expect(builtInRuleSetRegistry.select({ family: 'party', documentDate: '2026-06-01' }).id).toBe('hd36-2018');
  });

  it('lists built-in rule-sets first, then installed ones, each id once', () => {
    const registry = createRuleSetRegistry(listRuleSets(), [hd05, { ...hd05, name: 'bản trùng' }]);
    expect(registry.list().map((r) => r.id)).toEqual(['hd36-2018', 'nd30-2020', 'hd05-2026']);
    expect(registry.list()[2]!.name).toBe('Hướng dẫn 05-HD/VPTW (2026)');
  });

  it('lets an installed rule-set with a built-in id replace it', () => {
    const corrected = ruleSetSchema.parse({ ...structuredClone(hd36), name: 'HD 36 (bản sửa của tỉnh)' });
    const found = createRuleSetRegistry(listRuleSets(), [corrected]).get('hd36-2018');
    expect(found.ok && found.ruleSet.name).toBe('HD 36 (bản sửa của tỉnh)');
    expect(createRuleSetRegistry(listRuleSets(), [corrected]).list()).toHaveLength(2);
  });

  it('answers an unknown id with a typed miss carrying the Vietnamese message', () => {
    const miss = createRuleSetRegistry(listRuleSets()).get('hd05-2026');
    expect(miss).toEqual({
      ok: false,
      reason: 'not-installed',
      id: 'hd05-2026',
      message:
        'Báo cáo dùng bộ quy tắc thể thức “hd05-2026” chưa được cài trên máy này. Hãy cài gói đề cương của tỉnh hoặc chọn bộ quy tắc khác trong Thông tin chung.',
    });
    expect(createRuleSetRegistry(listRuleSets(), [hd05]).get('hd05-2026').ok).toBe(true);
  });

  it('keeps old drafts valid and accepts a report naming an installed rule-set; renderDocx refuses it with the message', async () => {
    expect(parseReport(minimalReport({ ruleSet: 'hd36-2018' })).ok).toBe(true);
    expect(parseReport(minimalReport({ ruleSet: 'nd30-2020' })).ok).toBe(true);
    expect(parseReport(minimalReport({ ruleSet: 'Không hợp lệ' })).ok).toBe(false);
    const newer = minimalReport({ ruleSet: 'hd05-2026' });
    expect(parseReport(newer).ok).toBe(true);
    await expect(renderDocx(newer)).rejects.toThrow(new RuleSetNotInstalledError('hd05-2026'));
    await expect(renderDocx(newer)).rejects.toThrow(ruleSetNotInstalledMessage('hd05-2026'));
    expect((await renderDocx(newer, { ruleSet: hd05 })).byteLength).toBeGreaterThan(1000);
  });
});

describe('ruleSetForDisplay', () => {
  it('shows a missing rule-set with the Party one in force and the message', () => {
    const shown = ruleSetForDisplay(builtInRuleSetRegistry, { ruleSet: 'hd05-2026', header: { date: '2026-06-01' } });
    expect(shown).toEqual({ ruleSet: hd36, missing: ruleSetNotInstalledMessage('hd05-2026') });
    expect(
      ruleSetForDisplay(createRuleSetRegistry(listRuleSets(), [hd05]), { ruleSet: 'hd05-2026', header: { date: '' } }),
    ).toEqual({ ruleSet: hd05, missing: null });
  });
});
