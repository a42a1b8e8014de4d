/**
 * Dragging a column border in a table whose columns have no width yet: before the drag starts, every column
 * gets the width it is drawn at, so widening one column keeps the others where the clerk sees them (and the
 * model gets the proportions of the whole table, not one stray width). Word fixes a table's widths the same way
 * on the first drag.
 */
import { Plugin } from '@tiptap/pm/state';
import { TableMap, columnResizingPluginKey } from '@tiptap/pm/tables';
import type { EditorView } from '@tiptap/pm/view';

function freeze(view: EditorView): void {
  const handle = columnResizingPluginKey.getState(view.state)?.activeHandle ?? -1;
  if (handle < 0) return;
  const $cell = view.state.doc.resolve(handle);
  const table = $cell.node(-1);
  const tableStart = $cell.start(-1);
  const map = TableMap.get(table);
  const widths: number[] = [];
  for (let col = 0; col < map.width; col++) {
    let width = 0;
    // A cell that spans only this column gives its width; else a share of a merged cell's.
    for (let row = 0; row < map.height && !width; row++) {
      const pos = map.map[row * map.width + col]!;
      const node = table.nodeAt(pos);
      const dom = view.nodeDOM(tableStart + pos);
      if (node && dom instanceof HTMLElement) {
        const colspan = Number(node.attrs['colspan']) || 1;
        if (colspan === 1 || row === map.height - 1) width = Math.round(dom.getBoundingClientRect().width / colspan);
      }
    }
    widths.push(Math.max(1, width));
  }
  const tr = view.state.tr;
  const seen = new Set<number>();
  let changed = false;
  for (const pos of map.map) {
    if (seen.has(pos)) continue;
    seen.add(pos);
    const node = table.nodeAt(pos)!;
    const rect = map.findCell(pos);
    const old = node.attrs['colwidth'] as number[] | null;
    if (old && old.length === rect.right - rect.left && old.every((w) => w > 0)) continue;
    tr.setNodeMarkup(tableStart + pos, null, { ...node.attrs, colwidth: widths.slice(rect.left, rect.right) });
    changed = true;
  }
  if (changed) view.dispatch(tr);
}

export function freezeWidthsOnResize(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        mousedown: (view, event) => {
          if (event.button === 0) freeze(view);
          return false;
        },
      },
    },
  });
}
