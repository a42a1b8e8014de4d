import { describe, expect, it } from 'vitest';
import { formatClock, formatTimestamp, localIsoDate } from './format-timestamp';

describe('formatTimestamp', () => {
  it('writes dd/mm/yyyy hh:mm with zero padding in local time', () => {
    const ms = new Date(2026, 0, 5, 9, 3).getTime();
    expect(formatTimestamp(ms)).toBe('05/01/2026 09:03');
    expect(formatClock(ms)).toBe('09:03');
    expect(localIsoDate(ms)).toBe('2026-01-05');
  });

  it('handles the last minute of the year', () => {
    const ms = new Date(2025, 11, 31, 23, 59).getTime();
    expect(formatTimestamp(ms)).toBe('31/12/2025 23:59');
  });
});
