import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { legacyToUnicode } from './legacy-decode';
import { TCVN3_TO_UNICODE } from './tcvn3-table';
import { VNI_TO_UNICODE } from './vni-table';
import { encodeTcvn3Plain, encodeTcvn3Runs, encodeVni } from '../../../test-support/legacy-encoder';
import { vietnameseSyllable } from '../../../test-support/vietnamese-syllables';
import { sampleParagraphs, sharedFile } from '../../../test-support/legacy-samples';

describe('TCVN3 table', () => {
  const shared = JSON.parse(readFileSync(sharedFile('format/tcvn3_to_unicode.json'), 'utf8')) as {
    map: Record<string, string>;
  };

  it('holds exactly the mappings of the shared reference table', () => {
    expect(TCVN3_TO_UNICODE).toEqual(shared.map);
  });

  it.each(Object.entries(shared.map))('decodes %j as %j', (legacy, unicode) => {
    expect(legacyToUnicode(`x${legacy}x`, 'tcvn3', { uppercaseFont: false })).toBe(`x${unicode}x`.normalize('NFC'));
  });

  it('decodes a phrase as Word shows it and leaves ASCII, digits and punctuation alone', () => {
    expect(legacyToUnicode('Uû ban nh©n d©n huyÖn Tam §­êng, n¨m 2023: 100%.', 'tcvn3')).toBe(
      'Uỷ ban nhân dân huyện Tam Đường, năm 2023: 100%.',
    );
  });

  it('upper-cases text of an H font after mapping', () => {
    expect(legacyToUnicode('uû ban nh©n d©n huyÖn', 'tcvn3', { uppercaseFont: true })).toBe('UỶ BAN NHÂN DÂN HUYỆN');
  });

  it('infers capitals in plain text from all-capital ASCII letters around the lower-case codes', () => {
    expect(legacyToUnicode('II. KÕT QU¶ TRIÓN KHAI', 'tcvn3')).toBe('II. KẾT QUẢ TRIỂN KHAI');
    expect(legacyToUnicode('UBND HUYÖN TAM §¦êNG', 'tcvn3')).toBe('UBND HUYỆN TAM ĐƯỜNG');
    expect(legacyToUnicode('Uû ban nh©n d©n', 'tcvn3')).toBe('Uỷ ban nhân dân');
  });

  it('outputs NFC', () => {
    const out = legacyToUnicode('ViÖt Nam', 'tcvn3');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('VNI table', () => {
  // Written out independently of the scheme the table is built from (VNI-Windows as the keyboards publish it).
  const rows: [string, string][] = [
    ['aù', 'á'],
    ['aø', 'à'],
    ['aû', 'ả'],
    ['aõ', 'ã'],
    ['aï', 'ạ'],
    ['aâ', 'â'],
    ['aá', 'ấ'],
    ['aà', 'ầ'],
    ['aå', 'ẩ'],
    ['aã', 'ẫ'],
    ['aä', 'ậ'],
    ['aê', 'ă'],
    ['aé', 'ắ'],
    ['aè', 'ằ'],
    ['aú', 'ẳ'],
    ['aü', 'ẵ'],
    ['aë', 'ặ'],
    ['eâ', 'ê'],
    ['eá', 'ế'],
    ['eà', 'ề'],
    ['eå', 'ể'],
    ['eã', 'ễ'],
    ['eä', 'ệ'],
    ['oâ', 'ô'],
    ['oá', 'ố'],
    ['oà', 'ồ'],
    ['oå', 'ổ'],
    ['oã', 'ỗ'],
    ['oä', 'ộ'],
    ['ô', 'ơ'],
    ['ôù', 'ớ'],
    ['ôø', 'ờ'],
    ['ôû', 'ở'],
    ['ôõ', 'ỡ'],
    ['ôï', 'ợ'],
    ['ö', 'ư'],
    ['öù', 'ứ'],
    ['öø', 'ừ'],
    ['öû', 'ử'],
    ['öõ', 'ữ'],
    ['öï', 'ự'],
    ['uù', 'ú'],
    ['uø', 'ù'],
    ['uû', 'ủ'],
    ['uõ', 'ũ'],
    ['uï', 'ụ'],
    ['yù', 'ý'],
    ['yø', 'ỳ'],
    ['yû', 'ỷ'],
    ['yõ', 'ỹ'],
    ['î', 'ỵ'],
    ['í', 'í'],
    ['ì', 'ì'],
    ['æ', 'ỉ'],
    ['ó', 'ĩ'],
    ['ò', 'ị'],
    ['ñ', 'đ'],
    ['AÙ', 'Á'],
    ['AÂ', 'Â'],
    ['AÄ', 'Ậ'],
    ['AÊ', 'Ă'],
    ['AË', 'Ặ'],
    ['EÄ', 'Ệ'],
    ['OÀ', 'Ồ'],
    ['Ô', 'Ơ'],
    ['ÔÙ', 'Ớ'],
    ['Ö', 'Ư'],
    ['ÖÏ', 'Ự'],
    ['UÛ', 'Ủ'],
    ['YÕ', 'Ỹ'],
    ['Î', 'Ỵ'],
    ['Í', 'Í'],
    ['Æ', 'Ỉ'],
    ['Ó', 'Ĩ'],
    ['Ò', 'Ị'],
    ['Ñ', 'Đ'],
  ];

  it.each(rows)('decodes %j as %j', (vni, unicode) => {
    expect(VNI_TO_UNICODE.get(vni)).toBe(unicode);
    expect(legacyToUnicode(`x${vni}x`, 'vni')).toBe(`x${unicode}x`);
  });

  it('has one entry per Vietnamese vowel letter and tone, both cases, and đ/Đ', () => {
    // 12 vowel letters × 6 tones in both cases, less the six toneless ASCII vowels, plus đ and Đ.
    expect(new Set(VNI_TO_UNICODE.values()).size).toBe(12 * 6 * 2 - 6 * 2 + 2);
  });

  it('decodes words', () => {
    expect(legacyToUnicode('Vieät Nam, Ñaûng boä huyeän Tam Ñöôøng', 'vni')).toBe('Việt Nam, Đảng bộ huyện Tam Đường');
    expect(legacyToUnicode('ÑAÛNG BOÄ TÆNH LAI CHAÂU', 'vni')).toBe('ĐẢNG BỘ TỈNH LAI CHÂU');
  });
});

const SAMPLE_PARAGRAPHS = sampleParagraphs();

describe('round trips through text we encode ourselves', () => {
  it('TCVN3 in font runs: every paragraph of the sample report comes back exactly', () => {
    for (const p of SAMPLE_PARAGRAPHS) {
      const decoded = encodeTcvn3Runs(p)
        .map((r) => legacyToUnicode(r.text, 'tcvn3', { uppercaseFont: r.font === '.VnTimeH' }))
        .join('');
      expect(decoded).toBe(p);
    }
  });

  it('VNI as plain text: the whole sample report comes back exactly', () => {
    expect(legacyToUnicode(encodeVni(SAMPLE_PARAGRAPHS.join('\n')), 'vni')).toBe(SAMPLE_PARAGRAPHS.join('\n'));
  });

  it('keeps a small VNI letter small beside capitals (found by the property below, seed 787834444)', () => {
    expect(legacyToUnicode(encodeVni('Kư AI'), 'vni')).toBe('Kư AI');
  });

  it('random Vietnamese syllables survive both encodings', () => {
    fc.assert(
      fc.property(fc.array(vietnameseSyllable(), { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(legacyToUnicode(encodeVni(text), 'vni')).toBe(text);
        const runs = encodeTcvn3Runs(text);
        expect(
          runs.map((r) => legacyToUnicode(r.text, 'tcvn3', { uppercaseFont: r.font === '.VnTimeH' })).join(''),
        ).toBe(text);
        const lower = text.toLocaleLowerCase('vi');
        expect(legacyToUnicode(encodeTcvn3Plain(lower), 'tcvn3')).toBe(lower);
      }),
      { numRuns: 300 },
    );
  });
});
