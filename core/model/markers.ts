/**
 * Heading markers computed from depth and position, in the sample report's style (SPEC §5.1):
 * depth 1 "I.", depth 2 "1.", depth 3 "2.1." (parent number + own), depth 4 "a)".
 */

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
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
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function toLetter(n: number): string {
  const i = n - 1;
  if (i < LETTERS.length) return LETTERS[i]!;
  return `${LETTERS[Math.floor(i / LETTERS.length) - 1]!}${LETTERS[i % LETTERS.length]!}`;
}

/**
 * Marker for a section given the 1-based positions along its path from the top: [2] → "II.",
 * [2, 1] → "1.", [2, 2, 1] → "2.1.", [2, 2, 1, 3] → "c)".
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

/** Marker of the n-th numbered body item inside a section at `depth` (0 = opening/closing): "1.", "2."… */
export function numberedItemMarker(n: number): string {
  return `${n}.`;
}

/**
 * Marker for a section whose printed level is set rather than taken from its depth (`Section.level`, e.g. "a)"
 * directly under "1."). `levels[i]` is the printed level (1–4) of the i-th section on the path from the top and
 * `positions[i]` its 1-based position among its siblings: levels [1, 2, 4], positions [2, 1, 3] → "c)". A level-3
 * marker carries its parent's number ("2.1."): levels only grow down a path, so that parent is the "2." above it,
 * or the chapter itself when level 3 sits directly under it. With levels equal to the depths this is `sectionMarker`.
 */
export function sectionMarkerWithLevels(levels: readonly number[], positions: readonly number[]): string {
  const last = positions.length - 1;
  const own = positions[last] ?? 1;
  switch (levels[last] ?? last + 1) {
    case 1:
      return `${toRoman(own)}.`;
    case 2:
      return `${own}.`;
    case 3:
      return `${positions[last - 1] ?? 1}.${own}.`;
    default:
      return `${toLetter(own)})`;
  }
}
