/**
 * The paragraph node with a `kind` attribute (ordinary / "- " line / numbered item) and, for "- " lines, a
 * `level` (2 is written "+ "). The marker itself is drawn by CSS, never typed, exactly as the DOCX writer
 * adds it: the text the clerk types is the text after the marker.
 */
import { Node, mergeAttributes, textblockTypeInputRule } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { ParagraphKind } from './editor-json';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    paragraphKind: {
      /** Makes the current paragraph(s) this kind, or back to ordinary paragraphs if they already are. */
      toggleParagraphKind: (kind: Exclude<ParagraphKind, 'paragraph'>) => ReturnType;
    };
  }
}

export interface ParagraphKindsOptions {
  HTMLAttributes: Record<string, string>;
  /** False in the footnote editor, whose paragraphs are always ordinary. */
  kinds: boolean;
}

function kindFromElement(el: HTMLElement): ParagraphKind {
  const k = el.getAttribute('data-kind');
  return k === 'dash' || k === 'numbered' ? k : 'paragraph';
}

// Our own paragraph node (rather than extending @tiptap/extension-paragraph) keeps the dependency list as is.
export const ParagraphWithKinds = Node.create<ParagraphKindsOptions>({
  name: 'paragraph',
  priority: 1000,
  group: 'block',
  content: 'inline*',

  addOptions() {
    return { HTMLAttributes: {}, kinds: true };
  },

  parseHTML() {
    return [{ tag: 'p' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addAttributes() {
    return {
      kind: {
        default: 'paragraph',
        parseHTML: kindFromElement,
        renderHTML: (attrs) => (attrs['kind'] === 'paragraph' ? {} : { 'data-kind': String(attrs['kind']) }),
      },
      level: {
        default: 1,
        parseHTML: (el) => (el.getAttribute('data-level') === '2' ? 2 : 1),
        renderHTML: (attrs) => (attrs['level'] === 2 ? { 'data-level': '2' } : {}),
      },
    };
  },

  addCommands() {
    return {
      toggleParagraphKind:
        (kind) =>
        ({ editor, commands }) => {
          const active = editor.isActive(this.name, { kind });
          return commands.updateAttributes(this.name, active ? { kind: 'paragraph', level: 1 } : { kind, level: 1 });
        },
    };
  },

  addInputRules() {
    if (!this.options.kinds) return [];
    // "- " or "+ " typed at the start of a paragraph: the clerk's habit from Word.
    return [
      textblockTypeInputRule({ find: /^\s*-\s$/, type: this.type, getAttributes: { kind: 'dash', level: 1 } }),
      textblockTypeInputRule({ find: /^\s*\+\s$/, type: this.type, getAttributes: { kind: 'dash', level: 2 } }),
    ];
  },

  addKeyboardShortcuts() {
    const resetIfMarked = (atStartOnly: boolean) => () => {
      const { selection } = this.editor.state;
      const parent = selection.$from.parent;
      if (!selection.empty || parent.type !== this.type || parent.attrs['kind'] === 'paragraph') return false;
      if (atStartOnly ? selection.$from.parentOffset !== 0 : parent.content.size !== 0) return false;
      return this.editor.commands.updateAttributes(this.name, { kind: 'paragraph', level: 1 });
    };
    return {
      // Like leaving a list in Word: Backspace at the start or Enter on an empty line drops the marker.
      Backspace: resetIfMarked(true),
      Enter: resetIfMarked(false),
      'Mod-Shift-8': () => this.options.kinds && this.editor.commands.toggleParagraphKind('dash'),
      'Mod-Shift-7': () => this.options.kinds && this.editor.commands.toggleParagraphKind('numbered'),
    };
  },

  addProseMirrorPlugins() {
    if (!this.options.kinds) return [];
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('endListDuringComposition'),
        // While an input method composes, ProseMirror leaves keys to the browser, whose own Enter copies the
        // "- " line's attributes into the new line: Enter on an empty "- " line made another one, forever.
        // Only transactions read from the DOM during a composition are looked at (none of plain typing):
        // two empty marked lines with the caret in the second become one ordinary line, as our Enter does.
        appendTransaction: (trs, _old, state) => {
          if (!trs.some((tr) => tr.docChanged && tr.getMeta('composition') !== undefined)) return null;
          const { $from, empty } = state.selection;
          const line = $from.parent;
          if (!empty || line.type !== type || line.content.size !== 0 || line.attrs['kind'] === 'paragraph')
            return null;
          const index = $from.index($from.depth - 1);
          const before = index > 0 ? $from.node($from.depth - 1).child(index - 1) : null;
          if (
            !before ||
            before.type !== type ||
            before.content.size !== 0 ||
            before.attrs['kind'] !== line.attrs['kind']
          )
            return null;
          const start = $from.before();
          const tr = state.tr.delete(start - before.nodeSize, start);
          tr.setNodeMarkup(start - before.nodeSize, undefined, { ...line.attrs, kind: 'paragraph', level: 1 });
          return tr.setSelection(TextSelection.create(tr.doc, start - before.nodeSize + 1));
        },
      }),
    ];
  },
});
