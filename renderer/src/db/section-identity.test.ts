import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../../core/model/report-schema';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { keepSectionIdentity } from './section-identity';

const parse = (r: Report): Report => {
  const res = parseReport(r);
  if (!res.ok) throw new Error('invalid');
  return res.value;
};

describe('keepSectionIdentity', () => {
  it('gives back the chapters parsed last time where the input chapter is unchanged, new ones elsewhere', () => {
    const loaded = parse(syntheticReport({ pages: 10 }));
    const sections = [...loaded.sections];
    sections[1] = { ...sections[1]!, heading: 'Chương hai đã sửa' };
    const edited = { ...loaded, sections };
    const parsed = parse(edited);
    expect(parsed.sections[0]).not.toBe(loaded.sections[0]);

    const kept = keepSectionIdentity(edited, parsed, { input: loaded, parsed: loaded });
    expect(kept).toEqual(parsed);
    expect(kept.sections[0]).toBe(loaded.sections[0]);
    expect(kept.sections[1]).not.toBe(loaded.sections[1]);
    expect(kept.sections[1]!.heading).toBe('Chương hai đã sửa');
    // Its sub-sections did not change: the edited chapter holds the very objects parsed before.
    expect(kept.sections[1]!.children[0]).toBe(loaded.sections[1]!.children[0]);
    expect(kept.sections[2]).toBe(loaded.sections[2]);

    // Next save: the chapter edited before is now unchanged input, so its parsed object comes back.
    const again = { ...edited, title: 'trích yếu mới' };
    const next = keepSectionIdentity(again, parse(again), { input: edited, parsed: kept });
    expect(next.sections[1]).toBe(kept.sections[1]);
    expect(next.title).toBe('trích yếu mới');
  });

  it('an edit deep in a chapter gives new objects on the path down to it only', () => {
    const loaded = parse(syntheticReport({ pages: 10 }));
    const chapter = loaded.sections[1]!;
    const sub = chapter.children[1]!;
    const leaf = { ...sub.children[0]!, heading: 'mục sửa' };
    const edited = { ...loaded, sections: loaded.sections.map((s, i) => (i === 1 ? { ...chapter, children: [chapter.children[0]!, { ...sub, children: [leaf, ...sub.children.slice(1)] }] } : s)) };
    const kept = keepSectionIdentity(edited, parse(edited), { input: loaded, parsed: loaded });
    expect(kept).toEqual(parse(edited));
    const keptSub = kept.sections[1]!.children[1]!;
    expect(kept.sections[1]!.children[0]).toBe(chapter.children[0]);
    expect(keptSub).not.toBe(sub);
    expect(keptSub.children[0]).not.toBe(sub.children[0]);
    expect(keptSub.children[0]!.heading).toBe('mục sửa');
    expect(keptSub.children[1]).toBe(sub.children[1]);
  });

  it('a reordered chapter keeps its object; without a previous parse nothing is reused', () => {
    const loaded = parse(syntheticReport({ pages: 10 }));
    const reversed = { ...loaded, sections: [...loaded.sections].reverse() };
    const kept = keepSectionIdentity(reversed, parse(reversed), { input: loaded, parsed: loaded });
    expect(kept.sections[0]).toBe(loaded.sections.at(-1));
    const parsed = parse(reversed);
    expect(keepSectionIdentity(reversed, parsed, null)).toBe(parsed);
  });
});
