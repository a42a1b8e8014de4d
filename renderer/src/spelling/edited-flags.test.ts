/**
 * What happens to the underlines when the clerk types: a word typed into loses its underline until the next
 * check; the others, typing after a word included, keep theirs where they are.
 */
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blocksToDoc } from '../editor/blocks-to-doc';
import { bodyExtensions } from '../editor/editor-extensions';
import { mapFlags } from './edited-flags';

const schema = getSchema(bodyExtensions(() => undefined));
const TEXT = 'Huyện ủy có thười điểm chưa sát với homestay';

function setup() {
  const doc = schema.nodeFromJSON(blocksToDoc([{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }]));
  const state = EditorState.create({ schema, doc });
  // Positions inside the paragraph start at 1.
  const at = (word: string) => 1 + TEXT.indexOf(word);
  const flag = (word: string) => Decoration.inline(at(word), at(word) + word.length, { class: 'spelling-unknown' });
  const set = DecorationSet.create(doc, [flag('thười'), flag('homestay')]);
  const underlined = (next: DecorationSet, nextDoc = doc) => next.find().map((d) => nextDoc.textBetween(d.from, d.to));
  return { state, set, at, underlined };
}

describe('underlines after an edit', () => {
  it('a letter typed into an underlined word removes its underline, the other words keep theirs', () => {
    const { state, set, at, underlined } = setup();
    const tr = state.tr.insertText('x', at('thười') + 3);
    expect(underlined(mapFlags(set, tr), tr.doc)).toEqual(['homestay']);
  });

  it('typing after a word or before it keeps its underline over the word alone', () => {
    const { state, set, at, underlined } = setup();
    const after = state.tr.insertText(' ', at('thười') + 'thười'.length);
    expect(underlined(mapFlags(set, after), after.doc)).toEqual(['thười', 'homestay']);
    const before = state.tr.insertText('a', at('homestay'));
    expect(underlined(mapFlags(set, before), before.doc)).toEqual(['thười', 'homestay']);
  });

  it('a deletion inside or at the edge of a word removes its underline; one elsewhere only moves them', () => {
    const { state, set, at, underlined } = setup();
    const inside = state.tr.delete(at('thười') + 1, at('thười') + 2);
    expect(underlined(mapFlags(set, inside), inside.doc)).toEqual(['homestay']);
    const lastLetter = state.tr.delete(at('homestay') + 7, at('homestay') + 8);
    expect(underlined(mapFlags(set, lastLetter), lastLetter.doc)).toEqual(['thười']);
    const elsewhere = state.tr.delete(at('Huyện'), at('Huyện') + 'Huyện '.length);
    expect(underlined(mapFlags(set, elsewhere), elsewhere.doc)).toEqual(['thười', 'homestay']);
  });

  it('several steps in one transaction: each edited word counted in the final document', () => {
    const { state, set, at, underlined } = setup();
    const tr = state.tr.insertText('Ban ', at('Huyện')).insertText('z', at('homestay') + 'Ban '.length + 2);
    expect(underlined(mapFlags(set, tr), tr.doc)).toEqual(['thười']);
  });
});
