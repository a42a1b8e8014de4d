/**
 * The writer driven by rule-set data alone: the NĐ 30 rule-set gives the state layout (SPEC §12), appendices
 * start on new pages (SPEC §7), and the ○ settings (mirror margins, chức vụ bold) change the XML when switched.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { appendixAttachedLine, appendixLabel } from './appendix-block';
import { getRuleSet, selectRuleSet } from '../rules/rule-sets';
import { ruleSetSchema, type RuleSet } from '../rules/rule-set-schema';
import { parseReport, type Report } from '../model/report-schema';
import {
  child,
  childElements,
  documentBody,
  paragraphsIn,
  parseXml,
  requirePart,
  unzipDocx,
} from '../../test-support/docx-xml';
import { minimalReport, textParagraph } from '../../test-support/report-builder';

const hd36 = getRuleSet('hd36-2018');
const nd30 = getRuleSet('nd30-2020');

async function docx(report: Report, ruleSet?: RuleSet) {
  const parts = unzipDocx(await renderDocx(report, ruleSet ? { ruleSet } : undefined));
  const body = documentBody(parts);
  return { parts, body, paragraphs: paragraphsIn(body) };
}

const stateReport = minimalReport({
  ruleSet: 'nd30-2020',
  header: {
    parentOrg: 'UBND TỈNH LAI CHÂU',
    issuer: 'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
    number: '12',
    docTypeCode: 'BC',
    issuerCode: 'UBND',
    place: 'Tam Đường',
    date: '2023-06-05',
  },
  opening: [textParagraph('Ủy ban nhân dân huyện báo cáo như sau')],
  recipients: ['Sở Nội vụ', 'Lưu: VT, VP'],
  signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Bình' },
});

describe('NĐ 30 rule-set (SPEC §12, state column)', () => {
  it('writes the two national heading lines 13 and 14 pt bold, the line under the motto only', async () => {
    const { paragraphs } = await docx(stateReport);
    const republic = paragraphs.find((p) => p.text === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    const motto = paragraphs.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(republic.runs[0]).toMatchObject({ bold: true, size: 26 });
    expect(child(republic.props, 'w:pBdr')).toBeUndefined();
    expect(motto.runs[0]).toMatchObject({ bold: true, size: 28 });
    expect(child(child(motto.props, 'w:pBdr'), 'w:bottom')?.attrs['w:val']).toBe('single');
  });

  it('writes chủ quản 13 caps, ban hành 13 bold, and a short line instead of "*"', async () => {
    const { body } = await docx(stateReport);
    const leftCell = childElements(childElements(childElements(body, 'w:tbl')[0]!, 'w:tr')[0]!, 'w:tc')[0]!;
    const left = paragraphsIn(leftCell);
    expect(left.map((p) => p.text)).toEqual(['UBND TỈNH LAI CHÂU', 'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG', '']);
    expect(left[0]!.runs[0]).toMatchObject({ bold: false, size: 26 });
    expect(left[1]!.runs[0]).toMatchObject({ bold: true, size: 26 });
    const rule = left[2]!;
    expect(child(child(rule.props, 'w:pBdr'), 'w:bottom')?.attrs['w:val']).toBe('single');
    // 40 % of the 68-mm column (3855 tw): indents of 30 % each side.
    expect(child(rule.props, 'w:ind')?.attrs['w:left']).toBe(String(Math.floor((3855 * 0.6) / 2)));
  });

  it('writes "Số: 12/BC-UBND" 13 pt and the date 14 pt italic with zero-padded day', async () => {
    const { paragraphs } = await docx(stateReport);
    expect(paragraphs.find((p) => p.text === 'Số: 12/BC-UBND')!.runs[0]).toMatchObject({ size: 26 });
    expect(paragraphs.find((p) => p.text === 'Tam Đường, ngày 05 tháng 6 năm 2023')!.runs[0]).toMatchObject({
      italic: true,
      size: 28,
    });
  });

  it('writes BÁO CÁO 14 bold, the trích yếu 14 bold with a line below and no "-----"', async () => {
    const { paragraphs } = await docx(stateReport);
    const body = paragraphs.filter((p) => p.tableDepth === 0);
    const i = body.findIndex((p) => p.text === 'BÁO CÁO');
    expect(body[i]!.runs[0]).toMatchObject({ bold: true, size: 28 });
    expect(body[i + 1]!.runs[0]).toMatchObject({ bold: true, size: 28, text: 'tình hình tháng 6' });
    expect(body[i + 2]!.text).toBe('');
    expect(child(child(body[i + 2]!.props, 'w:pBdr'), 'w:bottom')).toBeDefined();
    expect(paragraphs.some((p) => p.text === '-----')).toBe(false);
  });

  it('ends the body with "./.", labels "Nơi nhận:" 12 bold italic and lists recipients 11 pt "- …;" … "- Lưu: VT, VP."', async () => {
    const { paragraphs } = await docx(stateReport);
    expect(paragraphs.find((p) => p.text.startsWith('Ủy ban nhân dân huyện'))!.text).toBe(
      'Ủy ban nhân dân huyện báo cáo như sau./.',
    );
    const label = paragraphs.find((p) => p.text === 'Nơi nhận:')!;
    expect(label.runs[0]).toMatchObject({ bold: true, italic: true, underline: false, size: 24 });
    const lines = paragraphs.filter((p) => p.text.startsWith('- '));
    expect(lines.map((p) => p.text)).toEqual(['- Sở Nội vụ;', '- Lưu: VT, VP.']);
    expect(lines[0]!.runs[0]).toMatchObject({ size: 22 });
    expect(paragraphs.find((p) => p.text === 'TM. ỦY BAN NHÂN DÂN')!.runs[0]).toMatchObject({ bold: true, size: 28 });
  });
});

describe('appendices (SPEC §7)', () => {
  const withAppendices = (n: number) =>
    minimalReport({
      header: { ...minimalReport().header, number: '123' },
      appendices: Array.from({ length: n }, (_, i) => ({
        id: `pl${i}`,
        title: `Biểu số liệu ${i + 1}`,
        blocks: [textParagraph(`Nội dung ${i + 1}`)],
      })),
    });

  it('starts each on a new page: "Phụ lục 1", "Phụ lục 2", title in bold capitals, italic "(Kèm theo …)" line', async () => {
    const { paragraphs } = await docx(withAppendices(2));
    const labels = paragraphs.filter((p) => p.text.startsWith('Phụ lục'));
    expect(labels.map((p) => p.text)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    for (const label of labels) {
      expect(child(label.props, 'w:pageBreakBefore')).toBeDefined();
      expect(child(label.props, 'w:jc')?.attrs['w:val']).toBe('center');
      expect(label.runs[0]).toMatchObject({ bold: true });
    }
    const title = paragraphs.find((p) => p.text === 'BIỂU SỐ LIỆU 1')!;
    expect(title.runs[0]).toMatchObject({ bold: true });
    const attached = paragraphs.filter((p) => p.text.startsWith('(Kèm theo'));
    expect(attached.map((p) => p.text)).toEqual(
      Array(2).fill('(Kèm theo Báo cáo số 123-BC/HU, ngày 15/6/2023 của Huyện ủy Tam Đường)'),
    );
    expect(attached[0]!.runs[0]).toMatchObject({ italic: true });
    // Appendices come after the closing block.
    const body = paragraphs.map((p) => p.text);
    expect(body.indexOf('Nguyễn Văn A')).toBeLessThan(body.indexOf('Phụ lục 1'));
  });

  it('writes "Phụ lục" without a number when there is only one, and blanks for an undecided date', () => {
    expect([appendixLabel(0, 1), appendixLabel(0, 2), appendixLabel(1, 2)]).toEqual([
      'Phụ lục',
      'Phụ lục 1',
      'Phụ lục 2',
    ]);
    const undated = minimalReport({ header: { ...minimalReport().header, date: '', number: '05' } });
    expect(appendixAttachedLine(undated, hd36)).toBe(
      '(Kèm theo Báo cáo số 05-BC/HU, ngày …/…/… của Huyện ủy Tam Đường)',
    );
  });

  it('keeps drafts without appendices valid and accepts ones with them (schema version stays 1)', () => {
    const { appendices: _none, ...plain } = withAppendices(0);
    expect(parseReport(plain).ok).toBe(true);
    expect(parseReport(withAppendices(1)).ok).toBe(true);
  });
});

describe('○ settings of the rule-set', () => {
  it('writes w:mirrorMargins right after w:displayBackgroundShape only when duplex is on', async () => {
    const settingsOf = async (ruleSet: RuleSet) =>
      parseXml(requirePart((await docx(minimalReport(), ruleSet)).parts, 'word/settings.xml'));
    expect(child(await settingsOf(hd36), 'w:mirrorMargins')).toBeUndefined();
    const duplex = await settingsOf({ ...hd36, page: { ...hd36.page, mirrorMargins: true } });
    const names = childElements(duplex).map((e) => e.name);
    expect(names.indexOf('w:mirrorMargins')).toBe(names.indexOf('w:displayBackgroundShape') + 1);
  });

  it('writes chức vụ regular when the setting says not bold', async () => {
    const regular = { ...hd36, closing: { ...hd36.closing, titleStyle: { ...hd36.closing.titleStyle, bold: false } } };
    const { paragraphs } = await docx(minimalReport(), regular);
    expect(paragraphs.find((p) => p.text === 'BÍ THƯ')!.runs[0]).toMatchObject({ bold: false });
  });

  it('drops the "-----" when the separator is set to none', async () => {
    const none = { ...hd36, title: { ...hd36.title, separator: { kind: 'none' as const } } };
    expect((await docx(minimalReport(), none)).paragraphs.some((p) => p.text === '-----')).toBe(false);
    expect((await docx(minimalReport())).paragraphs.some((p) => p.text === '-----')).toBe(true);
  });
});

describe('choosing a rule-set', () => {
  const hd05 = ruleSetSchema.parse({ ...structuredClone(hd36), id: 'hd05-2026', validFrom: '2026-05-27' });

  it('picks by family and the document date', () => {
    expect(selectRuleSet({ family: 'party', documentDate: '2023-06-15' }).id).toBe('hd36-2018');
    expect(selectRuleSet({ family: 'state', documentDate: '2023-06-15' }).id).toBe('nd30-2020');
  });

  it('switches to a newer rule-set from its validFrom date, just by adding it to the list', () => {
    const list = [hd36, nd30, hd05];
    expect(selectRuleSet({ family: 'party', documentDate: '2026-05-26' }, list).id).toBe('hd36-2018');
    expect(selectRuleSet({ family: 'party', documentDate: '2026-05-27' }, list).id).toBe('hd05-2026');
    expect(selectRuleSet({ family: 'party', documentDate: '' }, list).id).toBe('hd05-2026');
    expect(selectRuleSet({ family: 'party', documentDate: '2010-01-01' }, list).id).toBe('hd36-2018');
  });
});
