import { describe, expect, it } from 'vitest';
import { checkReport } from './format-check';
import { getRuleSet } from '../rules/rule-sets';
import type { Report } from '../model/report-schema';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';

const hd36 = getRuleSet('hd36-2018');
const good = minimalReport({
  header: { ...minimalReport().header, number: '05' },
  sections: [section('Đặc điểm tình hình', [textParagraph('Nội dung.')])],
});
const ids = (r: Report, ruleSet = hd36) => checkReport(r, ruleSet).map((p) => `${p.id}@${p.stepKey}:${p.severity}`);

describe('format check before export', () => {
  it('finds nothing in a complete report', () => {
    expect(checkReport(good, hd36)).toEqual([]);
  });

  it('warns about a missing number and stops on a missing date (step general)', () => {
    expect(ids({ ...good, header: { ...good.header, number: '', date: '' } })).toEqual([
      'number-missing@general:warning',
      'date-missing@general:error',
    ]);
  });

  it('stops on each required header field left empty, naming the field (step general)', () => {
    const emptied = {
      ...good,
      header: { ...good.header, issuer: ' ', docTypeCode: '', issuerCode: '', place: '' },
      docType: '',
      title: '\n',
    };
    const problems = checkReport(emptied, hd36);
    expect(ids(emptied)).toEqual([
      'required-issuer@general:error',
      'required-doc-type-code@general:error',
      'required-issuer-code@general:error',
      'required-place@general:error',
      'required-doc-type@general:error',
      'required-title@general:error',
    ]);
    expect(problems.map((p) => p.message.split('.')[0])).toEqual([
      'Chưa có tên cơ quan ban hành',
      'Chưa có ký hiệu loại văn bản',
      'Chưa có ký hiệu cơ quan ban hành',
      'Chưa có địa danh',
      'Chưa có tên loại văn bản',
      'Chưa có trích yếu',
    ]);
    // The State rule-set prints the same parts ("Số: …/BC-UBND"): the same fields are required.
    expect(ids(emptied, getRuleSet('nd30-2020')).filter((id) => id.startsWith('required-'))).toHaveLength(6);
  });

  it('warns about empty recipient rows: they are not printed', () => {
    expect(ids({ ...good, recipients: ['Thường trực Tỉnh ủy', '', ' - ,', 'Lưu'] })).toEqual([
      'recipients-empty@closing:warning',
    ]);
    expect(
      checkReport({ ...good, recipients: ['Thường trực Tỉnh ủy', '', ' - ,', 'Lưu'] }, hd36)[0]!.message,
    ).toContain('có 2 dòng trống');
  });

  it('stops on a date typed that is not a real one, quoting it, instead of the last real date', () => {
    const problems = checkReport({ ...good, header: { ...good.header, dateText: '31/02/2023' } }, hd36);
    expect(problems.map((p) => `${p.id}:${p.severity}`)).toEqual(['date-invalid:error']);
    expect(problems[0]!.message).toContain('“31/02/2023” không phải ngày có thật');
  });

  it('reports an empty chapter, an unnamed sub-section, "…" placeholders and a heading ending with "."', () => {
    const chapter = {
      ...section('Kết quả.', [textParagraph('Đã làm …')], [section('', [textParagraph('x')])]),
      id: 'c2',
    };
    const empty = { ...section('Phương hướng'), id: 'c3' };
    const problems = ids({ ...good, sections: [...good.sections, chapter, empty] });
    expect(problems).toEqual(
      expect.arrayContaining([
        'placeholder-c2@chapter:c2:error',
        `heading-period-c2@chapter:c2:warning`,
        `empty-heading-${chapter.children[0]!.id}@chapter:c2:error`,
        'empty-c3@chapter:c3:error',
      ]),
    );
  });

  it('asks for a final "Lưu" line and a signer name (step closing)', () => {
    const r = { ...good, recipients: ['Thường trực Tỉnh ủy'], signature: { ...good.signature, name: '' } };
    expect(ids(r)).toEqual(['recipients-archive@closing:warning', 'signer-missing@closing:error']);
    expect(
      ids(
        {
          ...good,
          recipients: ['Sở Nội vụ', 'Lưu VT'],
          signature: { ...good.signature, authority: 'TM. ỦY BAN NHÂN DÂN' },
        },
        getRuleSet('nd30-2020'),
      ),
    ).toContain('recipients-archive@closing:warning');
  });

  it('flags a malformed symbol and mixed "uỷ/ủy" styles, in Vietnamese', () => {
    const problems = checkReport(
      { ...good, header: { ...good.header, number: '5' }, title: 'công tác của Huyện uỷ và Huyện ủy' },
      hd36,
    );
    expect(problems.map((p) => p.id)).toEqual(['symbol-0', 'tone-style-mixed']);
    expect(problems[1]!.message).toContain('Hãy thống nhất một kiểu');
  });

  it('warns about an authority the regime does not use (T/M vs TM.)', () => {
    expect(ids({ ...good, signature: { ...good.signature, authority: 'TM. BAN THƯỜNG VỤ' } })).toEqual([
      'authority-prefix@closing:warning',
    ]);
  });
});
