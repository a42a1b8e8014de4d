import { describe, expect, it } from 'vitest';
import { headingPages } from './heading-pages';

describe('headingPages', () => {
  const pages = [
    'BÁO CÁO\nI. ĐẶC ĐIỂM TÌNH HÌNH\nĐảng bộ huyện có 51 tổ chức cơ sở đảng; kết quả triển khai tốt.',
    'tiếp theo\nII. KẾT QUẢ TRIỂN KHAI\n1.1. Công tác lãnh đạo,\nchỉ đạo\na) Truyền hình',
    'Nơi nhận:\n- Tỉnh ủy,',
  ];

  it('finds each heading at the start of its line, after its marker, case-blind and across a wrapped line', () => {
    expect(
      headingPages(pages, [
        'Đặc điểm tình hình',
        'Kết quả triển khai',
        'Công tác lãnh đạo, chỉ đạo',
        'Truyền hình',
        'Nơi nhận',
      ]),
    ).toEqual([1, 2, 2, 2, 3]);
  });

  it('does not take words in the middle of a line for a heading', () => {
    // "kết quả triển khai" is in page 1's prose; the heading itself is on page 2.
    expect(headingPages(pages, ['Kết quả triển khai'])).toEqual([2]);
  });

  it('searches after the previous heading, and says null for a heading not printed', () => {
    expect(headingPages(pages, ['Kết quả triển khai', 'Đặc điểm tình hình'])).toEqual([2, null]);
    expect(headingPages(pages, ['Không có chương này'])).toEqual([null]);
  });

  it('compares in NFC: a decomposed heading finds the composed page text', () => {
    expect(headingPages(pages, ['Đặc điểm tình hình'.normalize('NFD')])).toEqual([1]);
  });
});
