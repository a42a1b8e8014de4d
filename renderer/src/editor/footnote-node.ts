/**
 * A footnote is an inline atom that carries its own paragraphs (model JSON in the `paragraphs` attribute), like
 * the model. Its visible number is not stored: a plugin decorates each footnote with
 * `offset + its index in this editor`, where the offset (footnotes earlier in the whole report) is pushed in
 * by the React component, so numbers run across every editor of the report in reading order.
 */
import { Node, mergeAttributes } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { PlainParagraph } from '../../../core/model/report-schema';
import { footnoteParagraphs } from './doc-to-blocks';
import { NODE } from './editor-json';

export const footnoteNumbersKey = new PluginKey<number>('footnoteNumbers');

export interface FootnoteOptions {
  /** Called when the clerk clicks a footnote number (or presses Enter on a selected one). */
  onOpen: (pos: number, paragraphs: PlainParagraph[]) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      insertFootnote: (paragraphs: PlainParagraph[]) => ReturnType;
      updateFootnote: (pos: number, paragraphs: PlainParagraph[]) => ReturnType;
      deleteFootnote: (pos: number) => ReturnType;
    };
  }
}

function footnoteText(paragraphs: PlainParagraph[]): string {
  return paragraphs.map((p) => p.content.map((r) => r.text).join('')).join(' ');
}

export const FootnoteNode = Node.create<FootnoteOptions>({
  name: NODE.footnote,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { onOpen: () => undefined };
  },

  addAttributes() {
    return {
      paragraphs: {
        default: [],
        parseHTML: (el) => {
          try {
            return footnoteParagraphs(JSON.parse(el.getAttribute('data-paragraphs') ?? '[]'));
          } catch {
            return [];
          }
        },
        renderHTML: (attrs) => ({ 'data-paragraphs': JSON.stringify(attrs['paragraphs'] ?? []) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes({ 'data-footnote': '' }, HTMLAttributes)];
  },

  renderText() {
    return '';
  },

  addCommands() {
    return {
      insertFootnote:
        (paragraphs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { paragraphs } }),
      updateFootnote:
        (pos, paragraphs) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (!node || node.type !== this.type) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { paragraphs });
          return true;
        },
      deleteFootnote:
        (pos) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (!node || node.type !== this.type) return false;
          if (dispatch) tr.delete(pos, pos + node.nodeSize);
          return true;
        },
    };
  },

  addNodeView() {
    return ({ node, getPos, decorations }) => {
      const dom = document.createElement('sup');
      dom.className = 'footnote-ref';
      dom.setAttribute('data-footnote', '');
      dom.setAttribute('role', 'button');
      dom.contentEditable = 'false';
      let current = node;
      const render = (decos: readonly Decoration[]) => {
        const spec = decos.find((d) => typeof (d.spec as { number?: unknown }).number === 'number')?.spec as { number: number } | undefined;
        const n = spec ? String(spec.number) : '?';
        dom.textContent = n;
        dom.setAttribute('aria-label', `Chú thích ${n}: ${footnoteText(current.attrs['paragraphs'] as PlainParagraph[])}`);
        dom.title = 'Bấm để sửa chú thích';
      };
      render(decorations);
      dom.addEventListener('mousedown', (e) => e.preventDefault());
      dom.addEventListener('click', (e) => {
        e.preventDefault();
        const pos = getPos();
        if (typeof pos === 'number') this.options.onOpen(pos, current.attrs['paragraphs'] as PlainParagraph[]);
      });
      return {
        dom,
        update: (updated, decos) => {
          if (updated.type !== current.type) return false;
          current = updated;
          render(decos);
          return true;
        },
        ignoreMutation: () => true,
        stopEvent: (e) => e.type === 'click' || e.type === 'mousedown',
      };
    };
  },

  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin<number>({
        key: footnoteNumbersKey,
        state: {
          init: () => 0,
          apply: (tr, offset) => {
            const next = tr.getMeta(footnoteNumbersKey) as number | undefined;
            return typeof next === 'number' ? next : offset;
          },
        },
        props: {
          decorations(state) {
            const offset = footnoteNumbersKey.getState(state) ?? 0;
            const decos: Decoration[] = [];
            let i = 0;
            state.doc.descendants((n, pos) => {
              if (n.type === type) {
                i++;
                decos.push(Decoration.node(pos, pos + n.nodeSize, { 'data-number': String(offset + i) }, { number: offset + i }));
              }
            });
            return DecorationSet.create(state.doc, decos);
          },
        },
      }),
    ];
  },
});
