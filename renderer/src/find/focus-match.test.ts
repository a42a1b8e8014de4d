import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import type { Block, Inline, Table } from '../../../core/model/report-schema';
import { findInReport } from '../../../core/text/find/report-find';
import { minimalReport } from '../../../test-support/report-builder';
import { blocksToDoc } from '../editor/blocks-to-doc';
import { bodyExtensions } from '../editor/editor-extensions';
import { matchSelection } from './focus-match';

const schema = getSchema(bodyExtensions(() => undefined));

const runText = fc.array(fc.constantFrom(...'ab ủy'), { maxLength: 8 }).map((a) => a.join(''));
const footnote = (text: string): Inline => ({
  type: 'footnote',
  paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const inline: fc.Arbitrary<Inline> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: runText, bold: fc.boolean() }),
  fc.constant({ type: 'break' as const }),
  runText.map(footnote),
);
const content = fc.array(inline, { maxLength: 5 });
const table: fc.Arbitrary<Table> = fc
  .array(fc.array(content, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .map((rows) => ({
    type: 'table',
    headerRows: 1,
    rows: rows.map((cells) => ({ cells: cells.map((c) => ({ paragraphs: [{ type: 'paragraph', content: c }] })) })),
  }));
const block: fc.Arbitrary<Block> = fc.oneof(
  content.map((c): Block => ({ type: 'paragraph', content: c })),
  content.map((c): Block => ({ type: 'dash', content: c })),
  table,
);

describe('matchSelection', () => {
  it('selects in the editor exactly the text each match found in the model', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), fc.constantFrom('a', 'b a', 'uy', 'ủy'), (blocks, needle) => {
        const doc = PmNode.fromJSON(schema, blocksToDoc(blocks));
        const report = minimalReport({ opening: blocks });
        const query = { needle, matchCase: false, matchDiacritics: false, wholeWord: false };
        for (const match of findInReport(report, query).filter((m) => m.slot.kind === 'inline')) {
          const target = matchSelection(doc, match);
          expect(target).not.toBeNull();
          if (target?.kind === 'text') {
            expect(doc.textBetween(target.from, target.to)).toBe(match.text);
          } else {
            // A match inside a footnote: the footnote's reference, holding the matched text.
            expect(doc.nodeAt(target!.pos)?.type.name).toBe('footnote');
            expect(JSON.stringify(doc.nodeAt(target!.pos)?.attrs['paragraphs'])).toContain(match.text);
          }
        }
      }),
    );
  });
});
