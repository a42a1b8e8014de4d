/**
 * The exported sample report says exactly what the model report says: its text (body in reading order, each
 * footnote where its mark is) equals shared/samples/tam-duong-so-ket-kl23-2023.txt, ignoring only whitespace
 * (the sample shows line and page breaks), the `*` markdown markers, and the header-block lines and "-----"
 * separator the sample text lacks. Bold and italic spans of the sample are bold and italic in the .docx.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { getRuleSet } from '../rules/rule-sets';
import {
  childElements,
  documentBody,
  footnoteReferenceOrder,
  footnotes,
  paragraphsIn,
  superscriptNumber,
  unzipDocx,
  type DocxParts,
  type WordParagraph,
} from '../../test-support/docx-xml';
import { loadFixtureReport, SAMPLE_TEXT_PATH } from '../../test-support/sample-report';
import { firstDifference, similarityRatio, withoutWhitespace } from '../../test-support/text-similarity';

const SUPERSCRIPT_MARK = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*/u;
const fromSuperscript = (s: string) => Number([...s].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));
const comparable = (text: string) => withoutWhitespace(text).replace(/\*/g, '');

let sample: string;
let parts: DocxParts;
/** Displayed footnote number (reading order) for each footnote id. */
let numberOf: Map<string, number>;

beforeAll(async () => {
  sample = await readFile(SAMPLE_TEXT_PATH, 'utf8');
  parts = unzipDocx(await renderDocx(await loadFixtureReport()));
  numberOf = new Map(footnoteReferenceOrder(parts).map((id, i) => [id, i + 1]));
});

/**
 * Splits the sample into body text and footnote texts. A footnote starts at a paragraph beginning with its
 * superscript number and spans as many paragraphs as the exported footnote has (so a footnote with a paragraph
 * too many or too few makes the body comparison fail).
 */
function splitSample(paragraphCounts: Map<number, number>): { body: string; notes: Map<number, string> } {
  const paras = sample.split(/\n\s*\n/);
  const bodyParts: string[] = [];
  const notes = new Map<number, string>();
  for (let i = 0; i < paras.length; i++) {
    const mark = SUPERSCRIPT_MARK.exec(paras[i]!.trim());
    if (!mark) {
      bodyParts.push(paras[i]!);
      continue;
    }
    const n = fromSuperscript(mark[1]!);
    const count = paragraphCounts.get(n) ?? 1;
    notes.set(n, [paras[i]!.trim().slice(mark[0].length), ...paras.slice(i + 1, i + count)].join('\n'));
    i += count - 1;
  }
  return { body: bodyParts.join('\n'), notes };
}

function exportedBody(): string {
  const body = documentBody(parts);
  // The header block (first table) is not in the sample text; neither is the "-----" under the trích yếu.
  const withoutHeader = { ...body, children: body.children.filter((c) => c !== childElements(body, 'w:tbl')[0]) };
  const mark = getRuleSet('hd36-2018').title.separator;
  const separator = mark.kind === 'text' ? mark.text : '';
  return paragraphsIn(withoutHeader, { footnoteMark: (id) => superscriptNumber(numberOf.get(id) ?? 0) })
    .filter((p) => !(p.tableDepth === 0 && p.text === separator))
    .map((p) => p.text)
    .join('\n');
}

function exportedNotes(): Map<number, WordParagraph[]> {
  return new Map([...footnotes(parts)].map(([id, paras]) => [numberOf.get(id) ?? 0, paras]));
}

describe('text of the exported sample report', () => {
  it('equals the sample text in reading order (body)', () => {
    const notes = exportedNotes();
    const expected = comparable(splitSample(new Map([...notes].map(([n, p]) => [n, p.length]))).body);
    const actual = comparable(exportedBody());
    const ratio = similarityRatio(expected, actual);
    console.info(`body similarity ratio: ${ratio.toFixed(6)} (${actual.length} non-space characters)`);
    expect(firstDifference(expected, actual)).toBe('identical');
    expect(ratio).toBe(1);
  });

  it('has each footnote text exactly as the sample shows it at the page bottom', () => {
    const notes = exportedNotes();
    const expected = splitSample(new Map([...notes].map(([n, p]) => [n, p.length]))).notes;
    expect([...notes.keys()]).toEqual([...expected.keys()]);
    for (const [n, paras] of notes) {
      const actual = comparable(paras.map((p) => p.text).join('\n'));
      const ratio = similarityRatio(comparable(expected.get(n)!), actual);
      console.info(`footnote ${n} similarity ratio: ${ratio.toFixed(6)}`);
      expect(actual).toBe(comparable(expected.get(n)!));
    }
  });

  it('keeps the bold and italic spans of the sample bold and italic', () => {
    const all = [...paragraphsIn(documentBody(parts)), ...[...footnotes(parts).values()].flat()];
    /** Concatenated text of adjacent runs that carry the flag, per paragraph. */
    const spans = (flag: 'bold' | 'italic') =>
      all.flatMap((p) => {
        const out: string[] = [];
        let current = '';
        for (const r of p.runs) {
          if (r[flag]) {
            current += r.text;
          } else if (current) {
            out.push(current);
            current = '';
          }
        }
        if (current) out.push(current);
        return out.map((s) => s.trim());
      });
    const bold = [...sample.matchAll(/\*\*([\s\S]+?)\*\*/g)].flatMap((m) => m[1]!.split('\n').map((l) => l.trim()));
    const italic = [...sample.replace(/\*\*[\s\S]+?\*\*/g, '').matchAll(/\*([^*\n]+)\*/g)].map((m) => m[1]!.trim());
    expect(bold).toEqual(['Truyền hình:', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']);
    expect(italic).toEqual(['xây dựng được 150 tin, bài và 60 chuyên mục']);
    const boldSpans = spans('bold');
    const italicSpans = spans('italic');
    for (const text of bold) expect(boldSpans).toContain(text);
    for (const text of italic) expect(italicSpans).toContain(text);
  });
});
