import { describe, expect, it } from 'vitest';
import { wizardSteps } from './wizard-steps';
import { minimalReport, section } from '../../test-support/report-builder';

describe('wizard step labels', () => {
  it('label each chapter with the marker it prints with, "1." for a top section set to level 2', () => {
    const report = minimalReport({ sections: [section('Đặc điểm'), { ...section('Nhiệm vụ'), level: 2 }, section('Phương hướng')] });
    expect(wizardSteps(report).filter((s) => s.kind === 'chapter').map((s) => s.label)).toEqual(['I. Đặc điểm', '1. Nhiệm vụ', 'II. Phương hướng']);
  });
});
