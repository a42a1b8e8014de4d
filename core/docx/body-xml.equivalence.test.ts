/**
 * The body and footnotes are written as XML text (body-xml.ts) for speed. This proves the .docx is still what
 * docx itself writes: every report here is packed twice, once by the export and once with the body built from
 * docx's own Paragraph / TextRun / Table / footnotes (test-support/docx-object-body.ts, same formats), and every
 * part of the two packages must be the same, byte for byte (only docProps/core.xml's timestamps may differ).
 * A docx upgrade that changes how it writes any of these elements fails here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline, PlainParagraph, Report, Section, TextRun } from '../model/report-schema';
import { getRuleSet } from '../rules/rule-sets';
import type { RuleSet } from '../rules/rule-set-schema';
import { syntheticReport } from '../../test-support/synthetic/synthetic-report';
import { packWithDocxObjects } from '../../test-support/docx-object-body';
import { requirePart, unzipDocx, type DocxParts } from '../../test-support/docx-xml';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { loadRealisticReport } from '../../test-support/realistic-reports';
import { loadFixtureReport } from '../../test-support/sample-report';
import { asStateReport } from '../../test-support/state-report';
import { renderDocx } from './render-docx';

const HD36 = getRuleSet('hd36-2018');
const ND30 = getRuleSet('nd30-2020');
/** Rule-set values the built-ins never take: left-aligned body, space after, end mark, mirrored margins. */
const VARIANT: RuleSet = {
  ...HD36,
  id: 'bien-the',
  page: { ...HD36.page, mirrorMargins: true },
  body: { ...HD36.body, justified: false, spaceAfterPt: 3, firstLineIndentMm: 12.5 },
  headings: { ...HD36.headings, level3: { ...HD36.headings.level3, indentMm: 0, underline: true, upperCase: true } },
  table: { ...HD36.table, size: 12, borderPt: 1 },
  footnote: { size: 11 },
  endMark: './.',
};

const TIMESTAMP = /(<dcterms:(?:created|modified)[^>]*>)[^<]*/g;

async function packBothWays(report: Report, ruleSet: RuleSet): Promise<{ ours: DocxParts; oracle: DocxParts }> {
  return {
    ours: unzipDocx(await renderDocx(report, { ruleSet })),
    oracle: unzipDocx(await packWithDocxObjects(report, ruleSet)),
  };
}

function expectSameParts({ ours, oracle }: { ours: DocxParts; oracle: DocxParts }): void {
  expect([...ours.keys()]).toEqual([...oracle.keys()]);
  for (const [path, xml] of oracle) {
    const same = (s: string) => (path === 'docProps/core.xml' ? s.replace(TIMESTAMP, '$1') : s);
    expect(same(requirePart(ours, path)), path).toBe(same(xml));
  }
}

const count = (xml: string, element: string) =>
  xml.split(`<${element}>`).length - 1 + xml.split(`<${element} `).length - 1;

describe('body written as XML text = body built from docx objects', () => {
  it('for the sample report under both rule-sets, and as a state report with appendices', async () => {
    const sample = await loadFixtureReport();
    for (const [report, ruleSet] of [
      [sample, HD36],
      [sample, ND30],
      [asStateReport(sample), ND30],
      [asStateReport(sample), VARIANT],
    ] as const) {
      const both = await packBothWays(report, ruleSet);
      expectSameParts(both);
      expect(requirePart(both.ours, 'word/document.xml')).not.toContain('sbc:part');
    }
  });

  it('for the realistic reports: merged header, captions, unit lines, totals, cell footnotes and breaks, landscape appendix, a) under 1.', async () => {
    for (const [report, ruleSet] of [
      [await loadRealisticReport('dangUyXa'), HD36],
      [await loadRealisticReport('ubndXa'), ND30],
      [await loadRealisticReport('dangUyXa'), VARIANT],
    ] as const) {
      const both = await packBothWays(report, ruleSet);
      expectSameParts(both);
      const document = requirePart(both.ours, 'word/document.xml');
      expect(document).toContain('<w:tblHeader/>');
      if (report.appendices?.length) expect(document).toContain('w:vMerge w:val="restart"');
    }
  });

  it('for a 10-page synthetic report (headings, lists, tables, footnotes) under every rule-set', async () => {
    const report = syntheticReport({ pages: 10 });
    for (const ruleSet of [HD36, ND30, VARIANT]) {
      const both = await packBothWays(report, ruleSet);
      expectSameParts(both);
      // The comparison covers real content, not two empty bodies.
      const document = requirePart(both.ours, 'word/document.xml');
      expect(count(document, 'w:p')).toBeGreaterThan(100);
      expect(count(document, 'w:tbl')).toBeGreaterThan(2);
      expect(count(requirePart(both.ours, 'word/footnotes.xml'), 'w:footnote')).toBeGreaterThan(5);
    }
  });

  it('for edge cases: line breaks, tabs, markup, placeholders typed as text, short table rows, the body ending in a table', async () => {
    const typedPlaceholder = '<sbc:part n="0"/>';
    const cell = (text: string) => ({
      paragraphs: [{ type: 'paragraph' as const, content: text ? [{ type: 'text' as const, text }] : [] }],
    });
    const report = minimalReport({
      header: { ...minimalReport().header, issuer: typedPlaceholder },
      opening: [
        textParagraph(''),
        textParagraph('Dòng một\nDòng hai\r\n\tthụt vào\t', [
          { type: 'text', text: '$& $1 "trích" l\'été <b>&amp;</b>', bold: true, italic: true, underline: true },
        ]),
      ],
      sections: [
        section(
          '',
          [{ type: 'dash', level: 2, content: [{ type: 'text', text: typedPlaceholder }] }],
          [
            section(
              'Mục con',
              [
                {
                  type: 'numbered',
                  content: [
                    {
                      type: 'footnote',
                      paragraphs: [
                        { type: 'paragraph', content: [] },
                        { type: 'paragraph', content: [{ type: 'text', text: 'b\tc', italic: true }] },
                      ],
                    },
                  ],
                },
              ],
              [section('Cấp ba', [], [section('Cấp bốn', [textParagraph('ghi chú ./.')])])],
            ),
          ],
        ),
      ],
      closing: [
        {
          type: 'table',
          headerRows: 2,
          rows: [
            { cells: [cell('TT'), cell('Nội dung'), cell('Số')] },
            { cells: [cell('1')] },
            { cells: [cell('2'), cell('27310')] },
            { cells: [cell(''), cell('87,3%'), cell('4/4')] },
          ],
        },
      ],
      appendices: [
        {
          id: 'pl1',
          title: '',
          blocks: [
            textParagraph('Phụ lục', [
              {
                type: 'footnote',
                paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'chú thích phụ lục' }] }],
              },
            ]),
          ],
        },
      ],
    });
    for (const ruleSet of [HD36, ND30, VARIANT]) {
      const both = await packBothWays(report, ruleSet);
      expectSameParts(both);
      const document = requirePart(both.ours, 'word/document.xml');
      expect(document).toContain('&lt;sbc:part n=&quot;0&quot;/&gt;');
      expect(document).not.toContain(typedPlaceholder);
    }
  });

  it('for generated reports', async () => {
    // No upper-case ASCII letters: docx's own TextRun turns a run reading exactly "CURRENT" into a page field.
    const piece = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềếọữ ĐƯỚ0123456789.,%/+-:()',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u0000',
      '\uD800',
      'e\u0301',
      '\uFFFE',
      '$&',
    );
    const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
    const numeric = fc
      .array(fc.constantFrom(...'0123456789.,% /'), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(''));
    const flag = fc.option(fc.boolean(), { nil: undefined });
    const run = (t: fc.Arbitrary<string>): fc.Arbitrary<TextRun> =>
      fc.record(
        { type: fc.constant('text' as const), text: t, bold: flag, italic: flag, underline: flag },
        { requiredKeys: ['type', 'text'] },
      );
    const plain = (t: fc.Arbitrary<string>): fc.Arbitrary<PlainParagraph> =>
      fc.record({ type: fc.constant('paragraph' as const), content: fc.array(run(t), { maxLength: 3 }) });
    const inline: fc.Arbitrary<Inline> = fc.oneof(
      { weight: 5, arbitrary: run(text) },
      {
        weight: 1,
        arbitrary: fc.record({
          type: fc.constant('footnote' as const),
          paragraphs: fc.array(plain(text), { minLength: 1, maxLength: 3 }),
        }),
      },
    );
    const content = fc.array(inline, { maxLength: 5 });
    const align = fc.option(fc.constantFrom('left' as const, 'center' as const, 'right' as const), { nil: undefined });
    const span = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });
    const cellContent = fc.array(
      fc.oneof(
        { weight: 4, arbitrary: run(fc.oneof(text, numeric)) },
        { weight: 1, arbitrary: fc.constant({ type: 'break' as const }) },
        { weight: 1, arbitrary: inline },
      ),
      { maxLength: 3 },
    );
    const tableCell = fc.record(
      {
        paragraphs: fc.array(fc.record({ type: fc.constant('paragraph' as const), content: cellContent }), {
          minLength: 1,
          maxLength: 2,
        }),
        colSpan: span,
        rowSpan: span,
        align,
        vAlign: fc.option(fc.constantFrom('top' as const, 'center' as const, 'bottom' as const), { nil: undefined }),
      },
      { requiredKeys: ['paragraphs'] },
    );
    const table = fc.record(
      {
        type: fc.constant('table' as const),
        headerRows: fc.integer({ min: 0, max: 2 }),
        columns: fc.array(
          fc.record(
            { width: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }), align },
            { requiredKeys: [] },
          ),
          { maxLength: 5 },
        ),
        caption: fc.option(text, { nil: undefined }),
        unit: fc.option(text, { nil: undefined }),
        rows: fc.array(
          fc.record(
            { cells: fc.array(tableCell, { maxLength: 4 }), total: fc.option(fc.boolean(), { nil: undefined }) },
            { requiredKeys: ['cells'] },
          ),
          { minLength: 1, maxLength: 4 },
        ),
      },
      { requiredKeys: ['type', 'headerRows', 'rows'] },
    );
    const block: fc.Arbitrary<Block> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ type: fc.constant('paragraph' as const), content }) },
      {
        weight: 1,
        arbitrary: fc.record(
          { type: fc.constant('dash' as const), level: fc.constantFrom(1 as const, 2 as const), content },
          { requiredKeys: ['type', 'content'] },
        ),
      },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('numbered' as const), content }) },
      { weight: 1, arbitrary: table },
    );
    const blocks = fc.array(block, { maxLength: 3 });
    const sectionAt = (depth: number): fc.Arbitrary<Section> =>
      fc.oneof(
        fc.record({
          id: fc.constant(`s${depth}`),
          heading: text,
          blocks,
          children: depth >= 4 ? fc.constant<Section[]>([]) : fc.array(sectionAt(depth + 1), { maxLength: 2 }),
        }),
        // "a)" directly under a chapter or a "1.": a level-4 section with nothing below it.
        ...(depth === 2 || depth === 3
          ? [
              fc.record({
                id: fc.constant(`s${depth}`),
                level: fc.constant(4 as const),
                heading: text,
                blocks,
                children: fc.constant<Section[]>([]),
              }),
            ]
          : []),
      );
    const report = fc.record({
      opening: blocks,
      sections: fc.array(sectionAt(1), { maxLength: 3 }),
      closing: blocks,
      appendices: fc.array(
        fc.record(
          {
            id: fc.constant('pl'),
            title: text,
            blocks,
            attachedLine: fc.option(text, { nil: undefined }),
            orientation: fc.option(fc.constantFrom('portrait' as const, 'landscape' as const), { nil: undefined }),
            pageNumbers: fc.option(fc.constantFrom('continue' as const, 'restart' as const, 'none' as const), {
              nil: undefined,
            }),
          },
          { requiredKeys: ['id', 'title', 'blocks'] },
        ),
        { maxLength: 3 },
      ),
    });

    await fc.assert(
      fc.asyncProperty(report, fc.constantFrom(HD36, ND30, VARIANT), async (parts, ruleSet) => {
        expectSameParts(await packBothWays(minimalReport({ ...parts, ruleSet: ruleSet.id }), ruleSet));
      }),
      { numRuns: 60 },
    );
  });
});

describe('text that reads like a field name', () => {
  it('stays text in the body and in footnotes', async () => {
    const report = minimalReport({
      sections: [
        section('Mục', [
          textParagraph('CURRENT', [
            { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'TOTAL_PAGES' }] }] },
          ]),
        ]),
      ],
    });
    const parts = unzipDocx(await renderDocx(report));
    const document = requirePart(parts, 'word/document.xml');
    const footnotes = requirePart(parts, 'word/footnotes.xml');
    expect(document).toContain('>CURRENT</w:t>');
    expect(footnotes).toContain('>TOTAL_PAGES</w:t>');
    expect(document + footnotes).not.toContain('w:instrText');
  });
});
