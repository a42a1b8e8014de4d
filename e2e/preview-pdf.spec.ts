/**
 * "Xuất PDF" prints the paginated preview's print view. Electron's printToPDF is Chromium's print-to-PDF, which
 * Playwright's page.pdf also drives: so the PDF here is made the same way (CSS page size preferred, no extra
 * margins) from the browser build, then read with poppler as a clerk's PDF reader would: A4 pages, as many as the
 * preview shows, fonts embedded, the Vietnamese text extractable and unchanged. The real webContents.print and
 * printToPDF run in e2e/electron/preview-print.spec.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { blockText } from '../core/model/report-text';
import type { Report, Section } from '../core/model/report-schema';
import { pdfPageSize, pdfPageTexts } from '../test-support/libreoffice';
import { seedVersion1Database } from './helpers/seed-v1-db';

const run = promisify(execFile);
const FIXTURE = new URL('./fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url);

const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .split(/[\s,.;:()“”"!?]+/u)
    .filter((w) => /\p{L}/u.test(w));

function sectionTexts(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [s.heading, ...s.blocks.map(blockText), ...sectionTexts(s.children)]);
}

test('the PDF of the preview is A4, page for page the preview, with embedded fonts and intact Vietnamese', async ({
  page,
}) => {
  const report = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { report: Report }).report;
  await seedVersion1Database(page, [
    {
      id: 'mau',
      templateId: 'so-ket-tong-ket',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/mau/review');
  await expect(page.getByTestId('page-preview-status')).toContainText('trang A4', { timeout: 30_000 });
  const previewPages = await page.getByTestId('page-preview-pages').locator('.pagedjs_page').count();

  const dir = await mkdtemp(join(tmpdir(), 'preview-pdf-'));
  const pdfPath = join(dir, 'bao-cao.pdf');
  await writeFile(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

  const texts = await pdfPageTexts(pdfPath);
  expect(texts).toHaveLength(previewPages);
  for (let n = 1; n <= texts.length; n += 1) {
    const size = await pdfPageSize(pdfPath, n);
    expect(size.width).toBeCloseTo(595.3, 0);
    expect(size.height).toBeCloseTo(841.9, 0);
  }
  // Every font is embedded (pdffonts: the "emb" column), so the PDF reads the same on any machine or phone.
  const { stdout: fonts } = await run('pdffonts', [pdfPath]);
  const fontRows = fonts.split('\n').slice(2).filter(Boolean);
  expect(fontRows.length).toBeGreaterThan(0);
  for (const row of fontRows) expect(row.split(/\s+/).slice(-5, -4)).toEqual(['yes']);

  // Nothing of the app around the preview is printed, page 1 starts with the header block, and the text comes
  // out in NFC with every word of the report.
  const all = texts.join('\n');
  expect(all).toBe(all.normalize('NFC'));
  expect(texts[0]).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(all).not.toContain('Xem lại và xuất');
  expect(all).toContain('Tam Đường, ngày 15 tháng 6 năm 2023');
  const printed = new Set(words(all));
  const expected = words([report.title, ...sectionTexts(report.sections)].join('\n'));
  const missing = expected.filter((w) => !printed.has(w));
  expect(missing).toEqual([]);
});
