import { describe, expect, it } from 'vitest';
import { checkLegacyEncoding } from './legacy-encoding-check';
import { checkReport } from './format-check';
import { getRuleSet } from '../rules/rule-sets';
import type { Block } from '../model/report-schema';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { loadFixtureReport } from '../../test-support/sample-report';

const TCVN3 = 'Uû ban nh©n d©n huyÖn Tam §­êng';
const VNI = 'Ñaûng boä huyeän Tam Ñöôøng';

const table = (cells: string[][]): Block => ({
  type: 'table',
  headerRows: 1,
  rows: cells.map((r) => ({
    cells: r.map((text) => ({
      paragraphs: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
    })),
  })),
});

describe('legacy encoding check', () => {
  it('finds nothing in the sample report', async () => {
    expect(checkLegacyEncoding(await loadFixtureReport())).toEqual([]);
  });

  it('warns about a heading in TCVN3 and leads to its chapter, quoting the text and what it reads', () => {
    const chapter = { ...section('I. KÕT QU¶ TRIÓN KHAI', [textParagraph('Nội dung bình thường.')]), id: 'c1' };
    const problems = checkReport(
      minimalReport({ header: { ...minimalReport().header, number: '05' }, sections: [chapter] }),
      getRuleSet('hd36-2018'),
    );
    const legacy = problems.filter((p) => p.id.startsWith('legacy-encoding'));
    expect(legacy).toEqual([
      {
        id: 'legacy-encoding-c1-heading',
        severity: 'warning',
        stepKey: 'chapter:c1',
        message: expect.stringContaining(
          'Tên chương “I. KÕT QU¶ TRIÓN KHAI”: đoạn “KÕT QU¶ TRIÓN KHAI” có vẻ còn ở mã TCVN3',
        ),
      },
    ]);
    expect(legacy[0]!.message).toContain('“KẾT QUẢ TRIỂN KHAI”');
  });

  it('covers body paragraphs, footnotes, table cells, title, recipients and the signature, one warning per place', () => {
    const chapter = {
      ...section('Kết quả', [
        textParagraph(TCVN3, [
          { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: VNI }] }] },
        ]),
        textParagraph(TCVN3),
        table([
          ['Chỉ tiêu', 'Số lượng'],
          [VNI, '12'],
        ]),
      ]),
      id: 'c1',
    };
    const report = minimalReport({
      title: 'b¸o c¸o t×nh h×nh th¸ng 6',
      sections: [chapter],
      recipients: ['Th­êng trùc TØnh ñy', 'L­u'],
      signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'NguyÔn V¨n Th¾ng' },
    });
    const problems = checkLegacyEncoding(report);
    expect(problems.map((p) => `${p.id}@${p.stepKey}`)).toEqual([
      'legacy-encoding-title@general',
      'legacy-encoding-c1-body@chapter:c1',
      'legacy-encoding-c1-footnote@chapter:c1',
      'legacy-encoding-c1-table-2@chapter:c1',
      'legacy-encoding-recipients@closing',
      'legacy-encoding-signature-name@closing',
    ]);
    expect(problems[1]!.message).toMatch(
      /^Nội dung chương “I\. Kết quả”: 2 đoạn, ví dụ “Uû ban nh©n d©n huyÖn Tam §­êng”, có vẻ còn ở mã TCVN3/u,
    );
    expect(problems[1]!.message).toContain('Chuyển mã TCVN3/VNI → Unicode');
    expect(problems[2]!.message).toContain('mã VNI');
    expect(problems[3]).toMatchObject({
      target: { kind: 'table-cell', blockIndex: 2, tableIndex: 0, row: 1, column: 0 },
    });
    expect(problems[5]!.message).toContain('“Nguyễn Văn Thắng”');
  });
});

describe('legacy encoding check in appendices', () => {
  it('sends an appendix title in TCVN3 to the Phụ lục step', () => {
    const report = minimalReport({
      appendices: [{ id: 'pl1', title: 'BIÓU TæNG HîP KÕT QU¶', blocks: [textParagraph('Số liệu.')] }],
    });
    expect(checkLegacyEncoding(report).map((p) => `${p.id}@${p.stepKey}`)).toEqual([
      'legacy-encoding-appendix-pl1-title@appendices',
    ]);
  });
});
