import { describe, expect, it } from 'vitest';
import { renderDocx } from '../docx/render-docx';
import { parseReport } from '../model/report-schema';
import {
  childElements,
  descendants,
  documentBody,
  paragraphsIn,
  paragraphsOfTable,
  requirePart,
  unzipDocx,
} from '../../test-support/docx-xml';
import { bundleIdentity } from './bundle-identity';
import { missingUnitsDocument } from './missing-units-document';
import { submissionRoster } from './submission-roster';

const OFFICE = {
  parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
  issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
  issuerCode: 'HU',
  place: 'Tam Đường',
};
const EXPECTED = ['Đảng ủy xã Nậm Tăm', 'Đảng ủy xã Bản Bo', 'Đảng ủy xã Khun Há', 'Đảng ủy xã Sơn Bình'];
const received = bundleIdentity({
  report: {
    schemaVersion: 2,
    ruleSet: 'hd36-2018',
    header: {
      parentOrg: '',
      issuer: 'ĐẢNG ỦY XÃ BẢN BO',
      number: '27',
      docTypeCode: 'BC',
      issuerCode: 'ĐU',
      place: 'Bản Bo',
      date: '2025-06-20',
    },
    docType: 'BÁO CÁO',
    title: 'kết quả 6 tháng đầu năm 2025',
    opening: [],
    sections: [],
    closing: [],
    recipients: [],
    signature: { authority: '', title: '', name: '' },
  },
  templateId: 'dinh-ky',
  savedAt: '2025-06-21T02:00:00.000Z',
  checksum: 'a'.repeat(64),
});

function document(date = '2025-07-02') {
  const roster = submissionRoster(EXPECTED, [received], 'dinh-ky', received.period.key);
  return missingUnitsDocument({
    roster,
    periodLabel: '6 tháng đầu năm 2025',
    outlineTitle: 'Báo cáo định kỳ (tháng, quý, 6 tháng, năm)',
    office: OFFICE,
    ruleSet: 'hd36-2018',
    date,
  });
}

describe('missingUnitsDocument', () => {
  it('is a valid report of the office, dated, titled with the period', () => {
    const report = document();
    expect(parseReport(report).ok).toBe(true);
  });

  it('writes a DOCX with the title, the date line and one table row per missing unit, in Times New Roman', async () => {
    const parts = unzipDocx(await renderDocx(document()));
    const body = documentBody(parts);
    const texts = paragraphsIn(body).map((p) => p.text);
    expect(texts).toContain('DANH SÁCH');
    expect(texts).toContain('đơn vị chưa gửi báo cáo 6 tháng đầu năm 2025');
    expect(texts).toContain('Tam Đường, ngày 02 tháng 7 năm 2025');
    expect(texts).toContain(
      'Đến ngày 02/7/2025, còn 3/4 đơn vị chưa gửi báo cáo 6 tháng đầu năm 2025 theo đề cương “Báo cáo định kỳ (tháng, quý, 6 tháng, năm)”, cụ thể như sau:',
    );
    // The body's own tables: the header and closing are layout tables without borders; the list has three columns.
    const list = childElements(body, 'w:tbl').find((t) => paragraphsOfTable(t)[0]?.text === 'TT');
    if (!list) throw new Error('no TT / Đơn vị / Ghi chú table');
    const rows = childElements(list, 'w:tr').map((tr) =>
      childElements(tr, 'w:tc').map((tc) =>
        paragraphsIn(tc)
          .map((p) => p.text)
          .join(' '),
      ),
    );
    expect(rows).toEqual([
      ['TT', 'Đơn vị', 'Ghi chú'],
      ['1', 'Đảng ủy xã Nậm Tăm', ''],
      ['2', 'Đảng ủy xã Khun Há', ''],
      ['3', 'Đảng ủy xã Sơn Bình', ''],
    ]);
    // Printed with borders, and kept apart from the borderless closing table by a paragraph (else they merge).
    expect(descendants(list, 'w:top')[0]?.attrs['w:val']).toBe('single');
    const after = childElements(body)[childElements(body).indexOf(list) + 1];
    expect(after?.name).toBe('w:p');
    const styles = requirePart(parts, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    const sizes = descendants(body, 'w:sz').map((s) => Number(s.attrs['w:val']));
    const defaultSize = /<w:docDefaults>[\s\S]*?<w:sz w:val="(\d+)"/u.exec(styles)?.[1];
    // 13–14 pt (26–28 half-points) for the body text.
    expect([...sizes, Number(defaultSize)].some((s) => s === 26 || s === 28)).toBe(true);
  });

  it('leaves the date blank for the clerk when the day is not a real date', () => {
    const report = document('2025-02-30');
    expect(report.header.date).toBe('');
    expect(report.opening[0]).toEqual({
      type: 'paragraph',
      content: [expect.objectContaining({ text: expect.stringMatching(/^Còn 3\/4 đơn vị/u) as unknown })],
    });
  });
});
