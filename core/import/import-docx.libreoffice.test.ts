/**
 * A report written by another program: a Huyện ủy quarterly report typed in LibreOffice the way offices do
 * (header in a borderless table, chapters as plain bold paragraphs with "I-" markers, a two-paragraph
 * footnote, a merged-cell table, Nơi nhận and signature side by side, a landscape Phụ lục after a page break,
 * a comment and a picture), saved as .docx by LibreOffice itself. The source .fodt is committed next to the
 * other fixtures; the .docx is made here.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Table } from '../model/report-schema';
import { tableGrid } from '../model/table-grid';
import { builtInTemplates } from '../templates/templates';
import { importDocx, type ImportResult } from './import-docx';

const run = promisify(execFile);
const SOURCE = new URL('../../test-support/fixtures/word-import/huyen-uy-bao-cao-quy.fodt', import.meta.url).pathname;

let soffice = true;
try {
  await run('which', ['soffice']);
} catch {
  soffice = false;
  console.log('[skip] soffice (LibreOffice) is not installed: the LibreOffice-made .docx test cannot run.');
}

let work = '';
let result: ImportResult;

beforeAll(async () => {
  if (!soffice) return;
  work = await mkdtemp(join(tmpdir(), 'import-lo-'));
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--norestore',
      '--convert-to',
      'docx',
      '--outdir',
      work,
      SOURCE,
    ],
    { timeout: 180_000 },
  );
  result = importDocx(new Uint8Array(await readFile(join(work, 'huyen-uy-bao-cao-quy.docx'))), {
    templates: builtInTemplates(),
    fileName: 'huyen-uy-bao-cao-quy.docx',
  });
}, 200_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function report(): Report {
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

const cellText = (t: Table, row: number, col: number) => {
  const grid = tableGrid(t);
  const cell = grid.owners[row]?.[col]?.cell;
  return cell?.paragraphs.map((p) => p.content.map((i) => (i.type === 'text' ? i.text : '')).join('')).join('\n');
};

describe.skipIf(!soffice)('importDocx on a report LibreOffice saved as .docx', () => {
  it('reads the header table: issuer, number, Party heading, place and date', () => {
    const r = report();
    expect(r.header).toEqual({
      parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
      issuer: 'HUYỆN ỦY PHONG THỔ',
      number: '412',
      docTypeCode: 'BC',
      issuerCode: 'HU',
      place: 'Phong Thổ',
      date: '2024-10-05',
    });
    expect(r.ruleSet).toBe('hd36-2018');
    expect(r.docType).toBe('BÁO CÁO');
    expect(r.title).toBe(
      'kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ quý III,\nphương hướng, nhiệm vụ quý IV năm 2024',
    );
  });

  it('finds chapters from "I-" bold paragraphs, "1." sections and "a)" directly under "1."', () => {
    const r = report();
    expect(r.sections.map((s) => s.heading)).toEqual([
      'KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ',
      'PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024',
    ]);
    const [first, second] = r.sections[0]?.children ?? [];
    expect(first?.heading).toBe('Công tác xây dựng Đảng và hệ thống chính trị');
    expect(first?.children[0]).toMatchObject({ heading: 'Công tác dân vận', level: 4 });
    expect(second?.heading).toBe('Lãnh đạo phát triển kinh tế - xã hội');
    expect(r.opening).toHaveLength(1);
    expect(r.closing[0]?.type).toBe('paragraph');
  });

  it('keeps the two-paragraph footnote with its bold lead-in, dash levels, italics and the line break', () => {
    const blocks = report().sections[0]?.children[0]?.blocks ?? [];
    const [para, dash, plus] = blocks;
    if (para?.type !== 'paragraph') throw new Error('expected a paragraph');
    const footnote = para.content.find((i) => i.type === 'footnote');
    expect(footnote?.type === 'footnote' && footnote.paragraphs.length).toBe(2);
    expect(footnote?.type === 'footnote' && footnote.paragraphs[0]?.content[0]).toEqual({
      type: 'text',
      text: 'Quán triệt:',
      bold: true,
    });
    expect(para.content).toContainEqual({ type: 'text', text: 'kiểm tra, giám sát', italic: true });
    expect(dash).toEqual({
      type: 'dash',
      content: [{ type: 'text', text: 'Kết nạp 42 đảng viên mới, đạt 52,5% chỉ tiêu năm;' }],
    });
    expect(plus).toMatchObject({ type: 'dash', level: 2 });
    const dv = report().sections[0]?.children[0]?.children[0]?.blocks[0];
    expect(dv?.type === 'paragraph' && dv.content.map((i) => i.type)).toEqual(['text', 'break', 'text']);
  });

  it('reads the table: caption, unit, merged header cells, widths, alignment; numbered items after it', () => {
    const blocks = report().sections[0]?.children[1]?.blocks ?? [];
    const table = blocks[0];
    if (table?.type !== 'table') throw new Error('expected a table');
    expect(table.caption).toBe('Biểu 1: Kết quả sản xuất nông nghiệp');
    expect(table.unit).toBe('Đơn vị tính: ha');
    expect(table.headerRows).toBe(2);
    expect(table.rows[0]?.cells.map((c) => [c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      [2, 1],
      [2, 1],
      [1, 2],
    ]);
    expect(cellText(table, 1, 3)).toBe('Năm 2024');
    expect(cellText(table, 2, 2)).toBe('1.284');
    expect(table.columns?.map((c) => c.align)).toEqual(['center', 'left', 'right', 'right']);
    const widths = table.columns?.map((c) => c.width ?? 0) ?? [];
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeGreaterThan(4);
    expect(blocks.slice(1).map((b) => b.type)).toEqual(['numbered', 'numbered']);
  });

  it('reads Nơi nhận and the signature from the closing table, and the landscape Phụ lục', () => {
    const r = report();
    expect(r.recipients).toEqual([
      'Thường trực Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
      'Các đồng chí Huyện ủy viên',
      'Lưu Văn phòng Huyện ủy',
    ]);
    expect(r.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Lò Văn Thành' });
    expect(r.appendices).toHaveLength(1);
    expect(r.appendices?.[0]).toMatchObject({
      title: 'KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN QUÝ III NĂM 2024',
      attachedLine: '(Kèm theo Báo cáo số 412-BC/HU, ngày 05/10/2024 của Huyện ủy Phong Thổ)',
      orientation: 'landscape',
    });
    expect(r.appendices?.[0]?.blocks[0]?.type).toBe('table');
  });

  it('attaches the periodic-report outline and says what it could not carry over', () => {
    if (!result.ok) throw new Error(result.message);
    expect(result.templateId).toBe('dinh-ky');
    expect(result.summary).toMatchObject({
      chapters: 2,
      sections: 3,
      footnotes: 1,
      tables: 2,
      recipients: 4,
      signerFound: true,
      appendices: 1,
    });
    expect(result.notes.map((n) => n.kind).sort()).toEqual(['comment', 'image']);
    expect(result.notes.find((n) => n.kind === 'comment')?.message).toContain('Bổ sung số liệu quý IV');
  });
});
