import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/rule-sets';
import { minimalReport } from '../../test-support/report-builder';
import { appendixAttachedLine } from './appendix-attached-line';

describe('the generated "(Kèm theo …)" line of an appendix', () => {
  it('names an issuer printed on two lines as one body, in running-text case', () => {
    const base = minimalReport();
    const report = minimalReport({
      header: { ...base.header, issuer: 'ĐẢNG ỦY\nXÃ NẬM TĂM', issuerCode: 'ĐU', number: '12', date: '2024-03-05' },
    });
    expect(appendixAttachedLine(report, getRuleSet('hd36-2018'))).toBe(
      '(Kèm theo Báo cáo số 12-BC/ĐU, ngày 05/3/2024 của Đảng ủy xã Nậm Tăm)',
    );
  });
});
