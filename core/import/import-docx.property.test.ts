/**
 * Export → import → export is stable: for any small report (chapters down to "a)", level skips, dash levels,
 * numbered items, bold/italic/underline runs, line breaks, multi-paragraph footnotes, tables with merged
 * cells, recipients, signature, Phụ lục, either rule-set), reading the exported .docx back and exporting it
 * again gives the same document.xml and footnotes.xml, byte for byte.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../docx/render-docx';
import {
  REPORT_SCHEMA_VERSION,
  type Block,
  type Footnote,
  type Inline,
  type Report,
  type Section,
  type Table,
  type TextRun,
} from '../model/report-schema';
import { builtInTemplates } from '../templates/templates';
import { importDocx } from './import-docx';

const WORDS = [
  'công tác',
  'đảng viên',
  'kết quả',
  'chi bộ',
  'tuyên truyền',
  'Nhân dân',
  'kinh tế',
  'năm 2025',
  'đạt 87,8%',
  'Huyện ủy',
  'kiểm tra',
  '1.284 người',
  '“tự diễn biến”',
  'hạn chế',
  'an ninh',
];
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sentence = words(1, 8).map((s) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1));

const run: fc.Arbitrary<TextRun> = fc
  .record({ text: sentence, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() })
  .map(({ text, bold, italic, underline }) => ({
    type: 'text' as const,
    text,
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(underline ? { underline } : {}),
  }));
const plainRun = sentence.map((text) => ({ type: 'text' as const, text }));
const footnote: fc.Arbitrary<Footnote> = fc
  .array(fc.array(fc.oneof(plainRun, run), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
  .map((ps) => ({
    type: 'footnote' as const,
    paragraphs: ps.map((content) => ({ type: 'paragraph' as const, content: spaced(content) })),
  }));

/**
 * Runs separated by a space, as typed; neighbours with the same formatting joined (Word and the model both
 * see one run there, so a split between them is not something a document can carry).
 */
function spaced<T extends Inline>(content: T[]): T[] {
  const out: T[] = [];
  for (const [i, c] of content.entries()) {
    const next = c.type === 'text' && i > 0 ? { ...c, text: ` ${c.text}` } : c;
    const last = out[out.length - 1];
    if (
      last?.type === 'text' &&
      next.type === 'text' &&
      !!last.bold === !!next.bold &&
      !!last.italic === !!next.italic &&
      !!last.underline === !!next.underline
    ) {
      out[out.length - 1] = { ...last, text: last.text + next.text };
    } else out.push(next);
  }
  return out;
}

const content: fc.Arbitrary<Inline[]> = fc
  .tuple(
    plainRun,
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: run },
        { weight: 1, arbitrary: fc.constant<Inline>({ type: 'break' }) },
        { weight: 1, arbitrary: footnote },
      ),
      { maxLength: 3 },
    ),
  )
  .map(([first, rest]) => {
    const out = spaced<Inline>([first, ...rest]);
    // A paragraph does not end in a break (Word shows nothing there).
    while (out[out.length - 1]?.type === 'break') out.pop();
    return out;
  });

const cellText = fc.constantFrom('TT', 'Chỉ tiêu', '1.284', '87,8%', '+3', 'Xã Bản Bo', 'Ghi chú');
const table: fc.Arbitrary<Table> = fc
  .record({
    columns: fc.integer({ min: 2, max: 4 }),
    rows: fc.integer({ min: 1, max: 4 }),
    header: fc.boolean(),
    merge: fc.boolean(),
    texts: fc.array(cellText, { minLength: 16, maxLength: 16 }),
  })
  .map(({ columns, rows, header, merge, texts }) => {
    const cell = (i: number) => ({
      paragraphs: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: texts[i % 16] ?? 'x' }] }],
    });
    const all = [
      // A header row with a cell spanning two columns when asked.
      {
        cells: merge
          ? [{ ...cell(0), colSpan: 2 }, ...Array.from({ length: columns - 2 }, (_, c) => cell(c + 1))]
          : Array.from({ length: columns }, (_, c) => cell(c)),
      },
      ...Array.from({ length: rows }, (_, r) => ({
        cells: Array.from({ length: columns }, (_, c) => cell(r * columns + c + 3)),
      })),
    ];
    return { type: 'table' as const, headerRows: header ? 1 : 0, rows: all };
  });

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: content.map((c) => ({ type: 'paragraph' as const, content: c })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(content, fc.boolean())
      .map(([c, two]) =>
        two ? { type: 'dash' as const, level: 2 as const, content: c } : { type: 'dash' as const, content: c },
      ),
  },
  { weight: 1, arbitrary: content.map((c) => ({ type: 'numbered' as const, content: c })) },
  { weight: 1, arbitrary: table },
);
const blocks = (max: number) => fc.array(block, { maxLength: max });
const heading = words(1, 5).map((s) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1));

let ids = 0;
const leaf = (level?: 3 | 4): fc.Arbitrary<Section> =>
  fc
    .tuple(heading, blocks(2))
    .map(([h, b]) => ({ id: `x${++ids}`, heading: h, blocks: b, children: [], ...(level ? { level } : {}) }));
const sub: fc.Arbitrary<Section> = fc
  .tuple(heading, blocks(2), fc.boolean(), fc.integer({ min: 0, max: 2 }))
  .chain(([h, b, skip, n]) =>
    fc
      .array(leaf(skip ? 4 : undefined), { minLength: n, maxLength: n })
      .map((children) => ({ id: `x${++ids}`, heading: h, blocks: b, children })),
  );
const chapter: fc.Arbitrary<Section> = fc
  .tuple(
    heading.map((h) => h.toLocaleUpperCase('vi')),
    blocks(2),
    fc.array(sub, { maxLength: 2 }),
  )
  .map(([h, b, children]) => ({ id: `x${++ids}`, heading: h, blocks: b, children }));

const report: fc.Arbitrary<Report> = fc
  .record({
    state: fc.boolean(),
    number: fc.constantFrom('', '12', '245'),
    date: fc.constantFrom('', '2023-06-15', '2025-01-09', '2024-12-31'),
    title: fc.tuple(words(2, 8), fc.boolean()).map(([t, two]) => (two ? `${t}\nphương hướng năm 2026` : t)),
    opening: blocks(2),
    sections: fc.array(chapter, { minLength: 1, maxLength: 2 }),
    closing: fc.boolean(),
    recipients: fc.array(
      fc.constantFrom('Thường trực Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Các chi, đảng bộ cơ sở', 'Lưu'),
      { maxLength: 3 },
    ),
    signer: fc.constantFrom(
      { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Cao Trang Trọng' },
      { authority: '', title: 'BÍ THƯ', name: 'Lò Văn Thành' },
    ),
    appendix: fc.option(
      fc.record({
        title: words(1, 5),
        landscape: fc.boolean(),
        blocks: fc.array(
          fc.oneof(
            table,
            content.map((c) => ({ type: 'paragraph' as const, content: c })),
          ),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => ({
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet: r.state ? 'nd30-2020' : 'hd36-2018',
    header: r.state
      ? {
          parentOrg: 'UBND HUYỆN SÌN HỒ',
          issuer: 'ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM',
          number: r.number,
          docTypeCode: 'BC',
          issuerCode: 'UBND',
          place: 'Nậm Tăm',
          date: r.date,
        }
      : {
          parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
          issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
          number: r.number,
          docTypeCode: 'BC',
          issuerCode: 'HU',
          place: 'Tam Đường',
          date: r.date,
        },
    docType: 'BÁO CÁO',
    title: r.title,
    opening: r.opening,
    sections: r.sections,
    closing: r.closing
      ? [{ type: 'paragraph', content: [{ type: 'text', text: 'Trên đây là báo cáo kết quả năm 2025.' }] }]
      : [],
    recipients: r.recipients,
    signature: r.signer,
    ...(r.appendix
      ? {
          appendices: [
            {
              id: 'pl1',
              title: r.appendix.title,
              blocks: r.appendix.blocks,
              ...(r.appendix.landscape ? { orientation: 'landscape' as const } : {}),
            },
          ],
        }
      : {}),
  }));

function parts(docx: Uint8Array): [string, string] {
  const files = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/footnotes.xml' });
  return [
    strFromU8(files['word/document.xml'] ?? new Uint8Array()),
    strFromU8(files['word/footnotes.xml'] ?? new Uint8Array()),
  ];
}

describe('export → import → export', () => {
  it('gives the same document.xml and footnotes.xml for any small report', async () => {
    const templates = builtInTemplates();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(report, async (r) => {
        const first = await renderDocx(r);
        const read = importDocx(first, { templates });
        if (!read.ok) throw new Error(read.message);
        const second = await renderDocx(read.report);
        const [a, b] = [parts(first), parts(second)];
        for (const k of [0, 1] as const) {
          const x = a[k];
          const y = b[k];
          if (x === y) continue;
          let i = 0;
          while (x[i] === y[i]) i++;
          // The first difference with some context, instead of two whole documents.
          expect(y.slice(Math.max(0, i - 300), i + 200)).toBe(x.slice(Math.max(0, i - 300), i + 200));
        }
      }),
      { numRuns: 1_000 },
    );
    console.log(
      `[import property] 1.000 reports exported, read back and exported again in ${Math.round((performance.now() - started) / 1000)} s`,
    );
  }, 600_000);
});
