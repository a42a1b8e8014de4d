import { describe, expect, it } from 'vitest';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import type { Appendix, Report } from './report-schema';
import { isStepComplete, reportProgress, wizardSteps, type WizardStep } from './wizard-steps';

const step = (r: Report, kind: WizardStep['kind']) => wizardSteps(r).find((s) => s.kind === kind)!;
const appendix = (over: Partial<Appendix> = {}): Appendix => ({
  id: 'pl1',
  title: 'Biểu tổng hợp kết quả',
  blocks: [textParagraph('Số liệu đến 30/6/2024.')],
  ...over,
});

describe('the Phụ lục step', () => {
  it('sits between "Nơi nhận và ký" and "Xem lại và xuất"', () => {
    const keys = wizardSteps(minimalReport()).map((s) => s.key);
    expect(keys.slice(-3)).toEqual(['closing', 'appendices', 'review']);
  });

  it('is complete with no appendix at all, and with every appendix titled and written', () => {
    expect(isStepComplete(minimalReport(), step(minimalReport(), 'appendices'))).toBe(true);
    const r = minimalReport({ appendices: [appendix(), appendix({ id: 'pl2', orientation: 'landscape' })] });
    expect(isStepComplete(r, step(r, 'appendices'))).toBe(true);
  });

  it('is not complete while an added appendix has no title or no content', () => {
    for (const bad of [
      appendix({ title: '  ' }),
      appendix({ blocks: [] }),
      appendix({ blocks: [textParagraph('…')] }),
    ]) {
      const r = minimalReport({ appendices: [appendix(), bad] });
      expect(isStepComplete(r, step(r, 'appendices'))).toBe(false);
      expect(isStepComplete(r, step(r, 'review'))).toBe(false);
    }
  });
});

describe('the Thông tin chung step', () => {
  it('is not complete while the date field holds text that is not a date', () => {
    const r = minimalReport();
    expect(isStepComplete(r, step(r, 'general'))).toBe(true);
    const typed = { ...r, header: { ...r.header, dateText: '31/02/2023' } };
    expect(isStepComplete(typed, step(typed, 'general'))).toBe(false);
  });
});

describe('the Nơi nhận và ký step', () => {
  it('is not complete while a recipient row is empty or holds only the marks the rule-set adds', () => {
    const r = minimalReport({ recipients: ['Thường trực Huyện ủy', 'Lưu Văn phòng Huyện ủy'] });
    expect(r.signature.name).not.toBe('');
    expect(isStepComplete(r, step(r, 'closing'))).toBe(true);
    for (const empty of ['', '   ', '- ,', '-.']) {
      const withEmpty = { ...r, recipients: [...r.recipients, empty] };
      expect(isStepComplete(withEmpty, step(withEmpty, 'closing'))).toBe(false);
    }
  });
});

describe('progress', () => {
  it('counts the Phụ lục step only once the report has an appendix', () => {
    const r = minimalReport({
      sections: [section('Kết quả')],
      recipients: [],
      signature: { authority: '', title: '', name: '' },
    });
    expect(reportProgress(r)).toBeCloseTo(1 / 3);
    expect(reportProgress({ ...r, appendices: [appendix({ title: '' })] })).toBeCloseTo(1 / 4);
    expect(reportProgress({ ...r, appendices: [appendix()] })).toBeCloseTo(2 / 4);
  });
});

describe('step labels', () => {
  it('label each chapter with the marker it prints with, "1." for a top section set to level 2', () => {
    const report = minimalReport({
      sections: [section('Đặc điểm'), { ...section('Nhiệm vụ'), level: 2 }, section('Phương hướng')],
    });
    expect(
      wizardSteps(report)
        .filter((s) => s.kind === 'chapter')
        .map((s) => s.label),
    ).toEqual(['I. Đặc điểm', '1. Nhiệm vụ', 'II. Phương hướng']);
  });
});
