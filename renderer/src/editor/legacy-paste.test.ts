import { describe, expect, it } from 'vitest';
import { convertLegacyText, legacyPasteMessage } from './legacy-paste';

describe('legacy plain-text paste', () => {
  it('converts TCVN3 text and counts the converted paragraphs', () => {
    const r = convertLegacyText('Uû ban nh©n d©n huyÖn\n\nB¸o c¸o kÕt qu¶ thùc hiÖn\n2023');
    expect(r).toEqual({
      value: 'Uỷ ban nhân dân huyện\n\nBáo cáo kết quả thực hiện\n2023',
      paragraphs: 2,
      encodings: ['tcvn3'],
    });
    expect(legacyPasteMessage(r)).toBe('Đã chuyển 2 đoạn từ mã TCVN3 sang Unicode.');
  });

  it('converts VNI text', () => {
    expect(convertLegacyText('Ñaûng boä huyeän Tam Ñöôøng')).toEqual({
      value: 'Đảng bộ huyện Tam Đường',
      paragraphs: 1,
      encodings: ['vni'],
    });
  });

  it('leaves Unicode and foreign text exactly as pasted', () => {
    for (const text of ['Đảng bộ huyện Tam Đường', 'Zoé Lefèvre, Noël à Besançon', '© 2023 Công ty ABC']) {
      expect(convertLegacyText(text)).toEqual({ value: text, paragraphs: 0, encodings: [] });
    }
  });
});
