import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash-route';

describe('hash routes', () => {
  it('round-trips a draft and a chapter step key (which contains a colon)', () => {
    const route = { name: 'draft', draftId: 'd_1-a', stepKey: 'chapter:s_9' } as const;
    expect(formatHash(route)).toBe('#/ban-nhap/d_1-a/chapter%3As_9');
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('falls back to home for anything it does not recognise', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/ban-nhap/')).toEqual({ name: 'home' });
    expect(parseHash('#/ban-nhap/..%2F..%2Fx')).toEqual({ name: 'home' });
    expect(parseHash('#/ban-nhap/%E0%A4%A')).toEqual({ name: 'home' });
  });

  it('opens a draft without a step', () => {
    expect(parseHash('#/ban-nhap/abc')).toEqual({ name: 'draft', draftId: 'abc', stepKey: undefined });
  });

  it('round-trips the organisation profiles screen', () => {
    expect(formatHash({ name: 'profiles' })).toBe('#/ho-so-co-quan');
    expect(parseHash('#/ho-so-co-quan')).toEqual({ name: 'profiles' });
  });

  it('round-trips the "Nhận báo cáo" screen', () => {
    expect(formatHash({ name: 'inbox' })).toBe('#/nhan-bao-cao');
    expect(parseHash('#/nhan-bao-cao')).toEqual({ name: 'inbox' });
  });

  it('round-trips the outlines screen', () => {
    expect(formatHash({ name: 'outlines' })).toBe('#/de-cuong');
    expect(parseHash('#/de-cuong')).toEqual({ name: 'outlines' });
  });

  it('round-trips a new outline made from a draft, and ignores a malformed draft id', () => {
    const route = { name: 'outlines', fromDraftId: 'abc-123' } as const;
    expect(formatHash(route)).toBe('#/de-cuong/tu-bao-cao/abc-123');
    expect(parseHash(formatHash(route))).toEqual(route);
    expect(parseHash('#/de-cuong/tu-bao-cao/..%2Fx')).toEqual({ name: 'outlines' });
    expect(parseHash('#/de-cuong/khac/abc-123')).toEqual({ name: 'outlines' });
  });
});
