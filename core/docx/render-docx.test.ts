/**
 * The sample report rendered from its fixture, checked as the provincial office would check it: page, fonts,
 * header block, title, headings, footnotes, closing block and page numbers, read back from the .docx XML.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import {
  allText,
  child,
  childElements,
  descendants,
  documentBody,
  fieldInstructions,
  footnoteReferenceOrder,
  footnotes,
  paragraphsIn,
  parseXml,
  requirePart,
  sectionHeaders,
  unzipDocx,
  type DocxParts,
  type WordParagraph,
  type XmlElement,
} from '../../test-support/docx-xml';
import { loadFixtureReport } from '../../test-support/sample-report';

let parts: DocxParts;
let body: XmlElement;
let paragraphs: WordParagraph[];
let headerTable: XmlElement;
let closingTable: XmlElement;

const attr = (el: XmlElement | undefined, name: string) => el?.attrs[name];
const pPr = (p: WordParagraph, name: string) => child(p.props, name);
const textRuns = (p: WordParagraph) => p.runs.filter((r) => r.text.trim() !== '');
const byText = (text: string) => {
  const found = paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found;
};
const startingWith = (prefix: string) => {
  const found = paragraphs.find((p) => p.tableDepth === 0 && p.text.startsWith(prefix));
  if (!found) throw new Error(`no body paragraph starting "${prefix}"`);
  return found;
};

beforeAll(async () => {
  parts = unzipDocx(await renderDocx(await loadFixtureReport()));
  body = documentBody(parts);
  paragraphs = paragraphsIn(body);
  const tables = childElements(body, 'w:tbl');
  headerTable = tables[0]!;
  closingTable = tables[tables.length - 1]!;
});

describe('page and fonts (SPEC §1, §2)', () => {
  it('is A4 with margins 20/20/30/15 mm and a different first page', () => {
    const sectPr = child(body, 'w:sectPr');
    expect(attr(child(sectPr, 'w:pgSz'), 'w:w')).toBe('11906');
    expect(attr(child(sectPr, 'w:pgSz'), 'w:h')).toBe('16838');
    const mar = child(sectPr, 'w:pgMar');
    expect([attr(mar, 'w:top'), attr(mar, 'w:bottom'), attr(mar, 'w:left'), attr(mar, 'w:right')]).toEqual([
      '1134',
      '1134',
      '1701',
      '850',
    ]);
    expect(child(sectPr, 'w:titlePg')).toBeDefined();
  });

  it('sets Times New Roman in all four font slots, vi-VN and 14 pt in the default style', () => {
    const styles = parseXml(requirePart(parts, 'word/styles.xml'));
    const rPr = child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    const fonts = child(rPr, 'w:rFonts');
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(fonts, slot)).toBe('Times New Roman');
    expect(attr(child(rPr, 'w:lang'), 'w:val')).toBe('vi-VN');
    expect(attr(child(rPr, 'w:sz'), 'w:val')).toBe('28');
  });

  it('writes body paragraphs at 14 pt, justified, 10 mm first line, 6 pt before, exact 18 pt lines', () => {
    const p = startingWith('Đảng bộ huyện có 51 tổ chức');
    expect(attr(pPr(p, 'w:jc'), 'w:val')).toBe('both');
    expect(attr(pPr(p, 'w:ind'), 'w:firstLine')).toBe('567');
    const spacing = pPr(p, 'w:spacing');
    expect([attr(spacing, 'w:before'), attr(spacing, 'w:line'), attr(spacing, 'w:lineRule')]).toEqual([
      '120',
      '360',
      'exact',
    ]);
    const bodyRuns = paragraphs.filter((q) => q.tableDepth === 0).flatMap(textRuns);
    const sizes = new Set(bodyRuns.filter((r) => !/^(BÁO CÁO|-----)$/.test(r.text)).map((r) => r.size));
    expect([...sizes]).toEqual([28]);
  });
});

describe('header block (SPEC §3)', () => {
  it('is a borderless two-column table with explicit widths in DXA', () => {
    expect(attr(child(child(headerTable, 'w:tblPr'), 'w:tblW'), 'w:w')).toBe('9355');
    expect(attr(child(child(headerTable, 'w:tblPr'), 'w:tblW'), 'w:type')).toBe('dxa');
    expect(childElements(child(headerTable, 'w:tblGrid')!, 'w:gridCol').map((g) => attr(g, 'w:w'))).toEqual([
      '4252',
      '5103',
    ]);
    const widths = descendants(headerTable, 'w:tcW').map((w) => [attr(w, 'w:w'), attr(w, 'w:type')]);
    expect(widths).toEqual([
      ['4252', 'dxa'],
      ['5103', 'dxa'],
      ['4252', 'dxa'],
      ['5103', 'dxa'],
    ]);
    const borders = [...descendants(headerTable, 'w:tblBorders'), ...descendants(headerTable, 'w:tcBorders')].flatMap(
      (b) => childElements(b),
    );
    expect(borders.length).toBeGreaterThan(0);
    expect(borders.every((b) => attr(b, 'w:val') === 'none')).toBe(true);
  });

  it('shows the parent body, the issuer in bold and "*" under it in the left column', () => {
    const left = paragraphsIn(childElements(childElements(headerTable, 'w:tr')[0]!, 'w:tc')[0]!);
    expect(left.map((p) => p.text)).toEqual(['ĐẢNG BỘ TỈNH LAI CHÂU', 'HUYỆN ỦY TAM ĐƯỜNG', '*']);
    expect(left[0]!.runs[0]!).toMatchObject({ bold: false, size: 28 });
    expect(left[1]!.runs[0]!).toMatchObject({ bold: true, size: 28 });
  });

  it('shows ĐẢNG CỘNG SẢN VIỆT NAM bold 15 pt with a line under it as long as the title', () => {
    const title = byText('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(title.runs[0]!).toMatchObject({ bold: true, size: 30 });
    expect(attr(child(pPr(title, 'w:pBdr'), 'w:bottom'), 'w:val')).toBe('single');
    // 5103-tw cell minus 4133 tw of text, split evenly.
    expect([attr(pPr(title, 'w:ind'), 'w:left'), attr(pPr(title, 'w:ind'), 'w:right')]).toEqual(['485', '485']);
  });

  it('writes the unassigned number "Số      -BC/HU" without colon and the italic date line', () => {
    const number = paragraphs.find((p) => p.text.startsWith('Số'))!;
    expect(number.text).toBe('Số      -BC/HU');
    expect(number.text).not.toContain(':');
    const date = byText('Tam Đường, ngày 15 tháng 6 năm 2023');
    expect(date.runs[0]!).toMatchObject({ italic: true, size: 28 });
  });
});

describe('title, headings and body (SPEC §4, §5)', () => {
  it('writes BÁO CÁO 16 pt bold, the trích yếu 14 pt bold and "-----" centred', () => {
    const docType = byText('BÁO CÁO');
    expect(docType.runs[0]!).toMatchObject({ bold: true, size: 32 });
    const subject = startingWith('sơ kết 5 năm triển khai');
    expect(subject.runs[0]!).toMatchObject({ bold: true, size: 28 });
    expect(attr(pPr(subject, 'w:jc'), 'w:val')).toBe('center');
    expect(attr(pPr(byText('-----'), 'w:jc'), 'w:val')).toBe('center');
  });

  it('numbers headings I./1./2.1. from their depth, styled per level and kept with the next paragraph', () => {
    const headings = paragraphs.filter((p) => p.tableDepth === 0 && pPr(p, 'w:outlineLvl'));
    expect(headings.map((p) => p.text.split(' ')[0])).toEqual(['I.', 'II.', '1.', '2.', '2.1.', '2.2.', '3.', 'III.']);
    expect(headings.every((p) => pPr(p, 'w:keepNext'))).toBe(true);
    expect(byText('I. ĐẶC ĐIỂM TÌNH HÌNH').runs[0]!).toMatchObject({ bold: true, italic: false });
    expect(startingWith('2.1. Nâng cao nhận thức').runs[0]!).toMatchObject({ bold: true, italic: true });
    expect(startingWith('1. Công tác lãnh đạo').runs[0]!).toMatchObject({ bold: true, italic: false });
  });

  it("writes chapter III's tasks as numbered body paragraphs 1.–5. in normal weight", () => {
    const items = paragraphs.filter(
      (p) =>
        /^[1-5]\. (Tiếp tục|Nâng cao nhận thức và|Tiếp tục thực hiện|Quan tâm công tác|Chú trọng)/.test(p.text) &&
        !pPr(p, 'w:outlineLvl'),
    );
    expect(items.map((p) => p.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(items.flatMap(textRuns).every((r) => !r.bold)).toBe(true);
  });

  it('numbers both footnotes in reading order, 12 pt, footnote 2 with its bold lead-in and two paragraphs', () => {
    expect(footnoteReferenceOrder(parts)).toEqual(['1', '2']);
    const notes = footnotes(parts);
    expect([...notes.keys()]).toEqual(['1', '2']);
    expect(notes.get('1')!.map((p) => p.text.trim())).toEqual([
      'Ban hành Công văn số 472-CV/HU, ngày 20/6/2018 của Huyện ủy Tam Đường về thực hiện Kết luận 23-KL/TW ngày 22/11/2017 của Ban Bí thư.',
    ]);
    const second = notes.get('2')!;
    expect(second).toHaveLength(2);
    expect(textRuns(second[0]!)[0]!).toMatchObject({ text: 'Truyền hình:', bold: true });
    expect(second[1]!.text).toMatch(/^Truyền thanh: /);
    expect(
      [...notes.values()]
        .flat()
        .flatMap(textRuns)
        .every((r) => r.size === 24),
    ).toBe(true);
  });
});

describe('closing block and page numbers (SPEC §8, §9)', () => {
  it('lists recipients under an underlined "Nơi nhận:" with "- …," and a final "."', () => {
    const left = paragraphsIn(childElements(childElements(closingTable, 'w:tr')[0]!, 'w:tc')[0]!);
    expect(left[0]!.text).toBe('Nơi nhận:');
    expect(left[0]!.runs[0]!).toMatchObject({ underline: true, bold: false, size: 28 });
    expect(left.slice(1).map((p) => p.text)).toEqual([
      '- Thường trực Tỉnh ủy,',
      '- Ban Tuyên giáo Tỉnh ủy,',
      '- TT Huyện ủy, HĐND; lãnh đạo UBND huyện,',
      '- Ban Tuyên giáo Huyện ủy,',
      '- Các chi, đảng bộ cơ sở,',
      '- Lưu.',
    ]);
    expect(left.slice(1).every((p) => p.runs[0]!.size === 24)).toBe(true);
  });

  it('signs in bold, leaves room for the seal, and keeps the block on one page', () => {
    const right = paragraphsIn(childElements(childElements(closingTable, 'w:tr')[0]!, 'w:tc')[1]!);
    expect(right.map((p) => p.text)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', '', '', '', 'Cao Trang Trọng']);
    for (const p of [right[0]!, right[1]!, right[6]!]) expect(p.runs[0]!.bold).toBe(true);
    expect(descendants(closingTable, 'w:cantSplit')).toHaveLength(1);
    const lastBody = childElements(body, 'w:p').at(-1)!;
    expect(child(child(lastBody, 'w:pPr'), 'w:keepNext')).toBeDefined();
    expect(paragraphsIn({ name: 'w:body', attrs: {}, children: [lastBody] })[0]!.text).toMatch(/^5\. Chú trọng/);
  });

  it('puts a centred PAGE field in the default header and nothing in the first-page header', () => {
    const headers = sectionHeaders(parts);
    const first = headers.get('first')!;
    const numbered = headers.get('default')!;
    expect(allText(first)).toBe('');
    expect(fieldInstructions(first)).toEqual([]);
    expect(fieldInstructions(numbered)).toEqual(['PAGE']);
    expect(attr(child(child(descendants(numbered, 'w:p')[0]!, 'w:pPr'), 'w:jc'), 'w:val')).toBe('center');
  });
});
