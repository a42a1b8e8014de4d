/**
 * Lays the sections of each unit's report onto one outline: the first report of the outline most units used
 * gives the skeleton; a unit's section goes where a section has the same id, else the same outline key, else
 * the same heading text (folded: case, diacritics and spacing aside), always under the matched parent. Reports
 * of another outline whose sections mostly do not match are left out; a section that matches nothing in an
 * included report is added to the skeleton after its siblings and reported.
 */
import type { Block, HeadingLevel, Section } from '../model/report-schema';
import { foldText } from '../text/fold-text';

export interface OutlineNode {
  id: string;
  outlineKey?: string | undefined;
  level?: HeadingLevel | undefined;
  heading: string;
  /** The heading folded for matching (computed once: a compile matches every unit's sections against it). */
  headingKey: string;
  children: OutlineNode[];
  /** Each contributing unit's own blocks, in unit order. */
  parts: { unit: number; blocks: Block[] }[];
}

export function skeletonOf(sections: readonly Section[]): OutlineNode[] {
  return sections.map((s) => ({
    id: s.id,
    ...(s.outlineKey === undefined ? {} : { outlineKey: s.outlineKey }),
    ...(s.level === undefined ? {} : { level: s.level }),
    heading: s.heading,
    headingKey: foldText(s.heading),
    children: skeletonOf(s.children),
    parts: [],
  }));
}

function findMatch(
  nodes: readonly OutlineNode[],
  section: Section,
  taken: ReadonlySet<OutlineNode>,
): OutlineNode | undefined {
  const free = nodes.filter((n) => !taken.has(n));
  const heading = foldText(section.heading);
  return (
    free.find((n) => n.id === section.id && n.headingKey === heading) ??
    free.find((n) => n.id === section.id) ??
    (section.outlineKey === undefined ? undefined : free.find((n) => n.outlineKey === section.outlineKey)) ??
    free.find((n) => n.headingKey === heading)
  );
}

export interface MatchCount {
  matched: number;
  total: number;
  /** Headings of the sections that matched nothing ("II. … > 3. …"). */
  unmatched: string[];
}

/**
 * Counts (and with `unit` given, records) how `sections` fall onto `nodes`. Without `unit` nothing changes, so
 * a report can be judged compatible before it is laid on.
 */
export function layOnto(
  nodes: OutlineNode[],
  sections: readonly Section[],
  unit?: number,
  path: readonly string[] = [],
): MatchCount {
  const count: MatchCount = { matched: 0, total: 0, unmatched: [] };
  const taken = new Set<OutlineNode>();
  for (const section of sections) {
    count.total++;
    let node = findMatch(nodes, section, taken);
    const where = [...path, section.heading.slice(0, 80)];
    if (node) {
      count.matched++;
      taken.add(node);
    } else {
      count.unmatched.push(where.join(' › '));
      if (unit === undefined) {
        addCounts(count, countAll(section.children, where));
        continue;
      }
      node = { ...skeletonOf([{ ...section, children: [] }])[0]!, id: freeId(nodes, section.id) };
      nodes.push(node);
      taken.add(node);
    }
    if (unit !== undefined && section.blocks.length > 0) node.parts.push({ unit, blocks: section.blocks });
    addCounts(count, layOnto(node.children, section.children, unit, where));
  }
  return count;
}

function countAll(sections: readonly Section[], path: readonly string[]): MatchCount {
  const count: MatchCount = { matched: 0, total: 0, unmatched: [] };
  for (const s of sections) {
    count.total++;
    addCounts(count, countAll(s.children, [...path, s.heading.slice(0, 80)]));
  }
  return count;
}

function addCounts(into: MatchCount, more: MatchCount): void {
  into.matched += more.matched;
  into.total += more.total;
  into.unmatched.push(...more.unmatched);
}

/** Ids stay unique among siblings: "kinh-te" → "kinh-te-2". */
function freeId(nodes: readonly OutlineNode[], wanted: string): string {
  const ids = new Set(nodes.map((n) => n.id));
  if (!ids.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const id = `${wanted.slice(0, 58)}-${n}`;
    if (!ids.has(id)) return id;
  }
}
