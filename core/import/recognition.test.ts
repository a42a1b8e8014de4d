/**
 * Recognition rules on small hand-written Word documents (the shapes other programs produce): heading or
 * numbered item, Word bullet lists whose symbol is "-" or "+", the State header, tracked changes, text boxes
 * and fields.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates/templates';
import { W, documentXml, minimalDocx, para } from '../../test-support/hostile-docx';
import { HEADING_MAX_LENGTH } from './body-structure';
import { importDocx } from './import-docx';

const templates = builtInTemplates();
const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';
const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>` +
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';

const listPara = (text: string, numId: number, ilvl: number, bold = false) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r></w:p>`;

function read(body: string, extra: Record<string, string> = {}) {
  const result = importDocx(minimalDocx(documentXml(body), extra), { templates, fileName: 'thu.docx' });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('heading or numbered item', () => {
  it('a short all-bold "1." line is a section; a plain or over-long one is a numbered item of the body', () => {
    const long = `${'rất dài '.repeat(HEADING_MAX_LENGTH / 8)}kết thúc`;
    const r = read(
      para('I. KẾT QUẢ', true) +
        para('1. Công tác tuyên truyền', true) +
        para('1. Tiếp tục đẩy mạnh công tác tuyên truyền.') +
        para(`2. ${long}`, true),
    ).report;
    const section = r.sections[0]?.children[0];
    expect(section?.heading).toBe('Công tác tuyên truyền');
    expect(section?.blocks.map((b) => b.type)).toEqual(['numbered', 'numbered']);
    expect(section?.blocks[0]).toEqual({
      type: 'numbered',
      content: [{ type: 'text', text: 'Tiếp tục đẩy mạnh công tác tuyên truyền.' }],
    });
  });

  it('reads "I-", "I -" and "II." chapter markers and keeps "2.731 đồng chí" as text', () => {
    const r = read(
      para('I- MỘT', true) + para('Có 2.731 đồng chí.') + para('II - HAI', true) + para('III.BA', true),
    ).report;
    expect(r.sections.map((s) => s.heading)).toEqual(['MỘT', 'HAI', 'BA']);
    expect(r.sections[0]?.blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Có 2.731 đồng chí.' }] },
    ]);
  });

  it('a Word bullet list with "-" and "+" becomes dash items, an upper-roman list a chapter', () => {
    const r = read(
      listPara('KẾT QUẢ', 2, 0, true) + listPara('Kết nạp 42 đảng viên', 1, 0) + listPara('trong đó 31 nữ', 1, 1),
      { 'word/_rels/document.xml.rels': DOC_RELS, 'word/numbering.xml': NUMBERING },
    ).report;
    expect(r.sections[0]?.heading).toBe('KẾT QUẢ');
    expect(r.sections[0]?.blocks).toEqual([
      { type: 'dash', content: [{ type: 'text', text: 'Kết nạp 42 đảng viên' }] },
      { type: 'dash', level: 2, content: [{ type: 'text', text: 'trong đó 31 nữ' }] },
    ]);
  });
});

describe('header and carried-over content', () => {
  it('reads a State header written as paragraphs: motto, "Số: 12/BC-UBND", place and date', () => {
    const body =
      para('ỦY BAN NHÂN DÂN', true) +
      para('XÃ NẬM TĂM', true) +
      para('Số: 12/BC-UBND') +
      para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true) +
      para('Độc lập - Tự do - Hạnh phúc', true) +
      para('Nậm Tăm, ngày 09 tháng 01 năm 2026') +
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>BÁO CÁO</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>tình hình tháng 12</w:t></w:r></w:p>' +
      para('I. KẾT QUẢ', true) +
      para('Nội dung.');
    const { report, summary } = read(body);
    expect(report.ruleSet).toBe('nd30-2020');
    expect(report.header).toEqual({
      parentOrg: '',
      issuer: 'ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM',
      number: '12',
      docTypeCode: 'BC',
      issuerCode: 'UBND',
      place: 'Nậm Tăm',
      date: '2026-01-09',
    });
    expect(report.title).toBe('tình hình tháng 12');
    expect(summary.ruleSetRecognised).toBe(true);
  });

  it('takes tracked changes as accepted, keeps a text box’s text and a field’s result, and says so', () => {
    const body =
      para('I. KẾT QUẢ', true) +
      `<w:p><w:r><w:t xml:space="preserve">Đạt </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>95%</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>90%</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> kế hoạch</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Xem khung:</w:t></w:r><w:r><w:drawing><wp:anchor xmlns:wp="x"><w:txbxContent><w:p><w:r><w:t>Số liệu sơ bộ</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></w:r></w:p>`;
    const { report, notes } = read(body);
    const texts = report.sections[0]?.blocks.map((b) =>
      b.type === 'table' ? '' : b.content.map((i) => (i.type === 'text' ? i.text : '')).join(''),
    );
    expect(texts).toEqual(['Đạt 95% kế hoạch', 'Trang 3', 'Xem khung: Số liệu sơ bộ']);
    expect(
      notes
        .map((n) => n.kind)
        .filter((k) => k !== 'structure')
        .sort(),
    ).toEqual(['field', 'text-box', 'tracked-change']);
  });

  it('a document with no recognisable header still opens: everything in the body, with a note', () => {
    const { report, notes, templateId } = read(para('Một đoạn văn.') + para('Đoạn thứ hai.'));
    expect(report.opening).toHaveLength(2);
    expect(templateId).toBe('tu-do');
    expect(notes.some((n) => n.kind === 'structure')).toBe(true);
  });
});
