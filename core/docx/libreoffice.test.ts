/**
 * A second reader: LibreOffice lays out the exported sample report (HD 36) and the same report as a state
 * document (NĐ 30, with two appendices), and the PDF geometry (`pdftotext -bbox-layout`) is checked the way
 * a clerk would check a printout: header halves, page numbers, footnotes at the page bottom, the closing
 * block split left/right, everything inside the margins. One LibreOffice start converts both files. Fails
 * (does not skip) when LibreOffice is missing: CI installs it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { getRuleSet } from '../rules/rule-sets';
import { convertDocxesToPdf } from '../../test-support/libreoffice';
import { lineWith, mm, pdfPageLines, type PdfPage } from '../../test-support/pdf-geometry';
import { loadFixtureReport } from '../../test-support/sample-report';
import { asStateReport } from '../../test-support/state-report';

let work: string;
let party: PdfPage[];
let state: PdfPage[];

/** Tolerance for LibreOffice's glyph boxes (side bearings, italic overhang), in mm. */
const TOLERANCE_MM = 1.5;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'docx-lo-'));
  const report = await loadFixtureReport();
  const files = [join(work, 'party.docx'), join(work, 'state.docx')];
  await writeFile(files[0]!, await renderDocx(report));
  await writeFile(files[1]!, await renderDocx(asStateReport(report)));
  const [partyPdf, statePdf] = await convertDocxesToPdf(files, work);
  party = await pdfPageLines(partyPdf!);
  state = await pdfPageLines(statePdf!);
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const centreX = (l: { xMin: number; xMax: number }) => mm((l.xMin + l.xMax) / 2);

/** Text area of the rule-set: x from the left margin to the page width minus the right margin, mm. */
function textArea(id: 'hd36-2018' | 'nd30-2020') {
  const p = getRuleSet(id).page;
  return {
    left: p.marginLeftMm,
    right: p.widthMm - p.marginRightMm,
    top: p.marginTopMm,
    middle: (p.marginLeftMm + p.widthMm - p.marginRightMm) / 2,
  };
}

function expectInsideMargins(pages: PdfPage[], id: 'hd36-2018' | 'nd30-2020') {
  const area = textArea(id);
  for (const [i, page] of pages.entries()) {
    for (const line of page.lines) {
      const where = `page ${i + 1} "${line.text}"`;
      expect(mm(line.xMin), where).toBeGreaterThanOrEqual(area.left - TOLERANCE_MM);
      expect(mm(line.xMax), where).toBeLessThanOrEqual(area.right + TOLERANCE_MM);
    }
  }
}

function expectPageNumbers(pages: PdfPage[], id: 'hd36-2018' | 'nd30-2020') {
  const area = textArea(id);
  const topBand = (page: PdfPage) => page.lines.filter((l) => mm(l.yMax) < area.top);
  // Page 1: nothing printed above the top margin.
  expect(topBand(pages[0]!).map((l) => l.text)).toEqual([]);
  const [two] = topBand(pages[1]!);
  expect(two?.text).toBe('2');
  expect(Math.abs(centreX(two!) - area.middle)).toBeLessThan(3);
}

describe('the sample report (HD 36) as LibreOffice lays it out', () => {
  it('puts the issuer in the left half and ĐẢNG CỘNG SẢN VIỆT NAM and the date in the right half of page 1', () => {
    const page = party[0]!;
    const { middle } = textArea('hd36-2018');
    const leftColumnEnd = textArea('hd36-2018').left + getRuleSet('hd36-2018').header.leftColumnMm;
    for (const text of ['ĐẢNG BỘ TỈNH LAI CHÂU', 'HUYỆN ỦY TAM ĐƯỜNG', 'Số', '*']) {
      expect(mm(lineWith(page, text).xMax), text).toBeLessThan(leftColumnEnd);
    }
    for (const text of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Tam Đường, ngày 15 tháng 6 năm 2023']) {
      expect(mm(lineWith(page, text).xMin), text).toBeGreaterThan(leftColumnEnd);
      expect(centreX(lineWith(page, text)), text).toBeGreaterThan(middle);
    }
    // "Số …" and the date share a baseline (same table row).
    expect(Math.abs(lineWith(page, 'Số').yMax - lineWith(page, 'Tam Đường, ngày').yMax)).toBeLessThan(1);
  });

  it('prints no number on page 1 and "2" at the top centre of page 2', () => {
    expectPageNumbers(party, 'hd36-2018');
  });

  it('puts footnote 1 at the bottom of its page, below the last body line', () => {
    const page = party.find((p) => p.lines.some((l) => l.text.startsWith('Ban hành Công văn số 472-CV/HU')))!;
    expect(page).toBeDefined();
    const note = page.lines.find((l) => l.text.startsWith('Ban hành Công văn số 472-CV/HU'))!;
    // Body lines are 14 pt (taller boxes) and the footnote 12 pt; every body line of the page is above it.
    const noteHeight = note.yMax - note.yMin;
    const bodyLines = page.lines.filter(
      (l) => l.yMax - l.yMin > noteHeight + 1 && mm(l.yMin) > textArea('hd36-2018').top,
    );
    expect(bodyLines.length).toBeGreaterThan(10);
    expect(note.yMin).toBeGreaterThan(Math.max(...bodyLines.map((l) => l.yMax)));
    expect(mm(page.height - note.yMax)).toBeLessThan(getRuleSet('hd36-2018').page.marginBottomMm + 60);
  });

  it('puts "Nơi nhận:" and the recipients in the left half and the signature in the right half of the last page', () => {
    const last = party[party.length - 1]!;
    const { middle } = textArea('hd36-2018');
    for (const text of ['Nơi nhận:', '- Thường trực Tỉnh ủy,', '- Lưu.'])
      expect(mm(lineWith(last, text).xMax), text).toBeLessThan(middle);
    for (const text of ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Cao Trang Trọng'])
      expect(mm(lineWith(last, text).xMin), text).toBeGreaterThan(middle);
  });

  it('keeps every line within the margins (30 mm left, 195 mm right)', () => {
    expect(party.length).toBeGreaterThanOrEqual(2);
    expectInsideMargins(party, 'hd36-2018');
  });
});

describe('the same report as a state document (NĐ 30) with two appendices', () => {
  it('writes the two national heading lines, each on one line, in the right half, and "Số: 12/BC-UBND" on the left', () => {
    const page = state[0]!;
    const { middle } = textArea('nd30-2020');
    expect(lineWith(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA').text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lineWith(page, 'Độc lập').text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(centreX(lineWith(page, 'Độc lập'))).toBeGreaterThan(middle);
    expect(mm(lineWith(page, 'Số: 12/BC-UBND').xMax)).toBeLessThan(middle);
  });

  it('prints no number on page 1 and "2" at the top centre of page 2', () => {
    expectPageNumbers(state, 'nd30-2020');
  });

  it('starts each appendix on its own page with its heading and the "(Kèm theo …)" line', () => {
    const first = state.findIndex((p) => p.lines.some((l) => l.text === 'Phụ lục 1'));
    expect(first).toBeGreaterThan(0);
    const second = state[first + 1]!;
    expect(state[first]!.lines.some((l) => l.text.includes('Nơi nhận'))).toBe(false);
    expect(lineWith(state[first]!, 'BIỂU TỔNG HỢP TIN, BÀI')).toBeDefined();
    expect(lineWith(state[first]!, '27.310')).toBeDefined();
    expect(lineWith(second, 'Phụ lục 2')).toBeDefined();
    expect(lineWith(second, '(Kèm theo Báo cáo số 12/BC-UBND ngày 15/6/2023')).toBeDefined();
  });

  it('keeps every line within the margins', () => {
    expectInsideMargins(state, 'nd30-2020');
  });
});
