/**
 * Templates come from JSON files (built-in or installed from a pack): every string is cleaned to NFC without
 * XML-invalid characters as it is parsed, so guidance and default paragraphs are safe to show and to copy into a
 * report. Guards those transforms, which a rewrite of the schema (e.g. the zod/mini conversion) could drop.
 */
import { describe, expect, it } from 'vitest';
import soKet from '../../assets/templates/so-ket-tong-ket.json';
import { templateSchema } from './template-schema';

describe('templateSchema', () => {
  it('cleans every text of a template to NFC and strips XML-invalid characters', () => {
    const raw = structuredClone(soKet);
    raw.name = 'Sơ kết\u0007 tổng kết'.normalize('NFD');
    raw.closing.recipients = ['Ban Thường vụ Tỉnh ủy'.normalize('NFD')];
    raw.chapters[0]!.guidance = 'Đánh giá\u0000 kết quả'.normalize('NFD');
    const parsed = templateSchema.parse(raw);
    expect(parsed.name).toBe('Sơ kết tổng kết'.normalize('NFC'));
    expect(parsed.closing.recipients).toEqual(['Ban Thường vụ Tỉnh ủy'.normalize('NFC')]);
    expect(parsed.chapters[0]!.guidance).toBe('Đánh giá kết quả'.normalize('NFC'));
  });

  it('refuses a template with a bad key, a fractional version or no chapters', () => {
    expect(templateSchema.safeParse(soKet).success).toBe(true);
    expect(templateSchema.safeParse({ ...soKet, id: 'Sổ Kết' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...soKet, version: 1.5 }).success).toBe(false);
    expect(templateSchema.safeParse({ ...soKet, chapters: [] }).success).toBe(false);
  });
});
