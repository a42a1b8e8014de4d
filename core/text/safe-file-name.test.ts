import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FALLBACK_STEM, MAX_STEM_UNITS, safeFileName } from './safe-file-name';

const stemOf = (name: string) => name.slice(0, -'.docx'.length);
const WINDOWS_OK = /^[^<>:"/\\|?*\p{Cc}\p{Cf}\p{Cs}]+\.docx$/u;
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

// Vietnamese syllables in both normal forms, plus the characters that break file names.
const viSyllable = fc.constantFrom(
  'Báo',
  'cáo',
  'sơ',
  'kết',
  'Đảng',
  'ủy',
  'Huyện',
  'tháng',
  'năm',
  'thực',
  'hiện',
  'Nghị',
  'quyết',
);
const nasty = fc.constantFrom(
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
  '.',
  ' ',
  '\t',
  '\n',
  '\u202E',
  '\u200D',
  '\u00AD',
  '\uD800',
  'CON',
  'nul',
  'LPT1',
  '\u0301',
  '😀',
);
const titleLike = fc
  .array(fc.oneof(viSyllable, nasty, fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 60 })
  .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')))
  .chain((s) => fc.constantFrom(s, s.normalize('NFD')));
const anyText = fc.oneof(
  titleLike,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('safeFileName', () => {
  it.each([
    ['Báo cáo tháng 9/2025: "Xã A"', 'Báo cáo tháng 9-2025 Xã A.docx'],
    ['CON', 'CON_.docx'],
    ['con', 'con_.docx'],
    ['NUL.tar.gz', 'NUL_.tar.gz.docx'],
    ['COM¹', 'COM¹_.docx'],
    ['LPT0', 'LPT0_.docx'],
    ['CONSOLE', 'CONSOLE.docx'],
    ['a\u202Excod.exe', 'axcod.exe.docx'],
    ['...', `${FALLBACK_STEM}.docx`],
    ['   ', `${FALLBACK_STEM}.docx`],
    ['', `${FALLBACK_STEM}.docx`],
    ['báo cáo. ', 'báo cáo.docx'],
    ['.ẩn', 'ẩn.docx'],
    ['Dòng 1\nDòng\t2', 'Dòng 1 Dòng 2.docx'],
    ['Số 12/BC-HU', 'Số 12-BC-HU.docx'],
    ['a\\b|c', 'a-b-c.docx'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input, 'docx')).toBe(expected);
  });

  it('accepts the extension with or without its dot', () => {
    expect(safeFileName('bc', '.DOCX')).toBe('bc.docx');
    expect(safeFileName('bc', '')).toBe('bc');
  });

  it('stores Windows-keyboard (NFD) Vietnamese as NFC', () => {
    const nfd = 'Báo cáo Huyện ủy'.normalize('NFD');
    expect(safeFileName(nfd, 'docx')).toBe('Báo cáo Huyện ủy.docx'.normalize('NFC'));
  });

  it('caps a long title on a word boundary, with no "…"', () => {
    const title = `Báo cáo ${'tình hình phát triển kinh tế '.repeat(3)}sản xuất nông nghiệp huyện Tam Đường năm 2024`;
    expect(title.length).toBeGreaterThan(MAX_STEM_UNITS);
    const stem = stemOf(safeFileName(title, 'docx'));
    expect(stem.length).toBeLessThanOrEqual(MAX_STEM_UNITS);
    expect(stem).not.toContain('…');
    expect(title.startsWith(`${stem} `)).toBe(true);
  });

  it('caps a 10 000-character title without splitting an emoji or a letter and its mark', () => {
    const out = stemOf(safeFileName('😀'.repeat(5_000), 'docx'));
    expect(out.length).toBeLessThanOrEqual(MAX_STEM_UNITS);
    expect(out).toBe('😀'.repeat(MAX_STEM_UNITS / 2));
    const marks = stemOf(safeFileName(`a${'e\u0323\u0302'.repeat(100)}`, 'docx'));
    expect(marks).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(marks).toBe(marks.normalize('NFC'));
  });

  it('is fast on hostile 5 MB inputs (only the head of a huge paste is looked at)', () => {
    const inputs = [
      '.'.repeat(5e6) + 'x',
      ' '.repeat(5e6),
      `a${'. '.repeat(2.5e6)}b`,
      '\u202E'.repeat(5e6),
      'Báo cáo '.repeat(6e5),
    ];
    for (const input of inputs) {
      const start = performance.now();
      const out = safeFileName(input, 'docx');
      expect(performance.now() - start).toBeLessThan(200);
      expect(out).toMatch(WINDOWS_OK);
    }
    expect(safeFileName('Báo cáo '.repeat(6e5), 'docx')).toMatch(/^Báo cáo Báo/);
  });

  it('property: non-empty, Windows-valid, NFC, capped, not reserved', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const out = safeFileName(input, 'docx');
        const stem = stemOf(out);
        expect(out).toMatch(WINDOWS_OK);
        expect(out).toBe(out.normalize('NFC'));
        expect(stem.length).toBeGreaterThan(0);
        expect(stem.length).toBeLessThanOrEqual(MAX_STEM_UNITS);
        expect(stem).not.toMatch(/^[. ]|[. ]$/);
        expect(stem.split('.')[0]?.trimEnd()).not.toMatch(RESERVED);
      }),
      { numRuns: 2_000 },
    );
  });

  it('property: idempotent and blind to the normal form', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const out = safeFileName(input, 'docx');
        expect(safeFileName(stemOf(out), 'docx')).toBe(out);
        expect(safeFileName(input.normalize('NFD'), 'docx')).toBe(safeFileName(input.normalize('NFC'), 'docx'));
      }),
      { numRuns: 2_000 },
    );
  });
});
