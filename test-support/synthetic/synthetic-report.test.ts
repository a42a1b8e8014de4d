import { describe, expect, it } from 'vitest';
import { sectionDepth, type Section } from '../../core/model/report-schema';
import { countWords, wordsOfReport } from './test-counts';
import { reportToMarkdown } from './report-markdown';
import { syntheticReport, WORDS_PER_PAGE } from './synthetic-report';

const all = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...all(s.children)]);

describe('syntheticReport', () => {
  it('is the same report for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(syntheticReport({ pages: 10 }))).toBe(JSON.stringify(syntheticReport({ pages: 10 })));
    expect(JSON.stringify(syntheticReport({ pages: 10, seed: 7 }))).not.toBe(
      JSON.stringify(syntheticReport({ pages: 10 })),
    );
  });

  it('has headings at all four depths, footnotes and tables, and grows with the page count', () => {
    const r = syntheticReport({ pages: 10 });
    expect(sectionDepth(r.sections)).toBe(4);
    const blocks = all(r.sections).flatMap((s) => s.blocks);
    expect(blocks.some((b) => b.type === 'table')).toBe(true);
    const footnotes = JSON.stringify(r).match(/"type":"footnote"/g) ?? [];
    expect(footnotes.length).toBeGreaterThan(5);
    const w10 = wordsOfReport(r);
    const w100 = wordsOfReport(syntheticReport({ pages: 100 }));
    expect(w100 / w10).toBeGreaterThan(9);
    expect(w100).toBeGreaterThan(95 * WORDS_PER_PAGE);
  });

  it('gives pandoc Markdown with one definition per footnote, in reading order', () => {
    const r = syntheticReport({ pages: 10 });
    const md = reportToMarkdown(r);
    const footnotes = (JSON.stringify(r).match(/"type":"footnote"/g) ?? []).length;
    expect((md.match(/^\[\^\d+\]: /gm) ?? []).length).toBe(footnotes);
    expect(md).toContain('# I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(md).toMatch(/^#### a\) /m);
    expect(countWords('a  b c')).toBe(3);
  });
});
