/**
 * The paginated preview against LibreOffice's render of the same DOCX: page count, the page of every chapter
 * heading and of the signature block ("Nơi nhận"), on the sample report (must be equal) and on a 30-page synthetic
 * report (at most one page off). Both sides are read the same way: the text of each page, headings searched in
 * report order (heading-pages.ts). The table is printed for the record.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Report } from '../core/model/report-schema';
import { headingPages } from '../renderer/src/preview/heading-pages';
import { convertDocxesToPdf, pdfPageTexts } from '../test-support/libreoffice';
import { loadRealisticReport } from '../test-support/realistic-reports';
import { loadFixtureReport } from '../test-support/sample-report';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { writeReportDocx } from '../test-support/write-report-docx';
import { seedVersion1Database } from './helpers/seed-v1-db';

const SIGNATURE = 'Nơi nhận';

interface Layout {
  pages: number;
  chapters: (number | null)[];
  signature: number | null;
}

function layoutOf(pageTexts: readonly string[], report: Report): Layout {
  const found = headingPages(pageTexts, [...report.sections.map((s) => s.heading), SIGNATURE]);
  return { pages: pageTexts.length, chapters: found.slice(0, -1), signature: found[found.length - 1] ?? null };
}

async function libreOfficeLayouts(reports: readonly Report[]): Promise<Layout[]> {
  const dir = await mkdtemp(join(tmpdir(), 'paged-preview-'));
  const docxes = await Promise.all(
    reports.map(async (report, i) => {
      const json = join(dir, `report-${i}.json`);
      const path = join(dir, `report-${i}.docx`);
      await writeFile(json, JSON.stringify(report));
      await writeReportDocx(json, path);
      return path;
    }),
  );
  const pdfs = await convertDocxesToPdf(docxes, dir);
  return Promise.all(pdfs.map(async (pdf, i) => layoutOf(await pdfPageTexts(pdf), reports[i]!)));
}

const draft = (id: string, report: Report) => ({
  id,
  templateId: 'so-ket-tong-ket',
  report,
  title: report.title,
  createdAt: 1,
  updatedAt: 2,
  lastStepKey: 'review',
});

async function previewLayout(page: Page, id: string, report: Report): Promise<Layout> {
  await page.goto(`/#/ban-nhap/${id}/review`);
  await expect(page.getByTestId('page-preview-status')).toContainText('trang A4', { timeout: 60_000 });
  const texts = await page.getByTestId('page-preview-pages').evaluate((host) =>
    Array.from(host.querySelectorAll('.pagedjs_page')).map((p) =>
      Array.from(p.querySelectorAll('.pagedjs_page_content p'))
        .map((para) => para.textContent)
        .join('\n'),
    ),
  );
  return layoutOf(texts, report);
}

function table(name: string, report: Report, ours: Layout, lo: Layout): string {
  const rows = [
    `${name}`,
    `  | | preview | LibreOffice |`,
    `  | page count | ${ours.pages} | ${lo.pages} |`,
    ...report.sections.map(
      (s, i) => `  | ${s.heading.slice(0, 40)} | ${ours.chapters[i] ?? '–'} | ${lo.chapters[i] ?? '–'} |`,
    ),
    `  | signature block | ${ours.signature ?? '–'} | ${lo.signature ?? '–'} |`,
  ];
  return rows.join('\n');
}

test('the paginated preview breaks pages as LibreOffice does: equal on the sample, within a page on 30 pages', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const cases = [
    { id: 'mau', name: 'Sample (Tam Đường, sơ kết KL 23)', report: await loadFixtureReport(), exact: true },
    { id: 'tong-hop', name: 'Synthetic 30 pages', report: syntheticReport({ pages: 30 }), exact: false },
    // Body tables and a landscape Phụ lục (HD 36); a NĐ 30 report with a) under 1.
    { id: 'dang-uy', name: 'Đảng ủy xã Nậm Tăm 2025', report: await loadRealisticReport('dangUyXa'), exact: false },
    { id: 'ubnd', name: 'UBND xã Nậm Tăm 6 tháng', report: await loadRealisticReport('ubndXa'), exact: false },
  ];
  const libreOffice = await libreOfficeLayouts(cases.map((c) => c.report));
  await seedVersion1Database(
    page,
    cases.map((c) => draft(c.id, c.report)),
  );
  for (const [i, c] of cases.entries()) {
    const ours = await previewLayout(page, c.id, c.report);
    const lo = libreOffice[i]!;
    console.log(table(c.name, c.report, ours, lo));
    // Every heading and the signature block were found on both sides, so the comparison is about pages.
    for (const layout of [ours, lo]) {
      expect(layout.chapters).not.toContain(null);
      expect(layout.signature).not.toBeNull();
    }
    if (c.exact) {
      expect(ours).toEqual(lo);
      continue;
    }
    expect(Math.abs(ours.pages - lo.pages)).toBeLessThanOrEqual(1);
    expect(Math.abs(ours.signature! - lo.signature!)).toBeLessThanOrEqual(1);
    ours.chapters.forEach((p, k) => expect(Math.abs(p! - lo.chapters[k]!)).toBeLessThanOrEqual(1));
  }
});
