/**
 * A replacement reaching an open editor: only the changed range is replaced (formatting and footnotes around
 * it stay), it is one undo step of its own, and the typing before it is still undoable after it.
 */
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { closeHistory, history, undo, undoDepth } from '@tiptap/pm/history';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Block } from '../../../core/model/report-schema';
import { blocksToDoc } from './blocks-to-doc';
import { docToBlocks } from './doc-to-blocks';
import { bodyExtensions } from './editor-extensions';
import { FROM_REPORT, showBlocksTransaction } from './show-blocks';

const schema = getSchema(bodyExtensions(() => undefined));

const body = (text: string, bold = ''): Block[] => [
  {
    type: 'paragraph',
    content: [
      { type: 'text', text },
      ...(bold ? [{ type: 'text' as const, text: bold, bold: true }] : []),
      {
        type: 'footnote',
        paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kế hoạch số 12.' }] }],
      },
    ],
  },
  { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn hai không đổi.' }] },
];

function stateOf(blocks: Block[]): EditorState {
  return EditorState.create({ schema, doc: schema.nodeFromJSON(blocksToDoc(blocks)), plugins: [history()] });
}

const blocksOf = (state: EditorState) => docToBlocks(state.doc.toJSON());

function undoOnce(state: EditorState): EditorState {
  let next = state;
  expect(undo(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

describe('showBlocksTransaction', () => {
  it('replaces only the changed text and is one undo step after the typing before it', () => {
    let state = stateOf(body('Huyện ủy chỉ đạo. ', 'Huyện ủy'));
    // The clerk types after "đạo." (before the space that ends the first run).
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 18)));
    state = state.apply(state.tr.insertText('Họp.'));
    const typed = blocksOf(state);
    expect(undoDepth(state)).toBe(1);

    const replaced = body('Tỉnh ủy chỉ đạo.Họp. ', 'Tỉnh ủy');
    const tr = showBlocksTransaction(state, replaced);
    expect(tr).not.toBeNull();
    expect(tr!.getMeta(FROM_REPORT)).toBe(true);
    // The footnote and the second paragraph are outside the replaced range.
    const second = state.doc.child(1);
    state = state.apply(tr!);
    expect(blocksOf(state)).toEqual(replaced);
    expect(state.doc.child(1)).toBe(second);
    expect(undoDepth(state)).toBe(2);

    state = undoOnce(state);
    expect(blocksOf(state)).toEqual(typed);
    state = undoOnce(state);
    expect(blocksOf(state)).toEqual(body('Huyện ủy chỉ đạo. ', 'Huyện ủy'));
  });

  it('does not join the typing that follows', () => {
    let state = stateOf(body('Huyện ủy.'));
    state = state.apply(showBlocksTransaction(state, body('Tỉnh ủy.'))!);
    state = state.apply(closeHistory(state.tr));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)).insertText('X'));
    state = undoOnce(state);
    expect(blocksOf(state)).toEqual(body('Tỉnh ủy.'));
  });

  it('is null when the editor already shows the blocks', () => {
    const state = stateOf(body('Huyện ủy.'));
    expect(showBlocksTransaction(state, body('Huyện ủy.'))).toBeNull();
  });
});
