/**
 * "So sánh với hiện tại" on a 100-page report: the revision against the report with one paragraph edited (the
 * usual case) and with every paragraph edited (the worst a clerk meets), median of `runs` in this process.
 */
import { compareReports } from '../core/compare/report-compare';
import type { Block, Report, Section } from '../core/model/report-schema';
import { median } from './stats';

function edited(report: Report, every: boolean): Report {
  const copy = structuredClone(report);
  let done = false;
  const editBlocks = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'table' || (done && !every)) continue;
      b.content.push({ type: 'text', text: ' Câu mới thêm vào sau góp ý.' });
      done = true;
    }
  };
  const walk = (sections: Section[]) =>
    sections.forEach((s) => {
      editBlocks(s.blocks);
      walk(s.children);
    });
  walk(copy.sections);
  return copy;
}

export function benchCompare(report: Report, runs: number): { oneEditMs: number; everyEditMs: number } {
  const time = (after: Report) =>
    median(
      Array.from({ length: runs }, () => {
        const start = performance.now();
        compareReports(report, after);
        return performance.now() - start;
      }),
    );
  return { oneEditMs: time(edited(report, false)), everyEditMs: time(edited(report, true)) };
}
