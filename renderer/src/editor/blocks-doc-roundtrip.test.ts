import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import type { Block, Inline, TextRun } from '../../../core/model/report-schema';
import { blockSchema } from '../../../core/model/report-schema';
import { blocksToDoc, plainParagraphsToDoc } from './blocks-to-doc';
import { docToBlocks, docToPlainParagraphs } from './doc-to-blocks';
import { bodyExtensions, footnoteExtensions } from './editor-extensions';

const bodySchema = getSchema(bodyExtensions(() => undefined));
const footnoteSchema = getSchema(footnoteExtensions());

/** Through the real ProseMirror schema, as the editor would hold it, and back. */
function roundTrip(blocks: Block[]): Block[] {
  const doc = PmNode.fromJSON(bodySchema, blocksToDoc(blocks));
  doc.check();
  return docToBlocks(doc.toJSON());
}

const bold = (text: string): TextRun => ({ type: 'text', text, bold: true });
const plain = (text: string): TextRun => ({ type: 'text', text });

const sample: Block[] = [
  {
    type: 'paragraph',
    content: [
      plain('Huyện ủy ban hành văn bản '),
      bold('chỉ đạo'),
      plain(' các cấp ủy'),
      {
        type: 'footnote',
        paragraphs: [
          { type: 'paragraph', content: [bold('Truyền hình:'), plain(' 02 chương trình;')] },
          { type: 'paragraph', content: [plain('Truyền thanh: 03 chương trình.')] },
        ],
      },
      plain('; quan tâm …'),
    ],
  },
  { type: 'dash', content: [plain('Tổ chức 01 hội nghị')] },
  { type: 'dash', level: 2, content: [{ type: 'text', text: 'cấp huyện', italic: true, underline: true }] },
  { type: 'numbered', content: [plain('Tiếp tục đẩy mạnh công tác quán triệt')] },
  {
    type: 'table',
    headerRows: 1,
    rows: [
      {
        cells: [
          { paragraphs: [{ type: 'paragraph', content: [plain('Chỉ tiêu')] }] },
          { paragraphs: [{ type: 'paragraph', content: [plain('Kết quả')] }] },
        ],
      },
      {
        cells: [
          { paragraphs: [{ type: 'paragraph', content: [plain('Tin, bài')] }] },
          { paragraphs: [{ type: 'paragraph', content: [] }] },
        ],
      },
    ],
  },
];

describe('blocks ⇄ editor JSON', () => {
  it('keeps every block kind, mark, footnote and table header through the real editor schema', () => {
    expect(roundTrip(sample)).toEqual(sample);
  });

  it('an empty body is one empty paragraph in the editor and no blocks in the model', () => {
    expect(blocksToDoc([]).content).toHaveLength(1);
    expect(roundTrip([])).toEqual([]);
  });

  it('drops blank paragraphs and empty text, merges runs with equal marks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { kind: 'paragraph', level: 1 }, content: [{ type: 'text', text: '   ' }] },
        {
          type: 'paragraph',
          attrs: { kind: 'paragraph', level: 1 },
          content: [
            { type: 'text', text: 'Đảng ' },
            { type: 'text', text: 'bộ' },
          ],
        },
      ],
    };
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', content: [plain('Đảng bộ')] }]);
  });

  it('normalises typed NFD text to NFC and strips XML-invalid characters', () => {
    const nfd = 'Tổng kết'.normalize('NFD');
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${nfd}\u0001` }] }] };
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', content: [plain('Tổng kết'.normalize('NFC'))] }]);
  });

  it('ignores a footnote attribute that does not hold valid paragraphs (e.g. pasted HTML)', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'A' },
            { type: 'footnote', attrs: { paragraphs: [{ evil: 1 }] } },
          ],
        },
      ],
    };
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', content: [plain('A')] }]);
  });

  it('footnote paragraphs round-trip through the footnote editor schema', () => {
    const paragraphs = [
      { type: 'paragraph' as const, content: [bold('Truyền hình:'), plain(' 02 chương trình')] },
      { type: 'paragraph' as const, content: [plain('Dòng hai')] },
    ];
    const doc = PmNode.fromJSON(footnoteSchema, plainParagraphsToDoc(paragraphs));
    doc.check();
    expect(docToPlainParagraphs(doc.toJSON())).toEqual(paragraphs);
  });

  it('keeps hard line breaks in paragraphs, table cells and footnotes, and footnotes inside cells', () => {
    const br = { type: 'break' as const };
    const blocks: Block[] = [
      {
        type: 'paragraph',
        content: [
          plain('ỦY BAN NHÂN DÂN'),
          br,
          plain('XÃ NẬM TĂM'),
          {
            type: 'footnote',
            paragraphs: [{ type: 'paragraph', content: [plain('Dòng một'), br, plain('dòng hai')] }],
          },
        ],
      },
      {
        type: 'table',
        headerRows: 0,
        rows: [
          {
            cells: [
              {
                paragraphs: [
                  {
                    type: 'paragraph',
                    content: [
                      plain('Tổng số'),
                      br,
                      plain('(người)'),
                      { type: 'footnote', paragraphs: [{ type: 'paragraph', content: [plain('Kể cả dự bị.')] }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ];
    expect(roundTrip(blocks)).toEqual(blocks);
    const doc = PmNode.fromJSON(bodySchema, blocksToDoc(blocks));
    expect(doc.firstChild!.child(1).type.name).toBe('hardBreak');
    const paragraphs = [{ type: 'paragraph' as const, content: [plain('Dòng một'), br, plain('dòng hai')] }];
    const fdoc = PmNode.fromJSON(footnoteSchema, plainParagraphsToDoc(paragraphs));
    fdoc.check();
    expect(docToPlainParagraphs(fdoc.toJSON())).toEqual(paragraphs);
  });

  it('any model body survives the round trip (property)', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'ă', 'Đ', 'ế', ' ', '“', '1') })
      .filter((t) => t.trim().length > 0);
    const run = fc
      .record({
        type: fc.constant('text' as const),
        text,
        bold: fc.boolean(),
        italic: fc.boolean(),
        underline: fc.boolean(),
      })
      .map((r): TextRun => {
        const out: TextRun = { type: 'text', text: r.text };
        if (r.bold) out.bold = true;
        if (r.italic) out.italic = true;
        if (r.underline) out.underline = true;
        return out;
      });
    const footnote = fc
      .array(run, { minLength: 1, maxLength: 3 })
      .map((content): Inline => ({ type: 'footnote', paragraphs: [{ type: 'paragraph', content }] }));
    const content = fc.array(fc.oneof(run, run, footnote), { minLength: 1, maxLength: 6 });
    const block = fc.oneof(
      content.map((c): Block => ({ type: 'paragraph', content: c })),
      content.map((c): Block => ({ type: 'dash', content: c })),
      content.map((c): Block => ({ type: 'dash', level: 2, content: c })),
      content.map((c): Block => ({ type: 'numbered', content: c })),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const parsed = blocks.map((b) => blockSchema.parse(b));
        const back = roundTrip(parsed);
        // Equal once adjacent runs with the same marks are merged (the editor merges them too).
        expect(JSON.stringify(back)).toBe(JSON.stringify(roundTrip(back)));
        expect(back.map((b) => b.type)).toEqual(parsed.map((b) => b.type));
        const textOf = (bs: Block[]) =>
          bs
            .map((b) =>
              b.type === 'table'
                ? ''
                : b.content
                    .map((i) =>
                      i.type === 'text' ? i.text : i.type === 'break' ? '\n' : `[${JSON.stringify(i.paragraphs)}]`,
                    )
                    .join(''),
            )
            .join('|');
        expect(textOf(back)).toBe(textOf(parsed));
      }),
      { numRuns: 200 },
    );
  });
});
