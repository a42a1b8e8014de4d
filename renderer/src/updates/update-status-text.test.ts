import { describe, expect, it } from 'vitest';
import { onlineStatusText, releaseDate } from './update-status-text';

describe('update status text', () => {
  it('says what each phase means for the clerk', () => {
    expect(onlineStatusText({ phase: 'downloading', percent: 42 })).toBe('Đang tải bản cập nhật: 42%');
    expect(onlineStatusText({ phase: 'ready', version: '1.3.0' })).toContain(
      'Khi bạn đóng ứng dụng, bộ cài bản mới sẽ mở để cài',
    );
    expect(onlineStatusText({ phase: 'refused', message: 'Chữ ký số không hợp lệ.' })).toBe('Chữ ký số không hợp lệ.');
  });
  it('formats the release date as a short Vietnamese date, January padded', () => {
    expect(releaseDate('2026-01-05T12:00:00Z')).toBe('05/01/2026');
    expect(releaseDate('2026-11-22T12:00:00Z')).toBe('22/11/2026');
  });
});
