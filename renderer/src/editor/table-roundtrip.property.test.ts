/**
 * A table the clerk builds must come back exactly as it was, however it was merged, sized and aligned: model →
 * the editor's document in the real ProseMirror schema (an invalid document throws) → model → the IndexedDB
 * split into head and section records and back through the validation gate → a draft file and back → opened in
 * the editor again. Then the same report is exported and the DOCX read back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import type {
  Block,
  CellParagraph,
  Inline,
  PlainParagraph,
  Report,
  Table,
  TableCell,
  TableColumn,
  TableRow,
  TextRun,
} from '../../../core/model/report-schema';
import { tableGrid } from '../../../core/model/table-grid';
import { parseDraftFile, serializeDraftFile } from '../../../core/draft-file/draft-file-format';
import { renderDocx } from '../../../core/docx/render-docx';
import { inlineText } from '../../../core/model/report-text';
import { assembleDraft, flattenSections, headOf, sectionJson, sectionRecord } from '../db/draft-split';
import { readDraftRecord, type DraftRecord } from '../db/draft-record';
import {
  childElements,
  child,
  documentBody,
  unzipDocx,
  allText,
  type XmlElement,
} from '../../../test-support/docx-xml';
import { minimalReport } from '../../../test-support/report-builder';
import { blocksToDoc } from './blocks-to-doc';
import { docToBlocks } from './doc-to-blocks';
import { bodyExtensions } from './editor-extensions';

const schema = getSchema(bodyExtensions(() => undefined));

function throughEditor(blocks: readonly Block[]): Block[] {
  const doc = PmNode.fromJSON(schema, blocksToDoc(blocks));
  doc.check();
  return docToBlocks(doc.toJSON());
}

/** The IndexedDB layout (head + one record per section, stored as JSON text) and back through the gate. */
function throughDexie(report: Report): Report {
  const record: DraftRecord = {
    id: 'd1',
    templateId: 'bao-cao-dinh-ky',
    report,
    title: report.title,
    createdAt: 1,
    updatedAt: 2,
    lastStepKey: 'chapter-0',
  };
  const head = structuredClone(headOf(record, 'rev-1'));
  const sections = flattenSections(report.sections)!.map((s) => sectionRecord('d1', s.id, sectionJson(s)));
  const read = readDraftRecord(assembleDraft(head, sections));
  if (!read.ok) throw new Error(read.broken.message);
  return read.draft.report;
}

function throughDraftFile(report: Report): Report {
  const parsed = parseDraftFile(serializeDraftFile('bao-cao-dinh-ky', report));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.draft.report;
}

const reportWith = (blocks: Block[]): Report =>
  minimalReport({
    opening: blocks.filter((b) => b.type !== 'table').slice(0, 1),
    sections: [{ id: 's1', heading: 'Kết quả', blocks, children: [] }],
  });

// --- generators: the model's canonical form (runs with equal marks merged, no blank paragraph in a cell) ---

const text = fc.string({
  minLength: 1,
  maxLength: 8,
  unit: fc.constantFrom('a', 'ă', 'Đ', 'ế', ' ', '“', '1', ',', '.'),
});
const nonBlank = text.filter((t) => t.trim().length > 0);
const run = fc
  .record({ text: nonBlank, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() })
  .map((r): TextRun => {
    const out: TextRun = { type: 'text', text: r.text };
    if (r.bold) out.bold = true;
    if (r.italic) out.italic = true;
    if (r.underline) out.underline = true;
    return out;
  });

function merged(content: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of content) {
    const last = out.at(-1);
    if (
      i.type === 'text' &&
      last?.type === 'text' &&
      !!last.bold === !!i.bold &&
      !!last.italic === !!i.italic &&
      !!last.underline === !!i.underline
    ) {
      out[out.length - 1] = { ...last, text: last.text + i.text };
    } else out.push(i);
  }
  return out;
}

const brk = fc.constant<Inline>({ type: 'break' });
const plainContent = fc
  .tuple(run, fc.array(fc.oneof(run, brk), { maxLength: 4 }))
  .map(([first, rest]) => merged([first, ...rest]) as PlainParagraph['content']);
const footnote = fc
  .array(plainContent, { minLength: 1, maxLength: 2 })
  .map((ps): Inline => ({ type: 'footnote', paragraphs: ps.map((content) => ({ type: 'paragraph', content })) }));
const content = fc
  .tuple(
    run,
    fc.array(
      fc.oneof({ weight: 3, arbitrary: run }, { weight: 1, arbitrary: brk }, { weight: 1, arbitrary: footnote }),
      { maxLength: 4 },
    ),
    fc.boolean(),
  )
  .map(([first, rest, footnoteFirst]) => merged(footnoteFirst ? [...rest, first] : [first, ...rest]));
const cellParagraphs = fc.oneof(
  { weight: 1, arbitrary: fc.constant<CellParagraph[]>([{ type: 'paragraph', content: [] }]) },
  {
    weight: 4,
    arbitrary: fc.array(
      content.map((c): CellParagraph => ({ type: 'paragraph', content: c })),
      { minLength: 1, maxLength: 2 },
    ),
  },
);
const hAlign = fc.option(fc.constantFrom('left' as const, 'center' as const, 'right' as const), { nil: undefined });
const vAlign = fc.option(fc.constantFrom('top' as const, 'center' as const, 'bottom' as const), { nil: undefined });
const cellLook = fc.record({ paragraphs: cellParagraphs, align: hAlign, vAlign, w: fc.nat(3), h: fc.nat(3) });
const line = fc
  .string({ minLength: 1, maxLength: 20, unit: fc.constantFrom('B', 'i', 'ể', 'u', ' ', '1', ':', 'n', 'g', 'ư', 'ờ') })
  .filter((t) => t.trim().length > 0);
const column = fc.record({
  width: fc.option(fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.constantFrom(12.5, 0.75, 33.3)), { nil: undefined }),
  align: hAlign,
  total: fc.option(fc.constant(true), { nil: undefined }),
});

/**
 * Lays random cells on an R×C grid left to right, top to bottom: each takes a random span within the free
 * positions. A cell that reaches the last column spans one row, so every row starts at least one cell (a row
 * wholly covered from above has no cell of its own to say whether it is a header row).
 */
interface CellLook {
  paragraphs: CellParagraph[];
  align: TableCell['align'];
  vAlign: TableCell['vAlign'];
  /** Extra columns and rows wanted (clipped to the free positions). */
  w: number;
  h: number;
}

interface TableExtras {
  headerRows: number;
  totals: boolean[];
  columns: Partial<TableColumn>[] | null;
  caption?: string | undefined;
  unit?: string | undefined;
}

function buildTable(r: number, c: number, looks: readonly CellLook[], extra: TableExtras): Table {
  const taken = Array.from({ length: r }, () => Array.from({ length: c }, () => false));
  const rows: TableRow[] = [];
  let k = 0;
  for (let row = 0; row < r; row++) {
    const cells: TableCell[] = [];
    for (let col = 0; col < c; col++) {
      if (taken[row]![col]) continue;
      const look = looks[k++ % looks.length]!;
      let w = 1;
      while (w < 1 + look.w && col + w < c && !taken[row]![col + w]) w++;
      let h = 1;
      const reachesLast = col + w === c;
      while (
        !reachesLast &&
        h < 1 + look.h &&
        row + h < r &&
        Array.from({ length: w }, (_, i) => taken[row + h]![col + i]).every((t) => !t)
      )
        h++;
      for (let dr = 0; dr < h; dr++) for (let dc = 0; dc < w; dc++) taken[row + dr]![col + dc] = true;
      const cell: TableCell = { paragraphs: look.paragraphs };
      if (w > 1) cell.colSpan = w;
      if (h > 1) cell.rowSpan = h;
      if (look.align) cell.align = look.align;
      if (look.vAlign) cell.vAlign = look.vAlign;
      cells.push(cell);
    }
    const tableRow: TableRow = { cells };
    if (extra.totals[row]) tableRow.total = true;
    rows.push(tableRow);
  }
  const table: Table = { type: 'table', headerRows: Math.min(extra.headerRows, r), rows };
  if (extra.columns) {
    const columns = extra.columns.slice(0, c).map((col) => {
      const out: TableColumn = {};
      if (col.width !== undefined) out.width = col.width;
      if (col.align !== undefined) out.align = col.align;
      if (col.total !== undefined) out.total = col.total;
      return out;
    });
    while (columns.length && Object.keys(columns.at(-1)!).length === 0) columns.pop();
    if (columns.length) table.columns = columns;
  }
  if (extra.caption) table.caption = extra.caption;
  if (extra.unit) table.unit = extra.unit;
  return table;
}

const table = fc
  .record({
    r: fc.integer({ min: 1, max: 6 }),
    c: fc.integer({ min: 1, max: 6 }),
    looks: fc.array(cellLook, { minLength: 1, maxLength: 12 }),
    headerRows: fc.nat(3),
    totals: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    columns: fc.option(fc.array(column, { maxLength: 6 }), { nil: null }),
    caption: fc.option(line, { nil: undefined }),
    unit: fc.option(line, { nil: undefined }),
  })
  .map(({ r, c, looks, ...extra }) => buildTable(r, c, looks, extra));

const body = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: table.map((t): Block => t) },
    { weight: 1, arbitrary: content.map((c): Block => ({ type: 'paragraph', content: c })) },
  ),
  { minLength: 1, maxLength: 3 },
);

const RUNS = 2_000;

describe('tables: model ⇄ editor ⇄ IndexedDB ⇄ draft file', () => {
  it(`${RUNS} random tables (merges, widths, alignment, header and total rows, caption, unit, breaks, footnotes) come back unchanged`, () => {
    const started = performance.now();
    fc.assert(
      fc.property(body, (blocks) => {
        const edited = throughEditor(blocks);
        expect(edited).toEqual(blocks);
        const stored = throughDexie(reportWith(edited));
        const reopened = throughDraftFile(stored);
        expect(reopened.sections[0]!.blocks).toEqual(blocks);
        expect(throughEditor(reopened.sections[0]!.blocks)).toEqual(blocks);
      }),
      { numRuns: RUNS },
    );
    console.info(`table round trip: ${RUNS} cases in ${Math.round(performance.now() - started)} ms`);
    // About 10 s on an idle core; generous for a machine shared by other jobs.
  }, 300_000);

  it('a table whose widths the clerk dragged keeps the dragged proportions, not the loaded ones', () => {
    const loaded: Table = {
      type: 'table',
      headerRows: 1,
      columns: [{ width: 1 }, { width: 3, align: 'center' }],
      rows: [
        {
          cells: [
            { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'TT' }] }] },
            { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung' }] }] },
          ],
        },
      ],
    };
    const doc = blocksToDoc([loaded]);
    const cells = doc.content![0]!.content![0]!.content!;
    expect(cells.map((c) => c.attrs!['colwidth'])).toEqual([[150], [450]]);
    cells[0]!.attrs!['colwidth'] = [300];
    const [back] = docToBlocks(doc) as [Table];
    expect(back.columns).toEqual([{ width: 300 }, { width: 450, align: 'center' }]);
  });
});

// --- export: the grid Word sees ---

interface TcInfo {
  span: number;
  vMerge: 'restart' | 'continue' | null;
  text: string;
}

function tcInfo(tc: XmlElement): TcInfo {
  const pr = child(tc, 'w:tcPr');
  const span = Number(child(pr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
  const vm = child(pr, 'w:vMerge');
  const vMerge = vm ? (vm.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null;
  return { span, vMerge, text: allText(tc) };
}

/** Text compared without spaces, line breaks and "." (the writer groups thousands: "12345" prints "12.345"). */
const comparable = (s: string): string => s.replace(/[\s.]+/g, '');

function cellText(cell: TableCell): string {
  return comparable(cell.paragraphs.map((p) => inlineText(p.content)).join(''));
}

/** The body's ruled tables (the header and signature blocks are borderless layout tables). */
function tablesIn(bytes: Uint8Array): XmlElement[] {
  return childElements(documentBody(unzipDocx(bytes)), 'w:tbl').filter(
    (tbl) => child(child(child(tbl, 'w:tblPr'), 'w:tblBorders'), 'w:top')?.attrs['w:val'] === 'single',
  );
}

const EXPORT_RUNS = 150;

describe('tables: export', () => {
  it(`the DOCX keeps every row and every cell's text in reading order (${EXPORT_RUNS} random tables)`, async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const edited = throughDraftFile(throughDexie(reportWith(throughEditor([t]))));
        const [tbl] = tablesIn(await renderDocx(edited));
        const trs = childElements(tbl!, 'w:tr');
        expect(trs).toHaveLength(t.rows.length);
        const written = trs
          .flatMap((tr) => childElements(tr, 'w:tc').map((tc) => comparable(tcInfo(tc).text)))
          .filter((s) => s !== '');
        const expected = t.rows.flatMap((row) => row.cells.map(cellText)).filter((s) => s !== '');
        expect(written).toEqual(expected);
      }),
      { numRuns: EXPORT_RUNS },
    );
  }, 300_000);

  it(`the DOCX grid matches tableGrid: gridSpan and vMerge per row, one gridCol per column (${EXPORT_RUNS} random tables)`, async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const [tbl] = tablesIn(await renderDocx(reportWith([t])));
        const grid = tableGrid(t);
        expect(childElements(child(tbl!, 'w:tblGrid')!, 'w:gridCol')).toHaveLength(grid.columnCount);
        childElements(tbl!, 'w:tr').forEach((tr, r) => {
          const expected = grid.owners[r]!.filter((owner, c) => owner.column === c).map(
            (owner): Omit<TcInfo, 'text'> => ({
              span: owner.colSpan,
              vMerge: owner.rowSpan === 1 ? null : owner.row === r ? 'restart' : 'continue',
            }),
          );
          const written = childElements(tr, 'w:tc').map((tc) => {
            const { span, vMerge } = tcInfo(tc);
            return { span, vMerge };
          });
          expect(written).toEqual(expected);
        });
      }),
      { numRuns: EXPORT_RUNS },
    );
  }, 300_000);
});
