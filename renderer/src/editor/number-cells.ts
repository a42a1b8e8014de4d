/**
 * A body cell that holds only a number ("1.284", "87,8", "+3,4", "-4", "12,5%") is shown right-aligned, as the
 * writer prints it, unless the clerk chose an alignment. Only a display class: nothing is stored. The classes
 * are found once when the editor opens and then only for the cells an edit touched, so typing in a long report
 * does not walk the whole document.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isViNumber } from '../../../core/text/vi-number';
import { NODE } from './editor-json';

const key = new PluginKey<DecorationSet>('numberCells');

function isNumberCell(node: PmNode): boolean {
  return node.type.name === NODE.tableCell && !node.attrs['align'] && isViNumber(node.textContent);
}

/** Decorations for the number cells among the nodes between `from` and `to`; does not enter paragraphs. */
function numberCellsIn(doc: PmNode, from: number, to: number, out: Decoration[]): void {
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.type.name === NODE.tableCell || node.type.name === NODE.tableHeader) {
      if (isNumberCell(node)) out.push(Decoration.node(pos, pos + node.nodeSize, { class: 'cell-number' }));
      return false;
    }
    return node.type.name === NODE.table || node.type.name === NODE.tableRow || node.type.name === NODE.doc;
  });
}

export function numberCells(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state) => {
        const decos: Decoration[] = [];
        numberCellsIn(state.doc, 0, state.doc.content.size, decos);
        return DecorationSet.create(state.doc, decos);
      },
      apply: (tr, prev) => {
        if (!tr.docChanged) return prev;
        let set = prev.map(tr.mapping, tr.doc);
        // The ranges the edit wrote, in the new document.
        const ranges: [number, number][] = [];
        tr.steps.forEach((step, i) => {
          const rest = tr.mapping.slice(i + 1);
          step.getMap().forEach((_a, _b, start, end) => ranges.push([rest.map(start, -1), rest.map(end, 1)]));
        });
        for (const [from, to] of ranges) {
          const lo = Math.max(0, from);
          const hi = Math.min(tr.doc.content.size, to);
          // Every cell around or inside the range is looked at again.
          const $from = tr.doc.resolve(lo);
          let start = lo;
          let stop = hi;
          for (let d = $from.depth; d > 0; d--) {
            const name = $from.node(d).type.name;
            if (name === NODE.tableCell || name === NODE.tableHeader) {
              start = Math.min(start, $from.before(d));
              stop = Math.max(stop, $from.after(d));
            }
          }
          const add: Decoration[] = [];
          numberCellsIn(tr.doc, start, stop, add);
          set = set.remove(set.find(start, stop).filter((d) => d.from < stop && d.to > start)).add(tr.doc, add);
        }
        return set;
      },
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}
