import { describe, expect, it } from 'vitest';
import { bareRecipient } from './recipient-text';

describe('bareRecipient', () => {
  it('drops a typed "- " and trailing punctuation the rule-set adds itself', () => {
    expect(bareRecipient('- Thường trực Tỉnh ủy,')).toBe('Thường trực Tỉnh ủy');
    expect(bareRecipient('– Lưu Văn phòng Huyện ủy.')).toBe('Lưu Văn phòng Huyện ủy');
    expect(bareRecipient('Ban Tuyên giáo Tỉnh ủy ;')).toBe('Ban Tuyên giáo Tỉnh ủy');
  });

  it('leaves inner punctuation and hyphens alone', () => {
    expect(bareRecipient('Các chi, đảng bộ cơ sở')).toBe('Các chi, đảng bộ cơ sở');
    expect(bareRecipient('Trung tâm Văn hóa - Thể thao')).toBe('Trung tâm Văn hóa - Thể thao');
  });
});
