import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLegacyEncoding, legacyEncodingOfFont } from './legacy-detect';
import { legacyToUnicode } from './legacy-decode';
import { encodeTcvn3Plain, encodeVni, tcvn3PlainEncodable } from '../../../test-support/legacy-encoder';
import { sampleParagraphs } from '../../../test-support/legacy-samples';
import { vietnameseSyllable } from '../../../test-support/vietnamese-syllables';
import { loadFixtureReport } from '../../../test-support/sample-report';
import { reportTextFields } from '../../check/report-text-fields';

const SAMPLE = sampleParagraphs();
let fixtureTexts: string[];

beforeAll(async () => {
  fixtureTexts = reportTextFields(await loadFixtureReport())
    .map((f) => f.text.normalize('NFC'))
    .filter((t) => t.trim() !== '');
});

/**
 * Texts long enough to judge. The detector needs two telling words, which a four-word line may lack: in plain
 * TCVN3 "T/M BAN TH¦êNG Vô" has one ("Vô" reads as Unicode "Vô" too) and is rightly left alone.
 */
const judgeable = (t: string) => t.split(/\s+/u).length >= 5;

describe('detecting legacy text and decoding it back (encode → detect → decode)', () => {
  it('finds TCVN3 in the whole sample report and decodes it to the original', () => {
    const paragraphs = SAMPLE.filter(tcvn3PlainEncodable);
    // Plain TCVN3 cannot write a mixed-case word with a capital VN3 lacks ("Ủy"); most paragraphs have none.
    expect(paragraphs.length).toBeGreaterThan(SAMPLE.length * 0.6);
    const text = paragraphs.join('\n');
    const encoded = encodeTcvn3Plain(text);
    const found = detectLegacyEncoding(encoded);
    expect(found.encoding).toBe('tcvn3');
    expect(found.confidence).toBeGreaterThan(0.95);
    expect(legacyToUnicode(encoded, 'tcvn3')).toBe(text);
  });

  it('finds TCVN3 in each paragraph of the sample on its own', () => {
    for (const p of SAMPLE.filter(tcvn3PlainEncodable).filter(judgeable)) {
      const encoded = encodeTcvn3Plain(p);
      expect({ p, encoding: detectLegacyEncoding(encoded).encoding }).toEqual({ p, encoding: 'tcvn3' });
      expect(legacyToUnicode(encoded, 'tcvn3')).toBe(p);
    }
  });

  it('finds VNI in the whole sample and in each paragraph, and decodes it to the original', () => {
    const text = SAMPLE.join('\n');
    expect(detectLegacyEncoding(encodeVni(text)).encoding).toBe('vni');
    expect(legacyToUnicode(encodeVni(text), 'vni')).toBe(text);
    for (const p of SAMPLE.filter(judgeable)) {
      expect({ p, encoding: detectLegacyEncoding(encodeVni(p)).encoding }).toEqual({ p, encoding: 'vni' });
      expect(legacyToUnicode(encodeVni(p), 'vni')).toBe(p);
    }
  });

  it('finds both encodings in the texts of the fixture report (headings, paragraphs, cells, footnotes, signature)', () => {
    for (const t of fixtureTexts.filter(judgeable)) {
      expect({ t, encoding: detectLegacyEncoding(encodeVni(t)).encoding }).toEqual({ t, encoding: 'vni' });
      expect(legacyToUnicode(encodeVni(t), 'vni')).toBe(t);
      if (!tcvn3PlainEncodable(t)) continue;
      expect({ t, encoding: detectLegacyEncoding(encodeTcvn3Plain(t)).encoding }).toEqual({ t, encoding: 'tcvn3' });
      expect(legacyToUnicode(encodeTcvn3Plain(t), 'tcvn3')).toBe(t);
    }
  });

  it('finds the short phrases clerks paste', () => {
    expect(detectLegacyEncoding('Uû ban nh©n d©n huyÖn')).toMatchObject({
      encoding: 'tcvn3',
      sample: 'Uû ban nh©n d©n huyÖn',
    });
    expect(detectLegacyEncoding('HuyÖn ñy Tam §­êng')).toMatchObject({ encoding: 'tcvn3' });
    expect(detectLegacyEncoding('Vieät Nam, Ñaûng boä')).toMatchObject({ encoding: 'vni' });
    // One telling word is not enough to judge by.
    expect(detectLegacyEncoding('Vieät Nam').encoding).toBeNull();
    expect(detectLegacyEncoding('ÑAÛNG BOÄ TÆNH LAI CHAÂU')).toMatchObject({ encoding: 'vni' });
  });

  it('property: random lower-case Vietnamese syllables in either encoding are found and decoded', () => {
    fc.assert(
      fc.property(fc.array(vietnameseSyllable(), { minLength: 8, maxLength: 30 }), (words) => {
        const text = words.join(' ').toLocaleLowerCase('vi');
        // Syllables without any tell-tale letter ("ba", "cá") carry no evidence, but eight or more random ones
        // always include some.
        const vni = encodeVni(text);
        const tcvn3 = encodeTcvn3Plain(text);
        expect(detectLegacyEncoding(vni).encoding).toBe('vni');
        expect(detectLegacyEncoding(tcvn3).encoding).toBe('tcvn3');
        expect(legacyToUnicode(vni, 'vni')).toBe(text);
        expect(legacyToUnicode(tcvn3, 'tcvn3')).toBe(text);
        expect(detectLegacyEncoding(text).encoding).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('never flags ordinary text', () => {
  it('leaves every paragraph of the Unicode sample and every text of the fixture report alone', () => {
    for (const t of [...SAMPLE, SAMPLE.join('\n'), ...fixtureTexts])
      expect({ t, encoding: detectLegacyEncoding(t).encoding }).toEqual({ t, encoding: null });
  });

  it.each([
    'The committee approved the 2023 budget of 1,284 million dong; 87.8% of targets were met.',
    '© 2023 Công ty TNHH Phần mềm ABC. Bảo lưu mọi quyền.',
    'Copyright © 2019–2024 Société Générale, Zoé Lefèvre et François Müller, Noël à Besançon.',
    'Hélène, Thérèse et Anaïs ont déjeuné au café « Le Procope » où l’on sert des crêpes flambées.',
    'José Gómez, Núñez y Señora Peña visitaron España; Straße, Köln, Zürich.',
    'Microsoft® Word™ 2016, Windows® 10, ½ tỷ đồng, 3¼ ha, nhiệt độ 25°C, µg/m³.',
    'Hoàng Văn Toàn hoà giải, xoá bỏ, Thuý Hoà, khoẻ mạnh, thoả thuận, Đoàn Thị Hoài.',
    'Có các tôi là bé cá, mà có bà cô ở đó.',
    'Le thé, la crème brûlée et le pâté: très bon marché à Orléans, près de l’église Saint-Étienne.',
    'Não há mais nada, disse João à mãe; a canção é bonita.',
    'Tôi là ai? Bà ấy có về nhà.',
    'KẾT QUẢ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT',
    '1.284 | 87,8% | +3,4 | -4 | 12,5% | 2.731 | 01/01/2024',
    'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXII, NHIỆM KỲ 2020 - 2025',
  ])('%s', (text) => {
    expect(detectLegacyEncoding(text).encoding).toBeNull();
  });

  it('property: random Unicode Vietnamese is never taken for a legacy encoding', () => {
    fc.assert(
      fc.property(fc.array(vietnameseSyllable(), { minLength: 1, maxLength: 40 }), (words) => {
        expect(detectLegacyEncoding(words.join(' ')).encoding).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('font names', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', uppercaseFont: false }],
    ['".VnTimeH", serif', { encoding: 'tcvn3', uppercaseFont: true }],
    ["'.VnArialH'", { encoding: 'tcvn3', uppercaseFont: true }],
    ['.VnCentury Schoolbook', { encoding: 'tcvn3', uppercaseFont: false }],
    ['VNI-Times', { encoding: 'vni', uppercaseFont: false }],
    ["'VNI-Helve', sans-serif", { encoding: 'vni', uppercaseFont: false }],
    ['Times New Roman', null],
    ['Arial, ".VnTime"', null],
    ['Vni', null],
  ] as const)('%s', (font, expected) => {
    expect(legacyEncodingOfFont(font)).toEqual(expected);
  });
});
