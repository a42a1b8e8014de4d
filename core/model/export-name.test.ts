import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../templates/templates';
import { MAX_STEM_UNITS, safeFileName } from '../text/safe-file-name';
import { exportFileStem, MAX_EXPORT_STEM_UNITS } from './export-name';
import { newReportFromTemplate } from './new-report';
import type { Report } from './report-schema';

const SAMPLE_TITLE =
  'sơ kết 5 năm triển khai thực hiện Kết luận số 23-KL/TW, ngày 22/11/2017 của Ban Bí thư Trung ương Đảng khóa XII về tăng cường chỉ đạo, quản lý, phát huy vai trò của báo chí, xuất bản trong việc ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ';

function report(header: Partial<Report['header']>, fields: Partial<Pick<Report, 'title' | 'docType'>> = {}): Report {
  let n = 0;
  const base = newReportFromTemplate(
    findTemplate('so-ket-tong-ket')!,
    {
      header: {
        parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
        issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
        issuerCode: 'HU',
        place: 'Tam Đường',
      },
      signature: {},
    },
    '2023-06-15',
    () => `s${++n}`,
  );
  return { ...base, ...fields, header: { ...base.header, ...header } };
}

describe('exportFileStem', () => {
  it('names the sample report by symbol and subject, cut on a word with no "…"', () => {
    const stem = exportFileStem(report({ number: '123' }, { title: SAMPLE_TITLE }));
    expect(stem.startsWith('Số 123-BC-HU - Báo cáo sơ kết 5 năm triển khai thực hiện Kết luận số 23-KL/TW')).toBe(true);
    expect(stem).not.toContain('…');
    expect(stem.length).toBeLessThanOrEqual(MAX_EXPORT_STEM_UNITS);
    const kept = stem;
    // The cut falls between two words of the title, never inside one.
    expect(SAMPLE_TITLE.includes(kept.slice('Số 123-BC-HU - Báo cáo '.length))).toBe(true);
    expect(SAMPLE_TITLE.charAt(kept.length - 'Số 123-BC-HU - Báo cáo '.length)).toMatch(/[ ,]/);
  });

  it('omits the symbol while the number is not assigned', () => {
    expect(exportFileStem(report({ number: '' }, { title: 'tình hình tháng 9' }))).toBe('Báo cáo tình hình tháng 9');
    expect(exportFileStem(report({ number: '  ' }, { title: 'quý III' }))).toBe('Báo cáo quý III');
  });

  it('writes "/" in the symbol as "-" and keeps a short title whole', () => {
    expect(exportFileStem(report({ number: '45', issuerCode: 'ĐU/ĐBS' }, { title: 'tháng 9/2025' }))).toBe(
      'Số 45-BC-ĐU-ĐBS - Báo cáo tháng 9/2025',
    );
    expect(safeFileName(exportFileStem(report({ number: '45' }, { title: 'tháng 9/2025' })), 'docx')).toBe(
      'Số 45-BC-HU - Báo cáo tháng 9-2025.docx',
    );
  });

  it('falls back to the symbol alone, then to safeFileName’s default, when there is no subject', () => {
    expect(exportFileStem(report({ number: '7' }, { title: '', docType: '' }))).toBe('Số 7-BC-HU');
    expect(safeFileName(exportFileStem(report({ number: '' }, { title: '', docType: '' })), 'docx')).toBe(
      'bao-cao.docx',
    );
  });

  it('property: fits safeFileName’s cap so the word-boundary cut is the one that counts', () => {
    const word = fc.constantFrom('sơ', 'kết', 'Nghị', 'quyết', 'số', '23-KL/TW,', 'ngày', '22/11/2017', 'Đảng', 'ủy');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.string({ maxLength: 20 }), (words, number) => {
        const stem = exportFileStem(report({ number }, { title: words.join(' ') }));
        expect(stem.length).toBeLessThanOrEqual(MAX_EXPORT_STEM_UNITS);
        expect(MAX_EXPORT_STEM_UNITS).toBeLessThanOrEqual(MAX_STEM_UNITS);
        expect(stem).not.toContain('…');
        const subject = stem.slice(stem.indexOf('Báo cáo'));
        if (subject === `Báo cáo ${words.join(' ')}`.trimEnd()) return;
        expect(
          `Báo cáo ${words.join(' ')}`.startsWith(`${subject} `) ||
            `Báo cáo ${words.join(' ')}`.startsWith(`${subject},`),
        ).toBe(true);
      }),
    );
  });
});
