/**
 * Phụ lục pages in the paginated preview and in what "In"/"Xuất PDF" print: a landscape Phụ lục is printed on
 * landscape A4 sheets (the rest stays portrait), and each Phụ lục is numbered as the exported DOCX numbers it
 * (on from the report, from 1 again without a number on its first page, or not at all). The PDF is made as the
 * app makes it (Chromium's print-to-PDF of the print view, CSS page size; see preview-pdf.spec.ts) and read with
 * poppler; the same report's DOCX rendered by LibreOffice is the second opinion.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Block, Report, Table, TableCell } from '../core/model/report-schema';
import { convertDocxToPdf, pdfPageSize, pdfPageTexts } from '../test-support/libreoffice';
import { textParagraph } from '../test-support/report-builder';
import { writeReportDocx } from '../test-support/write-report-docx';
import { screenshotPath } from './helpers/screenshot-path';
import { seedVersion1Database } from './helpers/seed-v1-db';

const FIXTURE = new URL('./fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url);

const cell = (text: string): TableCell => ({ paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A wide statistics table long enough to run onto a second landscape page. */
const wideTable: Table = {
  type: 'table',
  headerRows: 1,
  caption: 'Biểu 1: Kết quả học tập, quán triệt theo chi bộ',
  rows: [
    { cells: ['TT', 'Chi bộ', 'Đảng viên', 'Đã học', 'Tỷ lệ', 'Bài thu hoạch', 'Ghi chú'].map(cell) },
    ...Array.from({ length: 34 }, (_, i) => ({
      cells: [String(i + 1), `Chi bộ thôn số ${i + 1}`, '42', '40', '95,2%', '38', 'Hoàn thành'].map(cell),
    })),
  ],
};

const TITLES = { landscape: 'BIỂU TỔNG HỢP KHỔ NGANG', none: 'DANH SÁCH KHÔNG ĐÁNH SỐ', after: 'BIỂU TIẾP THEO' };

function withAppendices(report: Report): Report {
  const note = (text: string): Block[] => [textParagraph(text)];
  return {
    ...report,
    appendices: [
      {
        id: 'ngang',
        title: 'Biểu tổng hợp khổ ngang',
        orientation: 'landscape',
        pageNumbers: 'restart',
        blocks: [wideTable],
      },
      {
        id: 'khong-so',
        title: 'Danh sách không đánh số',
        pageNumbers: 'none',
        blocks: note('Danh sách này được in và đóng riêng, không đánh số trang.'),
      },
      { id: 'tiep', title: 'Biểu tiếp theo', blocks: note('Phụ lục khổ dọc, số trang nối tiếp.') },
    ],
  };
}

interface PrintedPage {
  landscape: boolean;
  /** The page number printed in the header, null when the page carries none. */
  number: number | null;
  /** Which part of the report the page belongs to. */
  part: 'report' | keyof typeof TITLES;
}

/** Reads a PDF as a clerk holding the printout would: each sheet's orientation, printed number and part. */
async function printedPages(pdfPath: string): Promise<PrintedPage[]> {
  const texts = await pdfPageTexts(pdfPath);
  let part: PrintedPage['part'] = 'report';
  const pages: PrintedPage[] = [];
  for (const [i, text] of texts.entries()) {
    for (const [key, title] of Object.entries(TITLES)) if (text.includes(title)) part = key as keyof typeof TITLES;
    const size = await pdfPageSize(pdfPath, i + 1);
    // The header (the page number alone on its line) is the page's first line of text.
    const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
    pages.push({
      landscape: size.width > size.height,
      number: /^\s*\d+\s*$/.test(first) ? Number(first) : null,
      part,
    });
  }
  return pages;
}

/** What the exported DOCX says: landscape sheets for the landscape Phụ lục, numbers as Word numbers sections. */
function expectedPages(parts: readonly PrintedPage['part'][]): Omit<PrintedPage, 'part'>[] {
  let count = 0;
  let started = false;
  return parts.map((part, i) => {
    const firstOfPart = i === 0 || parts[i - 1] !== part;
    if (part === 'landscape' && firstOfPart) {
      count = 1;
      started = true;
    } else count += 1;
    // Page 1 of the report and of a restarted Phụ lục carry no number (the rule-set's different first page).
    const hidden = i === 0 || (part === 'landscape' && firstOfPart) || part === 'none';
    expect(started || part === 'report').toBe(true);
    return { landscape: part === 'landscape', number: hidden ? null : count };
  });
}

test('a landscape, renumbered Phụ lục prints on landscape A4 with the DOCX page numbers, as LibreOffice prints it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const base = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { report: Report }).report;
  const report = withAppendices(base);
  const dir = await mkdtemp(join(tmpdir(), 'preview-appendix-'));

  // LibreOffice's reading of the DOCX export writes, started first: it takes a while on a busy machine.
  const json = join(dir, 'bao-cao.json');
  const docx = join(dir, 'bao-cao.docx');
  await writeFile(json, JSON.stringify(report));
  await writeReportDocx(json, docx);
  const libreOfficePdf = convertDocxToPdf(docx, join(dir, 'lo'));

  await seedVersion1Database(page, [
    {
      id: 'pl',
      templateId: 'so-ket-tong-ket',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/pl/review');
  await expect(page.getByTestId('page-preview-status')).toContainText('trang A4', { timeout: 60_000 });

  const pdfPath = join(dir, 'ban-in.pdf');
  await writeFile(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const printed = await printedPages(pdfPath);
  const previewSheets = page.getByTestId('page-preview-pages').locator('.pagedjs_page');
  expect(printed).toHaveLength(await previewSheets.count());
  const parts = printed.map((p) => p.part);
  // Two landscape pages (the table runs on), then one each for the other two Phụ lục.
  expect(parts.filter((p) => p === 'landscape')).toHaveLength(2);
  expect(parts.slice(-2)).toEqual(['none', 'after']);
  expect(printed.map(({ landscape, number }) => ({ landscape, number }))).toEqual(expectedPages(parts));
  // A4 exactly (595.3 × 841.9 pt), turned for the landscape Phụ lục.
  for (const [i, p] of printed.entries()) {
    const size = await pdfPageSize(pdfPath, i + 1);
    expect(size.width).toBeCloseTo(p.landscape ? 841.9 : 595.3, 0);
    expect(size.height).toBeCloseTo(p.landscape ? 595.3 : 841.9, 0);
  }

  // On screen the landscape pages are landscape sheets too, and the page indicator says which printed page it is.
  const first = parts.indexOf('landscape');
  const sheet = previewSheets.nth(first);
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeGreaterThan(box.height);
  const portrait = (await previewSheets.nth(0).boundingBox())!;
  expect(portrait.height).toBeGreaterThan(portrait.width);

  const second = previewSheets.nth(first + 1);
  await second.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.getByTestId('page-indicator')).toHaveText(
    `Trang ${first + 2}/${printed.length} · số in trên trang: 2`,
  );
  await sheet.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.getByTestId('page-indicator')).toHaveText(
    `Trang ${first + 1}/${printed.length} · trang không in số`,
  );
  await page.screenshot({ path: screenshotPath('landscape-appendix-in-preview.png') });
  await sheet.screenshot({ path: screenshotPath('landscape-appendix-page-1.png') });
  await second.screenshot({ path: screenshotPath('landscape-appendix-page-2-numbered-2.png') });

  // LibreOffice prints the exported DOCX by the same rules: the same parts in order, the landscape Phụ lục on
  // landscape sheets, the same numbering. Where a long table breaks may differ by a page (row heights).
  const libreOffice = await printedPages(await libreOfficePdf);
  console.log(
    `preview:     ${printed.map((p) => `${p.part}${p.landscape ? '(ngang)' : ''}:${p.number ?? '–'}`).join(' ')}`,
  );
  console.log(
    `LibreOffice: ${libreOffice.map((p) => `${p.part}${p.landscape ? '(ngang)' : ''}:${p.number ?? '–'}`).join(' ')}`,
  );
  const loParts = libreOffice.map((p) => p.part);
  expect([...new Set(loParts)]).toEqual([...new Set(parts)]);
  expect(loParts.filter((p) => p === 'report')).toHaveLength(parts.filter((p) => p === 'report').length);
  expect(Math.abs(loParts.length - parts.length)).toBeLessThanOrEqual(1);
  expect(libreOffice.map(({ landscape, number }) => ({ landscape, number }))).toEqual(expectedPages(loParts));
});
