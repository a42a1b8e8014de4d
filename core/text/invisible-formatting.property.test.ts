/**
 * I-09: bidi controls and zero-width characters typed or pasted into titles, headings and body text
 * never reach an exported DOCX, a file name or a printed line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../model/report-schema';
import { renderDocx } from '../docx/render-docx';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { unzipDocx } from '../../test-support/docx-xml';
import { cleanText } from './clean-text';
import { displaySafe } from './display-safe';
import { safeFileName } from './safe-file-name';

const INVISIBLE = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u061C',
  '\uFEFF',
  '\u2060',
];
const FOUND = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** Vietnamese words with invisible characters sprinkled in anywhere. */
const tainted = fc
  .array(
    fc.oneof(
      fc.constantFrom('Báo', 'cáo', 'sơ kết', 'quý', 'năm 2025', '.docx', 'exe', ' ', 'Đảng ủy'),
      fc.constantFrom(...INVISIBLE),
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('invisible formatting characters', () => {
  it('cleanText drops every one of them and leaves Vietnamese as it was', () => {
    fc.assert(
      fc.property(tainted, (text) => {
        expect(cleanText(text)).not.toMatch(FOUND);
        expect(cleanText(text)).toBe(cleanText(text.replace(new RegExp(FOUND.source, 'g'), '')));
      }),
    );
    expect(cleanText('Báo cáo sơ kết Nghị quyết 09')).toBe('Báo cáo sơ kết Nghị quyết 09');
  });

  it('file names contain none of them', () => {
    fc.assert(
      fc.property(tainted, (stem) => {
        expect(safeFileName(stem, 'docx')).not.toMatch(FOUND);
      }),
    );
    expect(safeFileName('báo cáo\u202Excod.docx', 'docx')).toBe('báo cáoxcod.docx.docx');
  });

  it('displaySafe shows the RLO payload without controls, and terminal escapes as U+FFFD', () => {
    expect(displaySafe('báo cáo\u202Excod.docx')).toBe('báo cáoxcod.docx');
    expect(displaySafe('a\u001b[2Jb\nc')).toBe('a\uFFFD[2Jb\nc');
    fc.assert(
      fc.property(tainted, (text) => {
        expect(displaySafe(text)).not.toMatch(FOUND);
      }),
    );
  });

  it('no exported DOCX text contains them, whether the model came through parseReport or not', async () => {
    await fc.assert(
      fc.asyncProperty(tainted, tainted, tainted, async (title, heading, body) => {
        const report = minimalReport({ title, sections: [section(heading, [textParagraph(body)])] });
        const parsed = parseReport(JSON.parse(JSON.stringify(report)));
        for (const candidate of [report, parsed.ok ? parsed.value : report]) {
          const parts = unzipDocx(await renderDocx(candidate));
          for (const [name, xml] of parts) if (name.endsWith('.xml')) expect(xml, name).not.toMatch(FOUND);
        }
      }),
      { numRuns: 15 },
    );
  });
});
