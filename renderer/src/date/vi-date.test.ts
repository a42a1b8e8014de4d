import { describe, expect, it } from 'vitest';
import { dayLabel, monthGrid, shiftMonth } from './vi-date';

describe('month grid', () => {
  it('starts weeks on Monday: January 2026 begins on a Thursday', () => {
    const weeks = monthGrid(2026, 1);
    expect(weeks[0]).toEqual([null, null, null, 1, 2, 3, 4]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('knows leap years', () => {
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(2026, 2).flat().filter(Boolean)).toHaveLength(28);
  });

  it('names days in Vietnamese and moves across years', () => {
    expect(dayLabel(2026, 1, 9)).toBe('Thứ Sáu, 09/01/2026');
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth(2025, 12, 1)).toEqual({ year: 2026, month: 1 });
  });
});
