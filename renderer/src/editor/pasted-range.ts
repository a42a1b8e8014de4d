/**
 * Where a paste landed and which of its paragraphs are marked headings, read from the paste's transaction and
 * the editor's document, so the question "split into sections?" is about exactly what was pasted.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Block, Section } from '../../../core/model/report-schema';
import { splitPastedHeadings } from '../../../core/model/pasted-headings';
import { docToBlocks } from './doc-to-blocks';

/** The document range a transaction replaced, in the new document; null when it changed nothing. */
export function changedRange(tr: Transaction): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  tr.steps.forEach((step, i) => {
    const rest = tr.mapping.slice(i + 1);
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1));
      to = Math.max(to, rest.map(newEnd, 1));
    });
  });
  return from <= to ? { from, to } : null;
}

export interface PastedHeadingSplit {
  /** Document range moved into the new sections: from the first heading to the end of the paste. */
  from: number;
  to: number;
  sections: Section[];
  markers: string[];
}

/** The top-level blocks the paste touched, from its first marked heading on, as sub-sections; null if none. */
export function pastedHeadingSplit(
  doc: PMNode,
  range: { from: number; to: number },
  parentLevel: number,
  newId: () => string,
): PastedHeadingSplit | null {
  const touched: { pos: number; end: number; blocks: Block[] }[] = [];
  doc.forEach((node, pos) => {
    const end = pos + node.nodeSize;
    if (end > range.from && pos < range.to)
      touched.push({ pos, end, blocks: docToBlocks({ type: 'doc', content: [node.toJSON()] }) });
  });
  // Only the first heading's place matters here; ids are drawn once the range is known.
  const first = touched.findIndex((t) => splitPastedHeadings(t.blocks, parentLevel, () => '') !== null);
  if (first < 0) return null;
  const split = splitPastedHeadings(
    touched.slice(first).flatMap((t) => t.blocks),
    parentLevel,
    newId,
  );
  if (!split) return null;
  return {
    from: touched[first]!.pos,
    to: touched[touched.length - 1]!.end,
    sections: split.sections,
    markers: split.markers,
  };
}
