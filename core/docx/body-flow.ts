/**
 * The body in reading order as a flat list: opening blocks, then each section's heading (with the marker its
 * printed level and position give it) followed by its blocks and sub-sections, then the closing blocks. Rendering a
 * flat list lets the writer know which paragraph is the last one (keep-with-next, end mark) and numbers
 * footnotes in the order a reader meets them.
 */
import { numberedItemMarker, siblingNumbering, type MarkerContext } from '../model/markers';
import type { Block, Section } from '../model/report-schema';

export type FlowItem =
  | {
      kind: 'heading';
      /** Printed level 1–4 (Section.level, else the depth). */ level: number;
      marker: string;
      text: string;
    }
  | {
      kind: 'block';
      block: Block;
      /** Marker of a numbered item ("1."), computed from its position. */ marker?: string;
    };

function blockItems(blocks: readonly Block[]): FlowItem[] {
  let numbered = 0;
  return blocks.map((block) =>
    block.type === 'numbered'
      ? { kind: 'block', block, marker: numberedItemMarker(++numbered) }
      : { kind: 'block', block },
  );
}

function sectionItems(sections: readonly Section[], context: MarkerContext): FlowItem[] {
  const numbering = siblingNumbering(sections, context);
  return sections.flatMap((section, i) => {
    const n = numbering[i]!;
    return [
      { kind: 'heading', level: n.level, marker: n.marker, text: section.heading } satisfies FlowItem,
      ...blockItems(section.blocks),
      ...sectionItems(section.children, n.children),
    ];
  });
}

export function bodyFlow(
  opening: readonly Block[],
  sections: readonly Section[],
  closing: readonly Block[],
): FlowItem[] {
  return [...blockItems(opening), ...sectionItems(sections, { parentLevel: 0 }), ...blockItems(closing)];
}
