/**
 * Heading markers computed from the printed level and position, in the sample report's style (SPEC §5.1):
 * level 1 "I.", level 2 "1.", level 3 "2.1." (number of the nearest level-2 ancestor + own), level 4 "a)".
 * A section's level is its depth unless it names one (`Section.level`), so `a)` may sit directly under `1.`.
 */
import { headingLevel, type HeadingLevel } from './report-schema';

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Vietnamese alphabet order for điểm: a) b) c) d) đ) e) … (đ follows d in legal drafting). */
const LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

export function toLetter(n: number): string {
  const i = n - 1;
  if (i < LETTERS.length) return LETTERS[i]!;
  return `${LETTERS[Math.floor(i / LETTERS.length) - 1]!}${LETTERS[i % LETTERS.length]!}`;
}

/**
 * Marker for a section printed at its depth, given the 1-based positions along its path from the top: [2] →
 * "II.", [2, 1] → "1.", [2, 2, 1] → "2.1.", [2, 2, 1, 3] → "c)". For a tree whose sections may name their level,
 * use `sectionNumberingAt`.
 */
export function sectionMarker(path: readonly number[]): string {
  const depth = path.length;
  const own = path[depth - 1] ?? 1;
  switch (depth) {
    case 1:
      return `${toRoman(own)}.`;
    case 2:
      return `${own}.`;
    case 3:
      return `${path[1]}.${own}.`;
    default:
      return `${toLetter(own)})`;
  }
}

/**
 * Marker of a heading printed at `level`, `position`-th (1-based) of its siblings at that level; `level2Number` is
 * the number of its nearest level-2 ancestor, which a level-3 marker starts with (none: the own number alone).
 */
export function levelMarker(level: number, position: number, level2Number?: number): string {
  if (level <= 1) return `${toRoman(position)}.`;
  if (level === 2) return `${position}.`;
  if (level === 3) return level2Number === undefined ? `${position}.` : `${level2Number}.${position}.`;
  return `${toLetter(position)})`;
}

/** Where a list of sibling sections sits: the printed level of their parent (0 at the top) and its level-2 number. */
export interface MarkerContext {
  parentLevel: number;
  level2Number?: number | undefined;
}

export interface SectionNumbering {
  level: number;
  marker: string;
  /** The context of this section's own children. */
  children: MarkerContext;
}

/**
 * Level, marker and child context of each sibling. Positions count the siblings printed at the same level, so a
 * list that mixes levels (a "1." then an "a)") still numbers each kind from the start.
 */
export function siblingNumbering(
  sections: readonly { level?: HeadingLevel | undefined }[],
  context: MarkerContext = { parentLevel: 0 },
): SectionNumbering[] {
  const seen = new Map<number, number>();
  return sections.map((section) => {
    const level = headingLevel(section, context.parentLevel);
    const position = (seen.get(level) ?? 0) + 1;
    seen.set(level, position);
    return {
      level,
      marker: levelMarker(level, position, context.level2Number),
      children: {
        parentLevel: level,
        level2Number: level === 2 ? position : level < 2 ? undefined : context.level2Number,
      },
    };
  });
}

interface SectionTree {
  level?: HeadingLevel | undefined;
  children: readonly SectionTree[];
}

/**
 * Numbering of the section at `path` (1-based positions from the top, as `sectionMarker` takes) in a tree whose
 * sections may name their level; null when the path leads nowhere.
 */
export function sectionNumberingAt(sections: readonly SectionTree[], path: readonly number[]): SectionNumbering | null {
  let list = sections;
  let context: MarkerContext = { parentLevel: 0 };
  let found: SectionNumbering | null = null;
  for (const position of path) {
    const numbering = siblingNumbering(list, context)[position - 1];
    const section = list[position - 1];
    if (!numbering || !section) return null;
    found = numbering;
    context = numbering.children;
    list = section.children;
  }
  return found;
}

/** Marker of the n-th numbered body item inside a section at `depth` (0 = opening/closing): "1.", "2."… */
export function numberedItemMarker(n: number): string {
  return `${n}.`;
}

/**
 * The marker sibling `index` would print with at `level`, the others unchanged: what the numbering-style picker
 * shows for each level it offers.
 */
export function markerAtLevel(
  sections: readonly { level?: HeadingLevel | undefined }[],
  index: number,
  level: HeadingLevel,
  context: MarkerContext = { parentLevel: 0 },
): string {
  return siblingNumbering(
    sections.map((s, k) => (k === index ? { level } : s)),
    context,
  )[index]!.marker;
}
