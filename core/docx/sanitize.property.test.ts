/**
 * Whatever text the clerk types or pastes (control characters, lone surrogates, U+FFFE, markup-looking text),
 * the exported parts stay well-formed XML and the text comes back as typed, minus what XML cannot carry
 * (I-05, I-06). Reports here are built in code, so the writer's own cleaning is what is tested.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import type { Report } from '../model/report-schema';
import { cleanLine, cleanText } from '../text/clean-text';
import {
  documentBody,
  footnotes,
  paragraphsIn,
  requirePart,
  unzipDocx,
  xmlWellFormed,
  type DocxParts,
} from '../../test-support/docx-xml';
import { minimalReport, section } from '../../test-support/report-builder';

const HOSTILE = [
  '</w:t></w:r><w:r><w:t>x',
  ']]>',
  '&amp;',
  '<script>alert(1)</script>',
  '{image1.png}',
  '\u0000\u0001\u0008\u000B\u000C\u001F',
  '\uD800',
  '\uDFFF',
  '\uFFFE\uFFFF',
  'Tie\u0302\u0301ng Vie\u0323\u0302t', // NFD
  '\t',
  '\r\n',
  '\f',
  '  ',
  '"\'<>&',
];

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
const hostileText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

function reportWith(heading: string, paragraph: string, note: string): Report {
  return minimalReport({
    sections: [
      section(heading, [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: paragraph },
            { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: note }] }] },
          ],
        },
      ]),
    ],
  });
}

/** What the writer promises to keep: cleaned text, with CR/CRLF line breaks written as line breaks. */
const expectedText = (s: string) => cleanText(s).replace(/\r\n?/g, '\n');

function bodyParagraphs(parts: DocxParts) {
  return paragraphsIn(documentBody(parts)).filter((p) => p.tableDepth === 0);
}

describe('hostile text in paragraphs, headings and footnotes', () => {
  it('always yields well-formed XML whose text round-trips (sanitised)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (heading, paragraph, note) => {
        const parts = unzipDocx(await renderDocx(reportWith(heading, paragraph, note)));
        expect(xmlWellFormed(requirePart(parts, 'word/document.xml'))).toBe(true);
        expect(xmlWellFormed(requirePart(parts, 'word/footnotes.xml'))).toBe(true);

        const [title, , , headingP, bodyP] = bodyParagraphs(parts);
        expect(title!.text).toBe('BÁO CÁO');
        const headingText = cleanLine(heading).trim();
        expect(headingP!.text).toBe(cleanText((headingText ? `I. ${headingText}` : 'I.').toLocaleUpperCase('vi')));
        expect(bodyP!.text).toBe(expectedText(paragraph));
        const [noteParagraph] = footnotes(parts).get('1')!;
        // The writer puts one space between the footnote number and its text.
        expect(noteParagraph!.text).toBe(` ${expectedText(note)}`);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps markup-looking text literal, in a single run', async () => {
    for (const payload of HOSTILE.slice(0, 5)) {
      const parts = unzipDocx(await renderDocx(reportWith('Mục', payload, payload)));
      const p = bodyParagraphs(parts)[4]!;
      expect(p.text).toBe(payload);
      expect(p.runs.filter((r) => r.text !== '' && r.footnoteId === undefined)).toHaveLength(1);
    }
  });

  it('writes NFD input as NFC', async () => {
    const parts = unzipDocx(await renderDocx(reportWith('Mục', 'Tie\u0302\u0301ng Vie\u0323\u0302t', 'x')));
    expect(bodyParagraphs(parts)[4]!.text).toBe('Tiếng Việt');
  });
});
