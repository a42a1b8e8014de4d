import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, cleanText, trimBlankLines } from './clean-text';

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('text entering the model', () => {
  it('is NFC: combining-mark Vietnamese becomes precomposed', () => {
    const nfd = 'Huyện ủy Tam Đường'.normalize('NFD');
    expect(nfd.length).toBe(24);
    expect(cleanText(nfd)).toBe('Huyện ủy Tam Đường');
    expect(cleanText(nfd).length).toBe(18);
  });
  it('keeps the two tone-mark styles apart (NFC does not unify ủy and uỷ)', () => {
    expect(cleanText('uỷ')).not.toBe(cleanText('ủy'));
  });
  it('drops characters XML 1.0 forbids, keeps tabs and newlines', () => {
    expect(cleanText('a\u0000b\u000Bc\fd\uFFFEe\uD800f\tg\nh')).toBe('abcdef\tg\nh');
    expect(cleanText('😀')).toBe('😀');
  });
  it('composes a letter with its accent when a forbidden character sat between them', () => {
    expect(cleanText('Vie\u0000\u0302\u0323t')).toBe('Việt');
    expect(cleanText('Vie\u0000\u0302\u0323t')).toBe(cleanText('Vie\u0000\u0302\u0323t').normalize('NFC'));
  });
  it('folds line breaks in single-line fields', () => {
    expect(cleanLine('T/M BAN\nTHƯỜNG VỤ')).toBe('T/M BAN THƯỜNG VỤ');
  });
  it('always yields valid XML characters and is idempotent, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = cleanText(s);
        return XML_CHAR.test(once) && cleanText(once) === once;
      }),
      { numRuns: 2000 },
    );
  });
  it('runs in linear time on 5 MB inputs', () => {
    const started = performance.now();
    cleanText('.'.repeat(5_000_000) + '\u0000');
    cleanText('\uD800'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('multi-line fields', () => {
  it('drop blank lines before the first line and after the last, and keep the lines between as typed', () => {
    expect(trimBlankLines('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM\n')).toBe('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM');
    expect(trimBlankLines(' \n\nKT. CHỦ TỊCH\n \nPHÓ CHỦ TỊCH\n  \n')).toBe('KT. CHỦ TỊCH\n \nPHÓ CHỦ TỊCH');
    expect(trimBlankLines('  HUYỆN ỦY  ')).toBe('  HUYỆN ỦY  ');
    expect(trimBlankLines('\n \n')).toBe('');
  });
});
