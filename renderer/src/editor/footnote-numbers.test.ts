import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Block } from '../../../core/model/report-schema';
import { blocksToDoc } from './blocks-to-doc';
import { bodyExtensions } from './editor-extensions';
import { footnoteNumbersKey, footnoteNumbersPlugin } from './footnote-node';

const schema = getSchema(bodyExtensions(() => undefined));
const footnoteType = schema.nodes['footnote']!;
const note = (text: string) => ({
  type: 'footnote' as const,
  paragraphs: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});
const blocks: Block[] = [
  {
    type: 'paragraph',
    content: [{ type: 'text', text: 'Mở đầu ' }, note('một'), { type: 'text', text: ' tiếp theo' }],
  },
  { type: 'dash', content: [{ type: 'text', text: 'Hội nghị ' }, note('hai')] },
  { type: 'paragraph', content: [{ type: 'text', text: 'Không có chú thích.' }] },
];

function start(): EditorState {
  return EditorState.create({
    schema,
    doc: PmNode.fromJSON(schema, blocksToDoc(blocks)),
    plugins: [footnoteNumbersPlugin(footnoteType)],
  });
}

/** What the clerk sees on each footnote, in document order: the number of its decoration. */
function shownNumbers(state: EditorState): (number | undefined)[] {
  const set = footnoteNumbersKey.getState(state)!.decorations;
  const shown: (number | undefined)[] = [];
  state.doc.descendants((n, pos) => {
    if (n.type !== footnoteType) return;
    const deco = set.find(pos, pos + n.nodeSize).find((d) => d.from === pos && d.to === pos + n.nodeSize);
    shown.push((deco?.spec as { number?: number } | undefined)?.number);
  });
  return shown;
}

/** A recount: `offset` (the last one the test set, 0 at first) plus the footnote's place in the document. */
const expected = (state: EditorState, offset: number) => {
  let count = 0;
  state.doc.descendants((n) => void (n.type === footnoteType && count++));
  return Array.from({ length: count }, (_, i) => offset + i + 1);
};

type Op =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'insertNote'; at: number }
  | { kind: 'deleteNote'; index: number }
  | { kind: 'deleteRange'; at: number; len: number }
  | { kind: 'offset'; value: number };

function apply(state: EditorState, op: Op): EditorState {
  const size = state.doc.content.size;
  const pos = (at: number) => TextSelection.near(state.doc.resolve(Math.max(1, Math.min(size - 1, at)))).from;
  const tr = state.tr;
  if (op.kind === 'type') tr.insertText(op.text, pos(op.at));
  if (op.kind === 'insertNote') tr.insert(pos(op.at), footnoteType.create({ paragraphs: note('mới').paragraphs }));
  if (op.kind === 'deleteNote') {
    const found: number[] = [];
    state.doc.descendants((n, p) => void (n.type === footnoteType && found.push(p)));
    const at = found[op.index % Math.max(1, found.length)];
    if (at !== undefined) tr.delete(at, at + 1);
  }
  if (op.kind === 'deleteRange') {
    const from = pos(op.at);
    tr.delete(from, Math.min(size - 1, from + op.len));
  }
  if (op.kind === 'offset') tr.setMeta(footnoteNumbersKey, op.value);
  return state.apply(tr);
}

describe('footnote numbers kept along with the edits', () => {
  it('typing keeps the numbers; inserting before a footnote and deleting one renumber the rest', () => {
    let state = start();
    expect(shownNumbers(state)).toEqual([1, 2]);
    state = apply(state, { kind: 'offset', value: 4 });
    expect(shownNumbers(state)).toEqual([5, 6]);
    state = apply(state, { kind: 'type', at: 3, text: 'abc' });
    expect(shownNumbers(state)).toEqual([5, 6]);
    state = apply(state, { kind: 'insertNote', at: 2 });
    expect(shownNumbers(state)).toEqual([5, 6, 7]);
    state = apply(state, { kind: 'deleteNote', index: 0 });
    expect(shownNumbers(state)).toEqual([5, 6]);
  });

  it('after any sequence of edits every footnote shows offset + its position, as a recount gives', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(80), text: fc.constantFrom('a', 'Đảng ', 'x y') }),
      fc.record({ kind: fc.constant('insertNote' as const), at: fc.nat(80) }),
      fc.record({ kind: fc.constant('deleteNote' as const), index: fc.nat(5) }),
      fc.record({ kind: fc.constant('deleteRange' as const), at: fc.nat(80), len: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ kind: fc.constant('offset' as const), value: fc.nat(20) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let state = start();
        let offset = 0;
        for (const o of ops) {
          state = apply(state, o);
          if (o.kind === 'offset') offset = o.value;
          expect(shownNumbers(state)).toEqual(expected(state, offset));
        }
      }),
      { numRuns: 300 },
    );
  });
});
