import { describe, expect, it } from 'vitest';
import { EMPTY_ISSUER, newReportFromTemplate } from '../../../core/model/new-report';
import type { Block, Report } from '../../../core/model/report-schema';
import { findTemplate } from '../../../core/templates/templates';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import type { Section } from '../../../core/model/report-schema';
import {
  CLOSING_SLOT,
  OPENING_SLOT,
  appendixSlot,
  childFootnoteOffsets,
  footnoteOffsets,
  sectionSlot,
} from './footnote-offsets';

const fn: Block = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'x' },
    { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'y' }] }] },
  ],
};

describe('footnoteOffsets', () => {
  it('numbers footnotes across the report in reading order: opening, chapters depth-first, closing', () => {
    let n = 0;
    const base = newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2023-06-15', () => `s${++n}`);
    const [c1, c2] = base.sections;
    const report: Report = {
      ...base,
      opening: [fn],
      sections: [
        { ...c1!, blocks: [fn, fn] },
        { ...c2!, children: [{ ...c2!.children[0]!, blocks: [fn] }, ...c2!.children.slice(1)] },
        ...base.sections.slice(2),
      ],
    };
    const o = footnoteOffsets(report);
    expect(o.get(OPENING_SLOT)).toBe(0);
    expect(o.get(sectionSlot(c1!.id))).toBe(1);
    expect(o.get(sectionSlot(c2!.id))).toBe(3);
    expect(o.get(sectionSlot(c2!.children[0]!.id))).toBe(3);
    expect(o.get(sectionSlot(c2!.children[1]!.id))).toBe(4);
    expect(o.get(CLOSING_SLOT)).toBe(4);
  });

  it('goes on through the appendices after the closing paragraphs, as Word numbers them', () => {
    let n = 0;
    const base = newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2023-06-15', () => `s${++n}`);
    const report: Report = {
      ...base,
      opening: [fn],
      closing: [fn, fn],
      appendices: [
        { id: 'pl1', title: 'A', blocks: [fn] },
        { id: 'pl2', title: 'B', blocks: [] },
        { id: 'pl3', title: 'C', blocks: [fn] },
      ],
    };
    const o = footnoteOffsets(report);
    expect(o.get(CLOSING_SLOT)).toBe(1);
    expect(['pl1', 'pl2', 'pl3'].map((id) => o.get(appendixSlot(id)))).toEqual([3, 4, 4]);
  });

  it("each card's own count of its children's offsets gives the same numbers as the report-wide walk", () => {
    const report = syntheticReport({ pages: 10 });
    const o = footnoteOffsets(report);
    let checked = 0;
    const walk = (s: Section, offset: number) => {
      expect(offset).toBe(o.get(sectionSlot(s.id)));
      checked++;
      childFootnoteOffsets(s, offset).forEach((at, i) => walk(s.children[i]!, at));
    };
    for (const c of report.sections) walk(c, o.get(sectionSlot(c.id))!);
    expect(checked).toBeGreaterThan(report.sections.length);
    expect(o.get(CLOSING_SLOT)).toBeGreaterThan(0);
  });
});
