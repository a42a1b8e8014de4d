/**
 * "Từ: Đảng ủy xã Bình Lư": a thin mark at the left of each top-level block of a compiled draft that is still as
 * the unit sent it, with the unit's name as its tooltip (core/compile/provenance.ts decides which blocks).
 * Decorations only: nothing is added to the document, so nothing of it is saved or exported. The list comes from
 * the report the editor reports to; between two reports the marks move with the text they are on.
 */
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface BlockOrigin {
  /** Index of the block among the editor's top-level blocks. */
  index: number;
  unit: string;
}

export const blockOriginsKey = new PluginKey<DecorationSet>('blockOrigins');

export function sameOrigins(a: readonly BlockOrigin[] = [], b: readonly BlockOrigin[] = []): boolean {
  return a.length === b.length && a.every((o, i) => o.index === b[i]?.index && o.unit === b[i]?.unit);
}

function decorations(doc: PMNode, origins: readonly BlockOrigin[]): DecorationSet {
  if (origins.length === 0) return DecorationSet.empty;
  const byIndex = new Map(origins.map((o) => [o.index, o.unit]));
  const found: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    const unit = byIndex.get(index);
    if (unit === undefined) return;
    found.push(
      Decoration.node(offset, offset + node.nodeSize, {
        class: 'block-origin',
        title: `Từ: ${unit} (chưa sửa từ khi tổng hợp)`,
        // The tooltip is for the mouse; a screen reader hears it with the paragraph.
        'aria-description': `Từ: ${unit}`,
        'data-origin': unit,
      }),
    );
  });
  return DecorationSet.create(doc, found);
}

export const BlockOrigins = Extension.create<{ initial: readonly BlockOrigin[] }>({
  name: 'blockOrigins',
  addOptions: () => ({ initial: [] }),
  addProseMirrorPlugins() {
    const { initial } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: blockOriginsKey,
        state: {
          init: (_, state) => decorations(state.doc, initial),
          apply: (tr, set) => {
            const origins = tr.getMeta(blockOriginsKey) as readonly BlockOrigin[] | undefined;
            return origins ? decorations(tr.doc, origins) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => blockOriginsKey.getState(state) },
      }),
    ];
  },
});
