import { describe, expect, it } from 'vitest';
import { checkSymbol, DOCUMENT_TYPES, ISSUERS } from './document-symbol';
import { documentNumberLine } from '../docx/document-number';
import { getRuleSet } from '../rules/rule-sets';

const ok = { number: '123', docTypeCode: 'BC', issuerCode: 'HU' };

describe('số và ký hiệu (SPEC §10)', () => {
  it('prints the line: Party "Số 123-BC/HU", state "Số: 12/BC-UBND"', () => {
    expect(documentNumberLine(ok, getRuleSet('hd36-2018'))).toBe('Số 123-BC/HU');
    expect(documentNumberLine({ number: '12', docTypeCode: 'BC', issuerCode: 'UBND' }, getRuleSet('nd30-2020'))).toBe(
      'Số: 12/BC-UBND',
    );
  });

  it('carries the abbreviation tables with their confidence', () => {
    expect(DOCUMENT_TYPES.find((t) => t.abbreviation === 'BC')).toMatchObject({
      name: 'Báo cáo',
      confidence: 'confirmed',
    });
    expect(ISSUERS.find((t) => t.abbreviation === 'HU')).toMatchObject({ name: 'Huyện ủy', confidence: 'confirmed' });
  });

  it('leaves out the empty codes when asked (the format check makes them errors of their own)', () => {
    const empty = { number: '', docTypeCode: '', issuerCode: ' ' };
    expect(checkSymbol(empty)).toHaveLength(2);
    expect(checkSymbol(empty, { missing: false })).toEqual([]);
    expect(checkSymbol({ ...empty, issuerCode: 'hu' }, { missing: false })).toEqual([
      'Mã cơ quan “hu” phải viết in hoa. Hãy sửa thành “HU”.',
    ]);
  });

  it('accepts a well-formed symbol and an unassigned number', () => {
    expect(checkSymbol(ok)).toEqual([]);
    expect(checkSymbol({ ...ok, number: '' })).toEqual([]);
  });

  it.each([
    [{ ...ok, number: '12a' }, 'chỉ được gồm chữ số'],
    [{ ...ok, number: '5' }, '“05”'],
    [{ ...ok, docTypeCode: 'XX' }, 'không có trong danh mục'],
    [{ ...ok, docTypeCode: 'BC/' }, 'dấu “/” hoặc “-”'],
    [{ ...ok, issuerCode: 'hu' }, 'phải viết in hoa'],
    [{ ...ok, issuerCode: 'H-U' }, 'dấu “/” hoặc “-”'],
    [{ ...ok, issuerCode: '' }, 'Chưa có mã cơ quan'],
  ])('warns about %o', (header, fragment) => {
    const warnings = checkSymbol(header);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(fragment);
  });
});
