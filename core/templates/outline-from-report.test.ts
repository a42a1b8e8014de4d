import { describe, expect, it } from 'vitest';
import { EMPTY_ISSUER, newReportFromTemplate } from '../model/new-report';
import { outlineFromReport } from './outline-from-report';
import { templateSchema } from './template-schema';
import { findTemplate } from './templates';

describe('outline from a report', () => {
  it('takes the report’s chapters and the guidance of the outline it was made from', () => {
    const source = findTemplate('dinh-ky')!;
    let n = 0;
    const report = newReportFromTemplate(source, EMPTY_ISSUER, '2026-12-06', () => `s${++n}`);
    report.sections[0]!.heading = 'KẾT QUẢ (đã sửa)';
    report.sections.push({ id: 'x', heading: 'CHƯƠNG TỰ THÊM', blocks: [], children: [] });
    const outline = outlineFromReport(report, source, 'tu-soan-abc', 'Định kỳ của xã');
    expect(templateSchema.safeParse(outline).success).toBe(true);
    expect(outline.chapters.map((c) => c.heading)).toEqual([
      'KẾT QUẢ (đã sửa)',
      ...source.chapters.slice(1).map((c) => c.heading),
      'CHƯƠNG TỰ THÊM',
    ]);
    expect(outline.chapters[0]!.guidance).toBe(source.chapters[0]!.guidance);
    expect(outline.chapters[0]!.children?.map((c) => c.key)).toEqual(source.chapters[0]!.children?.map((c) => c.key));
    expect(outline.chapters.at(-1)).toEqual({ key: 'muc-1', heading: 'CHƯƠNG TỰ THÊM', guidance: '' });
    expect(outline.ruleSet).toBe(report.ruleSet);
  });
});
