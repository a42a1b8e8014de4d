/**
 * Document structure as real reports use it, read back from the exported .docx: heading markers and formats
 * from the printed level, fields printed on several lines, and appendices on landscape pages or with their own
 * page numbering.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { getRuleSet } from '../rules/rule-sets';
import type { Appendix, Report } from '../model/report-schema';
import {
  child,
  childElements,
  descendants,
  documentBody,
  fieldInstructions,
  paragraphsIn,
  parseXml,
  requirePart,
  unzipDocx,
  type DocxParts,
  type XmlElement,
} from '../../test-support/docx-xml';
import { minimalReport, textParagraph } from '../../test-support/report-builder';
import { loadRealisticReport } from '../../test-support/realistic-reports';

const ND30 = getRuleSet('nd30-2020');

async function exportParts(report: Report): Promise<DocxParts> {
  return unzipDocx(await renderDocx(report));
}

const pPr = (p: { props: XmlElement | undefined }, name: string) => child(p.props, name);

describe('heading levels (the UBND xã six-month report, NĐ 30)', async () => {
  const report = await loadRealisticReport('ubndXa');
  const parts = await exportParts(report);
  const paragraphs = paragraphsIn(documentBody(parts));
  const headings = paragraphs.filter((p) => p.tableDepth === 0 && pPr(p, 'w:outlineLvl'));

  it('prints a) b) c) directly under 1. and 2., and 1.1. under a level-2 heading', () => {
    expect(headings.map((p) => p.text.split(' ')[0])).toEqual([
      'I.',
      '1.',
      'a)',
      'b)',
      'c)',
      '2.',
      'a)',
      'b)',
      'c)',
      '3.',
      'II.',
      '1.',
      '1.1.',
      '1.2.',
      '2.',
    ]);
    expect(headings[2]!.text).toBe('a) Sản xuất nông, lâm nghiệp');
  });

  it('formats each heading by its printed level: a) in the level-4 style, with outline level 4', () => {
    const [a] = headings.filter((p) => p.text.startsWith('a) Sản xuất'));
    const level4 = ND30.headings.level4;
    expect(a!.runs.every((r) => r.italic === level4.italic && r.bold === level4.bold)).toBe(true);
    expect(pPr(a!, 'w:outlineLvl')?.attrs['w:val']).toBe('3');
    const oneOne = headings.find((p) => p.text.startsWith('1.1.'))!;
    expect(
      oneOne.runs.every((r) => r.italic === ND30.headings.level3.italic && r.bold === ND30.headings.level3.bold),
    ).toBe(true);
  });
});

describe('fields printed on several lines', () => {
  it('breaks the issuer, trích yếu and signer title where the user did, upper-cased line by line', async () => {
    const report = await loadRealisticReport('ubndXa');
    const parts = await exportParts(report);
    const all = paragraphsIn(documentBody(parts));
    const issuer = all.find((p) => p.text.startsWith('ỦY BAN NHÂN DÂN'))!;
    expect(issuer.text).toBe('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM');
    expect(descendants(issuer.element, 'w:br')).toHaveLength(1);
    const title = all.find((p) => p.text.startsWith('Kết quả thực hiện nhiệm vụ'))!;
    expect(title.text).toBe(
      'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm;\nphương hướng, nhiệm vụ 6 tháng cuối năm 2025',
    );
    const signer = all.find((p) => p.text.startsWith('KT. CHỦ TỊCH'))!;
    expect(signer.text).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(descendants(signer.element, 'w:br')).toHaveLength(1);
    // Metadata fields hold one line.
    expect(requirePart(parts, 'docProps/core.xml')).toContain('<dc:creator>ỦY BAN NHÂN DÂN XÃ NẬM TĂM</dc:creator>');
  });

  it('breaks the parent body, the authority and an appendix title too, upper-casing each line', async () => {
    const report = minimalReport({
      header: { ...minimalReport().header, parentOrg: 'Đảng bộ tỉnh\nLai Châu' },
      signature: { authority: 'T/M ban thường vụ\nhuyện ủy', title: 'bí thư', name: 'Nguyễn Văn A' },
      appendices: [{ id: 'pl', title: 'Biểu tổng hợp\nkết quả', blocks: [] }],
    });
    const all = paragraphsIn(documentBody(await exportParts(report)));
    for (const text of ['ĐẢNG BỘ TỈNH\nLAI CHÂU', 'T/M BAN THƯỜNG VỤ\nHUYỆN ỦY', 'BIỂU TỔNG HỢP\nKẾT QUẢ']) {
      const p = all.find((x) => x.text === text);
      expect(p, text).toBeDefined();
      expect(descendants(p!.element, 'w:br')).toHaveLength(1);
    }
  });

  it('writes a break typed in a body paragraph or a footnote as one w:br run', async () => {
    const report = minimalReport({
      opening: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Dòng một' },
            { type: 'break' },
            { type: 'text', text: 'dòng hai' },
            {
              type: 'footnote',
              paragraphs: [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'b' }],
                },
              ],
            },
          ],
        },
      ],
    });
    const parts = await exportParts(report);
    const p = paragraphsIn(documentBody(parts)).find((x) => x.text.startsWith('Dòng một'))!;
    expect(p.text).toBe('Dòng một\ndòng hai');
    expect(requirePart(parts, 'word/document.xml')).toContain('Dòng một</w:t></w:r><w:r><w:br/></w:r><w:r>');
    expect(requirePart(parts, 'word/footnotes.xml')).toContain('>a</w:t></w:r><w:r><w:br/></w:r><w:r>');
    // Word would otherwise stretch "Dòng một" across the width of the justified paragraph.
    expect(
      child(child(parseXml(requirePart(parts, 'word/settings.xml')), 'w:compat'), 'w:doNotExpandShiftReturn'),
    ).toBeDefined();
  });
});

/** Section properties in document order: those inside paragraphs (ending a section), then the body's last. */
function sections(parts: DocxParts): XmlElement[] {
  const body = documentBody(parts);
  return [
    ...childElements(body, 'w:p').flatMap((p) => childElements(child(p, 'w:pPr') ?? p, 'w:sectPr')),
    child(body, 'w:sectPr')!,
  ];
}

function headerOf(parts: DocxParts, sectPr: XmlElement, type: string): XmlElement | undefined {
  const rels = parseXml(requirePart(parts, 'word/_rels/document.xml.rels'));
  const ref = childElements(sectPr, 'w:headerReference').find((r) => r.attrs['w:type'] === type);
  const target = childElements(rels, 'Relationship').find((r) => r.attrs.Id === ref?.attrs['r:id'])?.attrs.Target;
  return target ? parseXml(requirePart(parts, `word/${target}`)) : undefined;
}

describe('appendices with their own page', () => {
  const appendix = (id: string, extra: Partial<Appendix> = {}): Appendix => ({
    id,
    title: `Phụ lục ${id}`,
    blocks: [textParagraph(`Nội dung ${id}`)],
    ...extra,
  });

  it('turns a landscape appendix sideways in a section of its own and returns the next one to portrait', async () => {
    const report = await loadRealisticReport('dangUyXa');
    const parts = await exportParts(report);
    const [main, landscape, after, ...rest] = sections(parts);
    expect(rest).toEqual([]);
    const size = (s: XmlElement) => child(s, 'w:pgSz')!.attrs;
    expect(size(main!)).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(size(main!)['w:orient'] ?? 'portrait').toBe('portrait');
    expect(size(landscape!)).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(size(after!)).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(size(after!)['w:orient'] ?? 'portrait').toBe('portrait');
    // The margins stay the rule-set's on every page, each on its own side.
    for (const s of [main!, landscape!, after!])
      expect(child(s, 'w:pgMar')!.attrs).toMatchObject({
        'w:top': '1134',
        'w:bottom': '1134',
        'w:left': '1701',
        'w:right': '850',
      });
    // Numbers continue: no restart, the numbered header on every page of the appendix sections.
    for (const s of [landscape!, after!]) {
      expect(child(s, 'w:pgNumType')?.attrs['w:start']).toBeUndefined();
      expect(child(s, 'w:titlePg')).toBeUndefined();
      expect(fieldInstructions(headerOf(parts, s, 'default')!).join(' ')).toContain('PAGE');
    }
    // Each section ends in an empty 1-pt paragraph, so a full last page never spills onto a blank one.
    const ends = childElements(documentBody(parts), 'w:p').filter((p) => child(child(p, 'w:pPr'), 'w:sectPr'));
    expect(ends).toHaveLength(2);
    for (const p of ends) {
      expect(childElements(p, 'w:r')).toEqual([]);
      expect(child(child(p, 'w:pPr'), 'w:spacing')?.attrs).toMatchObject({ 'w:line': '20', 'w:lineRule': 'exact' });
    }
    // The section break starts the landscape appendix's page; the next one's label needs no page break of its own.
    const labels = paragraphsIn(documentBody(parts)).filter((p) => /^Phụ lục \d$/.test(p.text));
    expect(labels.map((p) => child(p.props, 'w:pageBreakBefore') !== undefined)).toEqual([false, false]);
    expect(
      paragraphsIn(documentBody(parts)).some((p) =>
        p.text.startsWith('(Kèm theo Báo cáo số      -BC/ĐU, ngày     tháng 12 năm 2025'),
      ),
    ).toBe(true);
  });

  it('restarts the numbering at 1 for "restart", prints none for "none", and keeps portrait continuing appendices in the report\'s section', async () => {
    const report = minimalReport({
      appendices: [
        appendix('1'),
        appendix('2', { pageNumbers: 'restart' }),
        appendix('3', { pageNumbers: 'none' }),
        appendix('4'),
        appendix('5'),
      ],
    });
    const parts = await exportParts(report);
    const [main, restart, none, back, ...rest] = sections(parts);
    expect(rest).toEqual([]);
    expect(child(main!, 'w:pgNumType')?.attrs['w:start']).toBeUndefined();
    expect(child(restart!, 'w:pgNumType')?.attrs['w:start']).toBe('1');
    // A restarted appendix is numbered like the report: its page 1 carries no number (hd36 hides page 1's).
    expect(child(restart!, 'w:titlePg')).toBeDefined();
    expect(fieldInstructions(headerOf(parts, restart!, 'first')!)).toEqual([]);
    expect(fieldInstructions(headerOf(parts, restart!, 'default')!).join(' ')).toContain('PAGE');
    expect(childElements(none!, 'w:headerReference').map((r) => r.attrs['w:type'])).toEqual(['default']);
    expect(fieldInstructions(headerOf(parts, none!, 'default')!)).toEqual([]);
    expect(child(none!, 'w:pgNumType')?.attrs['w:start']).toBeUndefined();
    expect(fieldInstructions(headerOf(parts, back!, 'default')!).join(' ')).toContain('PAGE');
    // Appendix 1 follows the closing block and 5 follows 4 within a section: each starts its page with a page break.
    const labels = paragraphsIn(documentBody(parts)).filter((p) => /^Phụ lục \d$/.test(p.text));
    expect(labels.map((p) => child(p.props, 'w:pageBreakBefore') !== undefined)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('uses the "(Kèm theo …)" line the office wrote, else the generated one', async () => {
    const report = minimalReport({
      appendices: [appendix('1', { attachedLine: '(Kèm theo Báo cáo số 45-BC/HU của Huyện ủy)' }), appendix('2')],
    });
    const texts = paragraphsIn(documentBody(await exportParts(report))).map((p) => p.text);
    expect(texts).toContain('(Kèm theo Báo cáo số 45-BC/HU của Huyện ủy)');
    expect(
      texts.filter((t) => /^\(Kèm theo Báo cáo số\s+-BC\/HU, ngày 15\/6\/2023 của Huyện ủy Tam Đường\)$/.test(t)),
    ).toHaveLength(1);
  });
});
