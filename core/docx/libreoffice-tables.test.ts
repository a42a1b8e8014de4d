/**
 * Long tables as LibreOffice lays them out: a 40-row table placed so that it starts near the foot of a page
 * breaks only between rows, repeats its header on the next page and takes its caption along to the page of its
 * first rows; a landscape appendix prints on a landscape page, the page numbers go on across it, and an appendix
 * numbered on its own starts again from 1 while one without numbers prints none. The table
 * is placed at several heights in one LibreOffice run, so one of them puts the caption where, without
 * keep-with-next, it would be left alone at the foot of the page. Fails (does not skip) without LibreOffice.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { getRuleSet } from '../rules/rule-sets';
import type { Block, Report, Table, TableCell } from '../model/report-schema';
import { convertDocxesToPdf, pdfPageSize } from '../../test-support/libreoffice';
import { mm, pdfPageLines, type PdfPage, type TextLine } from '../../test-support/pdf-geometry';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';

const HD36 = getRuleSet('hd36-2018');
const ROWS = 40;
/** One-line paragraphs before the table: each shifts it down one body line (24 pt); five cover caption, unit, header and a row. */
const FILLER_COUNTS = [20, 21, 22, 23, 24, 25, 26];
const CAPTION = 'Biểu 3: Kết quả rà soát theo chi bộ';

const cell = (...lines: string[]): TableCell => ({
  paragraphs: [
    {
      type: 'paragraph',
      content: lines.flatMap((text, i) =>
        i === 0 ? [{ type: 'text' as const, text }] : [{ type: 'break' as const }, { type: 'text' as const, text }],
      ),
    },
  ],
});

const longTable: Table = {
  type: 'table',
  headerRows: 1,
  caption: CAPTION,
  unit: 'Đơn vị tính: người',
  columns: [{ width: 8 }, { width: 52 }, { width: 20 }, { width: 20 }],
  rows: [
    { cells: [cell('TT'), cell('Tên chi bộ'), cell('Đảng viên'), cell('Kết nạp')] },
    ...Array.from({ length: ROWS }, (_, i) => ({
      cells: [
        cell(String(i + 1)),
        cell(`Chi bộ số ${i + 1}`, `ghi chú dòng hai ${i + 1}`),
        cell(String(20 + i)),
        cell(String(i % 4)),
      ],
    })),
  ],
};

function reportWithFiller(count: number): Report {
  const filler: Block[] = Array.from({ length: count }, (_, i) => textParagraph(`Dòng đệm số ${i + 1}.`));
  return minimalReport({
    sections: [section('Kết quả', [...filler, longTable, textParagraph('Đoạn sau bảng.')])],
    appendices: [
      {
        id: 'ngang',
        title: 'Biểu tổng hợp khổ ngang',
        orientation: 'landscape',
        blocks: [{ ...longTable, caption: 'Biểu ngang', rows: longTable.rows.slice(0, 12) }],
      },
      { id: 'doc', title: 'Danh sách khổ dọc', blocks: [textParagraph('Nội dung phụ lục khổ dọc.')] },
      {
        id: 'rieng',
        title: 'Biểu đánh số riêng',
        pageNumbers: 'restart',
        blocks: [{ ...longTable, caption: 'Biểu riêng' }],
      },
      {
        id: 'khong-so',
        title: 'Biểu không đánh số',
        pageNumbers: 'none',
        blocks: [textParagraph('Nội dung phụ lục không đánh số trang.')],
      },
    ],
  });
}

let work: string;
let pdfs: string[];
let renders: PdfPage[][];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'docx-lo-tables-'));
  const files = FILLER_COUNTS.map((n) => join(work, `filler-${n}.docx`));
  for (const [i, n] of FILLER_COUNTS.entries()) await writeFile(files[i]!, await renderDocx(reportWithFiller(n)));
  pdfs = await convertDocxesToPdf(files, work);
  renders = await Promise.all(pdfs.map((pdf) => pdfPageLines(pdf)));
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A line reads `text`, or ends with it after a space (pdftotext joins the cells of a row that share a baseline). */
const reads = (line: TextLine, text: string) => line.text === text || line.text.endsWith(` ${text}`);

/** Page index and line of the first line reading `text`. */
function find(pages: PdfPage[], text: string): { page: number; line: TextLine } {
  for (let page = 0; page < pages.length; page++) {
    const line = pages[page]!.lines.find((l) => reads(l, text));
    if (line) return { page, line };
  }
  throw new Error(`"${text}" is on no page`);
}

describe('a 40-row table starting near the foot of a page', () => {
  it('keeps every row whole on one page', () => {
    for (const pages of renders) {
      for (let r = 1; r <= ROWS; r++)
        expect(find(pages, `ghi chú dòng hai ${r}`).page, `row ${r}`).toBe(find(pages, `Chi bộ số ${r}`).page);
    }
  });

  it('breaks across pages and repeats the header row above the rows of the next page', () => {
    for (const [v, pages] of renders.entries()) {
      const first = find(pages, 'Chi bộ số 1').page;
      const last = find(pages, `Chi bộ số ${ROWS}`).page;
      expect(last, `variant ${FILLER_COUNTS[v]}`).toBeGreaterThan(first);
      for (let page = first; page <= last; page++) {
        const rows = pages[page]!.lines.filter((l) => /(^| )Chi bộ số \d+$/.test(l.text));
        const header = pages[page]!.lines.find((l) => reads(l, 'Tên chi bộ'));
        expect(header, `variant ${FILLER_COUNTS[v]} page ${page + 1}`).toBeDefined();
        // Above every row of the page (glyph boxes of adjacent rows overlap a little, so centres are compared).
        const centre = (l: TextLine) => (l.yMin + l.yMax) / 2;
        expect(centre(header!)).toBeLessThan(Math.min(...rows.map(centre)));
      }
    }
  });

  it('keeps the caption and unit line on the page of the header and the first row', () => {
    let carried = 0;
    for (const pages of renders) {
      const caption = find(pages, CAPTION);
      expect(find(pages, 'Đơn vị tính: người').page).toBe(caption.page);
      expect(find(pages, 'Tên chi bộ').page).toBe(caption.page);
      expect(find(pages, 'Chi bộ số 1').page).toBe(caption.page);
      // The caption moved to a new page although the page of the last filler line had room for it.
      const lastFiller = pages
        .flatMap((p, page) => p.lines.filter((l) => /^Dòng đệm số \d+\.$/.test(l.text)).map((line) => ({ page, line })))
        .pop()!;
      const roomBelowMm = mm(pages[lastFiller.page]!.height - lastFiller.line.yMax) - HD36.page.marginBottomMm;
      if (caption.page > lastFiller.page && roomBelowMm > 15) carried++;
    }
    // At least one placement exercised the keep: without it the caption would have stayed behind.
    expect(carried).toBeGreaterThan(0);
  });
});

describe('a landscape appendix', () => {
  it('prints on landscape pages and the next appendix on a portrait one', async () => {
    const pages = renders[0]!;
    const landscape = find(pages, 'BIỂU TỔNG HỢP KHỔ NGANG').page;
    const portrait = find(pages, 'DANH SÁCH KHỔ DỌC').page;
    const before = await pdfPageSize(pdfs[0]!, landscape);
    const turned = await pdfPageSize(pdfs[0]!, landscape + 1);
    const back = await pdfPageSize(pdfs[0]!, portrait + 1);
    expect(before.height).toBeGreaterThan(before.width);
    expect(turned.width).toBeGreaterThan(turned.height);
    expect(Math.round(mm(turned.width))).toBe(297);
    expect(back.height).toBeGreaterThan(back.width);
  });

  it('numbers every page after the first on from the report, across the landscape section and back', () => {
    for (const pages of renders) {
      const numbers = pages.map((page) =>
        page.lines
          .filter((l) => mm(l.yMax) < HD36.page.marginTopMm)
          .map((l) => l.text)
          .join(' '),
      );
      const restart = find(pages, 'BIỂU ĐÁNH SỐ RIÊNG').page;
      const unnumbered = find(pages, 'BIỂU KHÔNG ĐÁNH SỐ').page;
      expect(unnumbered).toBeGreaterThan(restart + 1);
      expect(numbers.slice(0, restart)).toEqual(pages.slice(0, restart).map((_, i) => (i === 0 ? '' : String(i + 1))));
      // A restarted appendix is numbered like a document of its own: nothing on its page 1, then 2, 3 …
      expect(numbers.slice(restart, unnumbered)).toEqual(
        pages.slice(restart, unnumbered).map((_, i) => (i === 0 ? '' : String(i + 1))),
      );
      expect(numbers[unnumbered]).toBe('');
      // The number stays centred on the turned page too.
      const landscape = find(pages, 'BIỂU TỔNG HỢP KHỔ NGANG').page;
      const number = pages[landscape]!.lines.find(
        (l) => l.text === String(landscape + 1) && mm(l.yMax) < HD36.page.marginTopMm,
      )!;
      const centre = mm((number.xMin + number.xMax) / 2);
      expect(Math.abs(centre - (HD36.page.marginLeftMm + (297 - HD36.page.marginRightMm)) / 2)).toBeLessThan(3);
    }
  });
});
