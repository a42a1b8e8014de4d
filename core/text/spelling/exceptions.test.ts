import { describe, expect, it } from 'vitest';
import { isCheckable } from './exceptions';
import { tokenizeParagraph } from './tokenize';

/** The words of a sentence that the spell check may flag. */
const checked = (text: string) => {
  const tokens = tokenizeParagraph(text);
  return tokens.filter((t, i) => isCheckable(t, tokens[i + 1])).map((t) => t.text);
};

describe('isCheckable: names, abbreviations and symbols are never flagged', () => {
  it('skips abbreviations and all-capital headings', () => {
    expect(checked('ĐU, HĐND, UBND và MTTQ họp')).toEqual(['và', 'họp']);
    expect(checked('Tờ trình số 5/TTr và QĐi')).toEqual(['Tờ', 'trình', 'số', 'và']);
    expect(checked('II. ĐẶC ĐIỂM TÌNH HÌNH')).toEqual([]);
    expect(checked('phát triển KT-XH bền vững')).toEqual(['phát', 'triển', 'bền', 'vững']);
  });

  it('skips document symbols, numbers, dates and times', () => {
    expect(checked('Nghị quyết 06-NQ/TU ngày 22/11/2017 lúc 15h30')).toEqual(['Nghị', 'quyết', 'ngày', 'lúc']);
    expect(checked('phòng chống Covid-19 và F0')).toEqual(['phòng', 'chống', 'và']);
  });

  it('skips names capitalised inside a sentence, and checks the first word of a sentence', () => {
    expect(checked('Huyện ủy Tam Đường và xã Nậm Tăm. Trong năm')).toEqual(['Huyện', 'ủy', 'và', 'xã', 'Trong', 'năm']);
    expect(checked('đồng chí Lò Văn Páo')).toEqual(['đồng', 'chí']);
    // A name may open a sentence: two capitalised words in a row are a name, not a typo.
    expect(checked('Huổi Luông có 40 hộ')).toEqual(['có', 'hộ']);
    expect(checked('Tổng kết năm')).toEqual(['Tổng', 'kết', 'năm']);
  });

  it('skips Roman numerals, list markers and one-letter words', () => {
    expect(checked('khóa XII, mục iii và iv; điểm a khoản 1')).toEqual(['khóa', 'mục', 'và', 'điểm', 'khoản']);
    expect(checked('a) tăng; đ) giảm')).toEqual(['tăng', 'giảm']);
  });

  it('skips units after numbers', () => {
    expect(checked('bê tông hóa 3,2 km đường, trồng 120 ha rừng')).toEqual([
      'bê',
      'tông',
      'hóa',
      'đường',
      'trồng',
      'rừng',
    ]);
  });

  it('skips web and e-mail addresses', () => {
    expect(checked('xem tamduong.laichau.gov.vn, https://dichvucong.gov.vn/tra-cuu hoặc vanphong@tamduong.vn')).toEqual(
      ['xem', 'hoặc'],
    );
    expect(checked('www.tamduong.vn')).toEqual([]);
  });

  it('checks ordinary lower-case words, also inside a hyphenated chunk', () => {
    expect(checked('có thười điểm chưa thường xuyên')).toEqual(['có', 'thười', 'điểm', 'chưa', 'thường', 'xuyên']);
    expect(checked('văn hóa-xã hội')).toEqual(['văn', 'hóa', 'xã', 'hội']);
  });
});
