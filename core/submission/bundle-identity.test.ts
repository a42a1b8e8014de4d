import { describe, expect, it } from 'vitest';
import { minimalReport } from '../../test-support/report-builder';
import { classifyIncoming, reportPeriod, unitKey, type BundleIdentity } from './bundle-identity';

const period = (title: string, date = '2025-06-20') =>
  reportPeriod(minimalReport({ title, header: { ...minimalReport().header, date } })).label;

describe('reportPeriod', () => {
  it.each([
    ['kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025, phương hướng 6 tháng cuối năm', '6 tháng đầu năm 2025'],
    ['tình hình quý II năm 2025', 'quý II năm 2025'],
    ['tình hình tháng 3 năm 2025', 'tháng 3 năm 2025'],
    ['tổng kết công tác năm 2024 và phương hướng', 'năm 2024'],
    ['sơ kết giữa nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2020 - 2025'],
    ['sơ kết 5 năm thực hiện Kết luận 23', 'năm 2025'],
  ])('reads “%s” as %s', (title, label) => {
    expect(period(title)).toBe(label);
  });

  it('has no period without one in the title or a date', () => {
    expect(period('tình hình', '')).toBe('không rõ kỳ');
  });
});

describe('unit identity', () => {
  it('treats the old and new tone styles and spacing of one unit as the same unit', () => {
    expect(unitKey('ĐẢNG UỶ XÃ\nNẬM TĂM')).toBe(unitKey('Đảng ủy xã Nậm Tăm'));
  });
});

function identity(unit: string, checksum: string, savedAt: string, date = '2025-06-20'): BundleIdentity {
  return {
    unit,
    unitKey: unitKey(unit),
    templateId: 'dinh-ky',
    period: { key: 'nam 2025', label: 'năm 2025' },
    symbol: '',
    date,
    savedAt,
    checksum,
    title: 'BÁO CÁO',
  };
}

describe('classifyIncoming', () => {
  it('orders versions by date then by when the bundle was written, whatever order they are found in', () => {
    const later = identity('Xã A', 'b', '2025-06-23T00:00:00Z');
    const first = identity('Xã A', 'a', '2025-06-21T00:00:00Z');
    expect(classifyIncoming([later, first], [])).toEqual(['newer-version', 'new']);
    expect(classifyIncoming([first], [later])).toEqual(['older-version']);
    expect(classifyIncoming([first], [first])).toEqual(['already-received']);
    expect(classifyIncoming([identity('Xã B', 'a', '')], [first])).toEqual(['new']);
  });
});
