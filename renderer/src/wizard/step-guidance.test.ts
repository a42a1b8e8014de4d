import { describe, expect, it } from 'vitest';
import { wizardSteps } from '../../../core/model/wizard-steps';
import { createRuleSetRegistry } from '../../../core/rules/rule-set-registry';
import { getRuleSet, listRuleSets } from '../../../core/rules/rule-sets';
import { ruleSetSchema } from '../../../core/rules/rule-set-schema';
import { findTemplate } from '../../../core/templates/templates';
import { minimalReport } from '../../../test-support/report-builder';
import { stepGuidance } from './step-guidance';

const installed = ruleSetSchema.parse({
  ...structuredClone(getRuleSet('hd36-2018')),
  id: 'lc-2026',
  name: 'Thể thức Tỉnh ủy Lai Châu 2026',
  validFrom: '2026-01-01',
});
const registry = createRuleSetRegistry(listRuleSets(), [installed]);
const template = findTemplate('so-ket-tong-ket');

function reviewText(ruleSet: string): string {
  const report = minimalReport({ ruleSet });
  const review = wizardSteps(report).find((s) => s.kind === 'review')!;
  return stepGuidance(review, report, template, registry)
    .map((item) => item.text)
    .join(' ');
}

describe('the review step says which rules the DOCX follows', () => {
  it('names the draft’s own rule-set: Party, State, or one from an installed template pack', () => {
    expect(template).toBeDefined();
    expect(reviewText('hd36-2018')).toContain('Tệp DOCX được trình bày theo Hướng dẫn 36-HD/VPTW');
    expect(reviewText('nd30-2020')).toContain('Tệp DOCX được trình bày theo Nghị định 30/2020/NĐ-CP');
    expect(reviewText('nd30-2020')).not.toContain('36-HD/VPTW');
    expect(reviewText('lc-2026')).toContain('Tệp DOCX được trình bày theo Thể thức Tỉnh ủy Lai Châu 2026.');
  });

  it('says what to do when this machine lacks the draft’s rule-set, rather than naming another', () => {
    const text = reviewText('hd05-2026');
    expect(text).toContain('Báo cáo dùng bộ quy tắc thể thức “hd05-2026” chưa được cài trên máy này.');
    expect(text).not.toContain('Tệp DOCX được trình bày theo');
  });
});

describe('a chapter step shows its outline node’s guidance, hints and whether it may be left out', () => {
  it('lists the hints under the guidance and marks an optional chapter', () => {
    const base = findTemplate('dinh-ky')!;
    const outline = {
      ...base,
      chapters: base.chapters.map((c, i) =>
        i === 0 ? { ...c, hints: ['Có số liệu so với cùng kỳ', 'Nêu điển hình'], optional: true } : c,
      ),
    };
    const report = minimalReport({
      sections: [{ id: 's1', outlineKey: base.chapters[0]!.key, heading: 'KẾT QUẢ', blocks: [], children: [] }],
    });
    const step = wizardSteps(report).find((s) => s.kind === 'chapter')!;
    expect(stepGuidance(step, report, outline, registry)).toEqual([
      {
        heading: `${base.chapters[0]!.heading} (không bắt buộc)`,
        text: `${base.chapters[0]!.guidance}\n• Có số liệu so với cùng kỳ\n• Nêu điển hình`,
      },
    ]);
  });
});
