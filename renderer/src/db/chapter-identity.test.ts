import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../core/synthetic/synthetic-report';
import { keepChapterIdentity } from './chapter-identity';

const parse = (r: Report): Report => {
  const res = parseReport(r);
  if (!res.ok) throw new Error('invalid');
  return res.value;
};

describe('keepChapterIdentity', () => {
  it('gives back the chapters parsed last time where the input chapter is unchanged, new ones elsewhere', () => {
    const loaded = parse(syntheticReport({ pages: 10 }));
    const sections = [...loaded.sections];
    sections[1] = { ...sections[1]!, heading: 'Chương hai đã sửa' };
    const edited = { ...loaded, sections };
    const parsed = parse(edited);
    expect(parsed.sections[0]).not.toBe(loaded.sections[0]);

    const kept = keepChapterIdentity(edited, parsed, { input: loaded, parsed: loaded });
    expect(kept).toEqual(parsed);
    expect(kept.sections[0]).toBe(loaded.sections[0]);
    expect(kept.sections[1]).toBe(parsed.sections[1]);
    expect(kept.sections[2]).toBe(loaded.sections[2]);

    // Next save: the chapter edited before is now unchanged input, so its parsed object comes back.
    const again = { ...edited, title: 'trích yếu mới' };
    const next = keepChapterIdentity(again, parse(again), { input: edited, parsed: kept });
    expect(next.sections[1]).toBe(kept.sections[1]);
    expect(next.title).toBe('trích yếu mới');
  });

  it('a reordered chapter keeps its object; without a previous parse nothing is reused', () => {
    const loaded = parse(syntheticReport({ pages: 10 }));
    const reversed = { ...loaded, sections: [...loaded.sections].reverse() };
    const kept = keepChapterIdentity(reversed, parse(reversed), { input: loaded, parsed: loaded });
    expect(kept.sections[0]).toBe(loaded.sections.at(-1));
    const parsed = parse(reversed);
    expect(keepChapterIdentity(reversed, parsed, null)).toBe(parsed);
  });
});
