/**
 * The underlines after an edit: mapped through it, except those of words the edit went into. A word being
 * corrected loses its underline at the first keystroke and is checked again once typing pauses (as Word and
 * the browsers do): the underline never stretches over letters typed into it, and ProseMirror, which draws a
 * decorated word as a span of its own, does not redraw that span (and reset the caret) on every key.
 * Typing at a word's edge (a space after it, say) keeps its underline; a deletion touching it does not.
 */
import type { Transaction } from '@tiptap/pm/state';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';

export function mapFlags(set: DecorationSet, tr: Transaction): DecorationSet {
  const mapped = set.map(tr.mapping, tr.doc);
  const edited: Decoration[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1);
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      const from = after.map(newFrom, -1);
      const to = after.map(newTo, 1);
      for (const flag of mapped.find(from, to)) {
        // Text typed in: the words it overlaps. Text deleted (nothing new in its place): the words it touched.
        const hit = from === to ? flag.from <= from && flag.to >= from : flag.from < to && flag.to > from;
        if (hit) edited.push(flag);
      }
    });
  });
  return edited.length === 0 ? mapped : mapped.remove(edited);
}
