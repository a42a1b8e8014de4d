/**
 * A footnote is an inline atom that carries its own paragraphs (model JSON in the `paragraphs` attribute), like
 * the model. Its visible number is not stored: a plugin decorates each footnote with
 * `offset + its index in this editor`, where the offset (footnotes earlier in the whole report) is pushed in
 * by the React component, so numbers run across every editor of the report in reading order.
 */
import { Node, mergeAttributes } from '@tiptap/core';
import type { Node as PMNode, NodeType, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { PlainParagraph } from '../../../core/model/report-schema';
import { inlineText } from '../../../core/model/report-text';
import { footnoteParagraphs } from './doc-to-blocks';
import { NODE } from './editor-json';

/** The footnotes before this editor in the report, and the numbers shown on this editor's footnotes. */
export interface FootnoteNumbers {
  offset: number;
  decorations: DecorationSet;
}

export const footnoteNumbersKey = new PluginKey<FootnoteNumbers>('footnoteNumbers');

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
  return paragraphs.map((p) => inlineText(p.content)).join(' ');
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
        const spec = decos.find((d) => typeof (d.spec as { number?: unknown }).number === 'number')?.spec as
          { number: number } | undefined;
        const n = spec ? String(spec.number) : '?';
        dom.textContent = n;
        dom.setAttribute(
          'aria-label',
          `Chú thích ${n}: ${footnoteText(current.attrs['paragraphs'] as PlainParagraph[])}`,
        );
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
    return [footnoteNumbersPlugin(this.type)];
  },
});

/**
 * Numbers every footnote of the editor as `offset + its index`. The numbers are kept in the plugin state and
 * only moved along with a keystroke's edit: walking the whole document on every transaction cost about 0.6 ms
 * per key in a long chapter. They are counted again when the offset changes or an edit adds, removes or
 * rewrites a footnote.
 */
export function footnoteNumbersPlugin(type: NodeType): Plugin<FootnoteNumbers> {
  const numbered = (doc: PMNode, offset: number): FootnoteNumbers => {
    const decos: Decoration[] = [];
    let i = 0;
    doc.descendants((n, pos) => {
      if (n.type === type) {
        i++;
        decos.push(
          Decoration.node(pos, pos + n.nodeSize, { 'data-number': String(offset + i) }, { number: offset + i }),
        );
      }
    });
    return { offset, decorations: DecorationSet.create(doc, decos) };
  };
  return new Plugin<FootnoteNumbers>({
    key: footnoteNumbersKey,
    state: {
      init: (_config, state) => numbered(state.doc, 0),
      apply: (tr, prev) => {
        const next = tr.getMeta(footnoteNumbersKey) as number | undefined;
        const offset = typeof next === 'number' ? next : prev.offset;
        if (offset !== prev.offset || (tr.docChanged && touchesNode(tr, type))) return numbered(tr.doc, offset);
        return tr.docChanged ? { offset, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev;
      },
    },
    props: {
      decorations: (state) => footnoteNumbersKey.getState(state)?.decorations,
    },
  });
}

/** True when a step of `tr` removes or inserts a node of `type` (a footnote). */
function touchesNode(tr: Transaction, type: NodeType): boolean {
  let found = false;
  const check = (n: PMNode) => {
    if (n.type === type) found = true;
    return !found;
  };
  tr.steps.forEach((step, i) => {
    if (found) return;
    const before = tr.docs[i]!;
    step.getMap().forEach((oldStart, oldEnd) => {
      if (!found && oldEnd > oldStart) before.nodesBetween(oldStart, oldEnd, check);
    });
    const slice = (step as { slice?: Slice }).slice;
    if (!found && slice) slice.content.descendants(check);
  });
  return found;
}
