/**
 * A hard line break inside a paragraph (Shift+Enter, `<br>` in pasted HTML): the model's `{type:'break'}`,
 * written as `w:br`. Our own few lines rather than @tiptap/extension-hard-break, which is not among the
 * installed packages; it does the same for what the model can hold (no marks to keep across the break).
 */
import { Node } from '@tiptap/core';
import { NODE } from './editor-json';

export const HardBreakNode = Node.create({
  name: NODE.hardBreak,
  inline: true,
  group: 'inline',
  selectable: false,
  // Lets ProseMirror turn it into a newline (and back) where a paragraph's content is read as text.
  linebreakReplacement: true,

  parseHTML() {
    return [{ tag: 'br' }];
  },

  renderHTML() {
    return ['br'];
  },

  renderText() {
    return '\n';
  },

  addKeyboardShortcuts() {
    return { 'Shift-Enter': () => this.editor.commands.insertContent({ type: this.name }) };
  },
});
