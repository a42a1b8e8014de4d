import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './fold-search';

describe('foldForSearch / matchesSearch', () => {
  it('finds Vietnamese titles typed without diacritics, in any case', () => {
    expect(matchesSearch('Báo cáo sơ kết 5 năm Kết luận 23', 'bao cao so ket')).toBe(true);
    expect(matchesSearch('HUYỆN ỦY TAM ĐƯỜNG', 'tam duong')).toBe(true);
    expect(matchesSearch('Đảng bộ', 'DANG BO')).toBe(true);
  });

  it('treats NFD input (Windows Vietnamese keyboards) like NFC', () => {
    expect(matchesSearch('Tổng kết'.normalize('NFD'), 'tổng kết')).toBe(true);
    expect(foldForSearch('Tổng kết'.normalize('NFD'))).toBe(foldForSearch('Tổng kết'));
  });

  it('needs every word but not their order, and rejects what is absent', () => {
    expect(matchesSearch('sơ kết Kết luận 23', '23 so ket')).toBe(true);
    expect(matchesSearch('sơ kết Kết luận 23', 'tong ket')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesSearch('bất kỳ', '   ')).toBe(true);
  });
});
