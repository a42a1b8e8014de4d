import { describe, expect, it } from 'vitest';
import { reportChecksum } from '../draft-file/report-checksum';
import { unitReport, UNITS } from '../../test-support/received-reports';
import { bundleIdentity } from './bundle-identity';
import { missingUnitsCsv, submissionRoster } from './submission-roster';

const identity = (report: ReturnType<typeof unitReport>, templateId = 'dinh-ky') =>
  bundleIdentity({ report, templateId, savedAt: '2025-06-21T02:00:00.000Z', checksum: reportChecksum(report) });

const LIST = ['Đảng ủy xã Nậm Tăm', 'Đảng uỷ xã Bản Bo', 'Đảng ủy xã Khun Há', 'Đảng ủy xã Sơn Bình'];

describe('submissionRoster', () => {
  it('tells who has reported for the outline and period and who has not, by the office’s own names', () => {
    const received = [identity(unitReport(UNITS.namTam)), identity(unitReport(UNITS.banBo))];
    const roster = submissionRoster(LIST, received, 'dinh-ky', received[0]!.period.key);
    expect(roster.submitted.map((l) => `${l.unit}: ${l.received?.symbol}`)).toEqual([
      'Đảng ủy xã Nậm Tăm: 41-BC/ĐU',
      'Đảng uỷ xã Bản Bo: 27-BC/ĐU',
    ]);
    expect(roster.missing.map((l) => l.unit)).toEqual(['Đảng ủy xã Khun Há', 'Đảng ủy xã Sơn Bình']);
    expect(roster.unlisted).toEqual([]);
  });

  it('does not count a report of another outline or period, and names a unit that is not on the list', () => {
    const other = identity(unitReport(UNITS.khunHa), 'so-ket-tong-ket');
    const lastYear = identity({ ...unitReport(UNITS.sonBinh), title: 'tình hình năm 2024' });
    const stranger = identity(unitReport({ ...UNITS.sonBinh, issuer: 'ĐẢNG ỦY XÃ BÌNH LƯ' }));
    const roster = submissionRoster(LIST, [other, lastYear, stranger], 'dinh-ky', stranger.period.key);
    expect(roster.missing).toHaveLength(4);
    expect(roster.unlisted).toEqual(['ĐẢNG ỦY XÃ BÌNH LƯ']);
  });

  it('exports the missing units as CSV that Excel opens with its Vietnamese letters and no formulas', () => {
    const roster = submissionRoster([...LIST, '=HYPERLINK("x")'], [], 'dinh-ky', 'x');
    expect(missingUnitsCsv(roster, '6 tháng đầu năm 2025').split('\r\n')).toEqual([
      '\uFEFFĐơn vị chưa nộp báo cáo 6 tháng đầu năm 2025',
      'STT,Đơn vị,Tình trạng',
      '1,Đảng ủy xã Nậm Tăm,Chưa nộp',
      '2,Đảng uỷ xã Bản Bo,Chưa nộp',
      '3,Đảng ủy xã Khun Há,Chưa nộp',
      '4,Đảng ủy xã Sơn Bình,Chưa nộp',
      `5,"'=HYPERLINK(""x"")",Chưa nộp`,
      '',
    ]);
  });
});
