/** Rules of the writer that the sample report does not exercise: tables, end marks, deep headings, blanks. */
import { describe, expect, it } from 'vitest';
import { bareRecipient, recipientLines } from './closing-block';
import { documentNumberLine } from './document-number';
import { renderDocx } from './render-docx';
import { getRuleSet } from '../rules/rule-sets';
import type { RuleSet } from '../rules/rule-set-schema';
import type { Report } from '../model/report-schema';
import {
  child,
  childElements,
  descendants,
  documentBody,
  paragraphsIn,
  paragraphsOfTable,
  unzipDocx,
} from '../../test-support/docx-xml';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';

const hd36 = getRuleSet('hd36-2018');

async function exported(report: Report, ruleSet?: RuleSet) {
  const body = documentBody(unzipDocx(await renderDocx(report, ruleSet ? { ruleSet } : undefined)));
  return { body, paragraphs: paragraphsIn(body).filter((p) => p.tableDepth === 0) };
}

describe('document number', () => {
  it('writes "Số 05-BC/HU" once assigned and leaves blanks before', () => {
    expect(documentNumberLine({ number: '05', docTypeCode: 'BC', issuerCode: 'HU' }, hd36)).toBe('Số 05-BC/HU');
    expect(documentNumberLine({ number: '  ', docTypeCode: 'BC', issuerCode: 'HU' }, hd36)).toBe('Số      -BC/HU');
  });

  it('follows another rule-set’s pattern (state style "Số: 12/BC-UBND")', () => {
    const state = { ...hd36, header: { ...hd36.header, numberPrefix: 'Số: ', numberPattern: '{n}/{type}-{issuer}' } };
    expect(documentNumberLine({ number: '12', docTypeCode: 'BC', issuerCode: 'UBND' }, state)).toBe('Số: 12/BC-UBND');
  });
});

describe('recipients', () => {
  it('strips what the clerk typed and adds "- ", "," and the final "."', () => {
    expect(bareRecipient('- Lưu VT.')).toBe('Lưu VT');
    expect(bareRecipient('  -  Ban Tổ chức Tỉnh ủy;  ')).toBe('Ban Tổ chức Tỉnh ủy');
    expect(recipientLines(['- Thường trực Tỉnh ủy,', '', 'Lưu.'], hd36)).toEqual(['- Thường trực Tỉnh ủy,', '- Lưu.']);
  });
});

describe('body structure', () => {
  it('marks depth-4 sections a), b) and writes "- " and "+ " lines', async () => {
    const report = minimalReport({
      sections: [
        section(
          'Chương',
          [],
          [
            section(
              'Mục',
              [],
              [
                section(
                  'Tiểu mục',
                  [],
                  [
                    section('Điểm một', [{ type: 'dash', content: [{ type: 'text', text: 'ý chính' }] }]),
                    section('Điểm hai', [{ type: 'dash', level: 2, content: [{ type: 'text', text: 'ý phụ' }] }]),
                  ],
                ),
              ],
            ),
          ],
        ),
      ],
    });
    const texts = (await exported(report)).paragraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'I. CHƯƠNG',
        '1. Mục',
        '1.1. Tiểu mục',
        'a) Điểm một',
        '- ý chính',
        'b) Điểm hai',
        '+ ý phụ',
      ]),
    );
  });

  it('numbers numbered items afresh in each section', async () => {
    const item = (text: string) => ({ type: 'numbered' as const, content: [{ type: 'text' as const, text }] });
    const report = minimalReport({ sections: [section('A', [item('x'), item('y')]), section('B', [item('z')])] });
    const texts = (await exported(report)).paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['1. x', '2. y', '1. z']));
  });

  it('appends the rule-set end mark to the last paragraph unless it is already there', async () => {
    const state = { ...hd36, endMark: './.' };
    const withMark = await exported(minimalReport({ closing: [textParagraph('Trên đây là báo cáo.')] }), state);
    expect(withMark.paragraphs.at(-1)!.text).toBe('Trên đây là báo cáo../.');
    const typed = await exported(minimalReport({ closing: [textParagraph('Trên đây là báo cáo./.')] }), state);
    expect(typed.paragraphs.at(-1)!.text).toBe('Trên đây là báo cáo./.');
    const party = await exported(minimalReport({ closing: [textParagraph('Trên đây là báo cáo.')] }));
    expect(party.paragraphs.at(-1)!.text).toBe('Trên đây là báo cáo.');
  });

  it('writes a table with repeated bold header row, grouped thousands, right-aligned numbers and DXA widths', async () => {
    const cell = (text: string) => ({
      paragraphs: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
    });
    const report = minimalReport({
      sections: [
        section('Số liệu', [
          {
            type: 'table',
            headerRows: 1,
            rows: [
              { cells: [cell('Nội dung'), cell('Số lượt'), cell('Năm')] },
              { cells: [cell('Truy cập'), cell('6000000'), cell('2023')] },
              { cells: [cell('Ghi chú dài')] },
            ],
          },
        ]),
      ],
    });
    const { body } = await exported(report);
    const table = childElements(body, 'w:tbl')[1]!;
    const [head, data, short] = childElements(table, 'w:tr');
    expect(child(child(head, 'w:trPr'), 'w:tblHeader')).toBeDefined();
    const headParas = paragraphsOfTable(table, [head!]);
    expect(headParas.every((p) => p.runs.every((r) => r.bold))).toBe(true);
    const dataParas = paragraphsOfTable(table, [data!]);
    expect(dataParas.map((p) => p.text)).toEqual(['Truy cập', '6.000.000', '2023']);
    expect(child(dataParas[1]!.props, 'w:jc')?.attrs['w:val']).toBe('right');
    expect(child(dataParas[0]!.props, 'w:jc')?.attrs['w:val']).toBe('left');
    const grid = childElements(child(table, 'w:tblGrid')!, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(descendants(short!, 'w:gridSpan')[0]?.attrs['w:val']).toBe('3');
    expect(descendants(table, 'w:tcW').every((w) => w.attrs['w:type'] === 'dxa')).toBe(true);
  });
});

describe('header blanks', () => {
  it('leaves the date blank when undecided and drops an empty parent body', async () => {
    const report = minimalReport({ header: { ...minimalReport().header, parentOrg: '', date: '' } });
    const { body } = await exported(report);
    const header = paragraphsOfTable(childElements(body, 'w:tbl')[0]!).map((p) => p.text);
    expect(header).toEqual([
      'HUYỆN ỦY TAM ĐƯỜNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số      -BC/HU',
      'Tam Đường, ngày     tháng     năm     ',
    ]);
  });

  it('numbers page 1 too when the rule-set does not hide it', async () => {
    const { body } = await exported(minimalReport(), {
      ...hd36,
      pageNumber: { ...hd36.pageNumber, hideOnFirstPage: false },
    });
    const sectPr = child(body, 'w:sectPr')!;
    expect(child(sectPr, 'w:titlePg')).toBeUndefined();
    expect(childElements(sectPr, 'w:headerReference').map((r) => r.attrs['w:type'])).toEqual(['default']);
  });
});
