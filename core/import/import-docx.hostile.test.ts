/**
 * Files a user may pick by mistake or receive from someone hostile: each is refused with a Vietnamese sentence
 * or read within limits, without inflating more than the caps or expanding entities. Bounds on time and memory
 * are generous (the machine is shared); the caps themselves are what keeps them small.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates/templates';
import {
  CONTENT_TYPES,
  ROOT_RELS,
  W,
  deflateBomb,
  documentXml,
  minimalDocx,
  para,
  rawZip,
} from '../../test-support/hostile-docx';
import { PACKAGE_LIMITS } from './docx-package';
import { importDocx, type ImportResult } from './import-docx';

const templates = builtInTemplates();

function timed(bytes: Uint8Array, fileName = 'bao-cao.docx'): { result: ImportResult; ms: number; heapMb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = importDocx(bytes, { templates, fileName });
  const ms = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(
    `[hostile] ${fileName}: ${result.ok ? 'read' : 'refused'} in ${Math.round(ms)} ms, heap +${Math.round(heapMb)} MB${result.ok ? '' : ` — ${result.message.slice(0, 100)}`}`,
  );
  return { result, ms, heapMb };
}

function refused(r: ImportResult): string {
  if (r.ok) throw new Error('expected the file to be refused');
  // A sentence in Vietnamese that names the problem and what to do.
  expect(r.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  return r.message;
}

const SHARED_PARTS = [
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
];
const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  ['styles', 'numbering', 'footnotes', 'endnotes']
    .map(
      (t, i) =>
        `<Relationship Id="r${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${t}.xml"/>`,
    )
    .join('') +
  '</Relationships>';

function stored(name: string, text: string) {
  const data = strToU8(text);
  return { name, data, method: 0 as const, declaredSize: data.length };
}

describe('importDocx on hostile and wrong files', () => {
  it('stops a zip bomb (one entry inflating to 1 GiB, declared as 1 KB) at the entry cap', () => {
    const bomb = deflateBomb(Math.ceil(2 ** 30 / 258));
    const zip = rawZip([
      stored('[Content_Types].xml', CONTENT_TYPES),
      stored('_rels/.rels', ROOT_RELS),
      { name: 'word/document.xml', data: bomb, method: 8, declaredSize: 1024 },
    ]);
    const { result, ms, heapMb } = timed(zip, 'bom-nen.docx');
    expect(refused(result)).toContain('bom nén');
    expect(ms).toBeLessThan(30_000);
    expect(heapMb).toBeLessThan(PACKAGE_LIMITS.totalBytes / 1024 / 1024 + 200);
  });

  it('stops many entries sharing one compressed stream at the total cap', () => {
    // Each part inflates to 30 MB (under the entry cap); five of them pass the 80 MB total.
    const bomb = deflateBomb(Math.ceil((30 * 1024 * 1024) / 258));
    const zip = rawZip([
      stored('[Content_Types].xml', CONTENT_TYPES),
      stored('_rels/.rels', ROOT_RELS),
      stored('word/_rels/document.xml.rels', DOC_RELS),
      ...SHARED_PARTS.map((name, i) => ({
        name,
        data: bomb,
        method: 8 as const,
        declaredSize: 100,
        ...(i > 0 ? { shareWith: SHARED_PARTS[0] } : {}),
      })),
    ]);
    const { result, ms } = timed(zip, 'chung-luong.docx');
    expect(refused(result)).toContain('giải nén ra quá lớn');
    expect(ms).toBeLessThan(30_000);
  });

  it('refuses a zip with more entries than any report has', () => {
    const data = strToU8('x');
    const entries = Array.from({ length: PACKAGE_LIMITS.entries + 1 }, (_, i) => ({
      name: `word/media/a${i}.bin`,
      data,
      method: 0 as const,
      declaredSize: 1,
      ...(i > 0 ? { shareWith: 'word/media/a0.bin' } : {}),
    }));
    expect(refused(timed(rawZip(entries), 'nhieu-phan.docx').result)).toContain('phần bên trong');
  });

  it('refuses XML entity expansion (billion laughs) without expanding anything', () => {
    const lol = [
      '<!DOCTYPE lolz [',
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
    ].join('');
    const xml = `<?xml version="1.0"?>${lol}<w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const { result, ms, heapMb } = timed(minimalDocx(xml), 'billion-laughs.docx');
    expect(refused(result)).toContain('DOCTYPE');
    expect(ms).toBeLessThan(10_000);
    expect(heapMb).toBeLessThan(200);
  });

  it('reads 50,000 paragraphs spread over chapters, within limits', () => {
    const chapters = 25;
    const per = 2_000;
    const roman = (n: number) =>
      [
        'I',
        'II',
        'III',
        'IV',
        'V',
        'VI',
        'VII',
        'VIII',
        'IX',
        'X',
        'XI',
        'XII',
        'XIII',
        'XIV',
        'XV',
        'XVI',
        'XVII',
        'XVIII',
        'XIX',
        'XX',
        'XXI',
        'XXII',
        'XXIII',
        'XXIV',
        'XXV',
      ][n] ?? 'X';
    const body = Array.from(
      { length: chapters },
      (_, c) =>
        para(`${roman(c)}. CHƯƠNG ${c + 1}`, true) +
        Array.from({ length: per - 1 }, (_, i) => para(`Đoạn ${i} của chương ${c + 1}.`)).join(''),
    ).join('');
    const { result, ms } = timed(minimalDocx(documentXml(body)), '50000-doan.docx');
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.chapters).toBe(chapters);
    expect(result.report.sections[24]?.blocks).toHaveLength(per - 1);
    expect(ms).toBeLessThan(60_000);
  });

  it('refuses 50,000 paragraphs in one section with the limit it exceeds', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => para(`Đoạn ${i}.`)).join('');
    expect(refused(timed(minimalDocx(documentXml(body)), 'mot-muc-50000-doan.docx').result)).toContain(
      'vượt giới hạn của bản nháp',
    );
  });

  it('refuses more paragraphs than the reader takes, before building anything', () => {
    const body = '<w:p/>'.repeat(100_001);
    expect(refused(timed(minimalDocx(documentXml(body)), 'qua-dai.docx').result)).toContain('quá dài');
  });

  it('refuses a package without word/document.xml', () => {
    const zip = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(ROOT_RELS) });
    expect(refused(timed(zip, 'thieu-document.docx').result)).toContain('word/document.xml');
  });

  it('refuses a package whose [Content_Types].xml does not declare a Word document', () => {
    const types = CONTENT_TYPES.replace('wordprocessingml.document.main+xml', 'spreadsheetml.sheet.main+xml');
    const zip = zipSync({
      '[Content_Types].xml': strToU8(types),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/document.xml': strToU8(documentXml(para('x'))),
    });
    expect(refused(timed(zip, 'sai-kieu.docx').result)).toContain('[Content_Types].xml');
    const none = zipSync({ '_rels/.rels': strToU8(ROOT_RELS), 'word/document.xml': strToU8(documentXml(para('x'))) });
    expect(refused(timed(none, 'thieu-kieu.docx').result)).toContain('[Content_Types].xml');
  });

  it('refuses a file that is not a zip, and a damaged zip', () => {
    expect(refused(timed(strToU8('Báo cáo sơ kết\n'), 'bao-cao.txt').result)).toContain('không phải tệp Word');
    const good = minimalDocx(documentXml(para('x')));
    expect(refused(timed(good.subarray(0, good.length - 30), 'cut.docx').result)).toContain('bị hỏng');
    expect(refused(timed(new Uint8Array(0), 'rong.docx').result)).toContain('rỗng');
  });

  it('malformed XML in document.xml says the file is damaged', () => {
    expect(refused(timed(minimalDocx(`<w:document ${W}><w:body><w:p></w:body>`), 'xml-hong.docx').result)).toContain(
      'XML',
    );
  });

  it('tells a Word 97–2003 .doc how to save it as .docx', () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = refused(timed(doc, 'bao-cao-cu.doc').result);
    expect(message).toContain('.doc');
    expect(message).toContain('Tệp > Lưu thành > Word Document (.docx)');
  });

  it('tells an OpenDocument .odt how to save it as .docx', () => {
    // OpenDocument stores "mimetype" first and uncompressed.
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    const message = refused(timed(odt, 'bao-cao.odt').result);
    expect(message).toContain('OpenDocument');
    expect(message).toContain('LibreOffice');
  });
});
