/**
 * Vietnamese input methods that compose (Windows IMEs, UniKey/EVKey in composition mode) next to a table.
 * Below a table at the end of the text there is no paragraph, only the gap cursor; the browser puts a
 * composition where the DOM selection is, and for a gap cursor that is not a paragraph at all, so the word
 * landed in the table or at the end of the paragraph above it. prosemirror-gapcursor makes the paragraph on
 * the composition's `beforeinput`, which comes after the browser has chosen the place. So the paragraph is
 * made at the first sign of a composition: the IME's keydown (key code 229) or `compositionstart`.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { GapCursor } from '@tiptap/pm/gapcursor';
import type { EditorView } from '@tiptap/pm/view';

/** Puts an empty paragraph at the gap cursor and the caret in it; false when the selection is no gap cursor. */
function paragraphAtGap(view: EditorView): boolean {
  const { state } = view;
  if (!(state.selection instanceof GapCursor)) return false;
  const paragraph = state.schema.nodes['paragraph']?.createAndFill();
  if (!paragraph) return false;
  const { pos } = state.selection.$from;
  const tr = state.tr.insert(pos, paragraph);
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, pos + 1)));
  return true;
}

export const CompositionAtGap = Extension.create({
  name: 'compositionAtGap',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('compositionAtGap'),
        props: {
          handleDOMEvents: {
            // Never handled here: ProseMirror and the browser go on with the composition, now in the paragraph.
            keydown: (view, event) => {
              if (event.keyCode === 229) paragraphAtGap(view);
              return false;
            },
            compositionstart: (view) => {
              paragraphAtGap(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
