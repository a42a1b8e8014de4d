/**
 * Pure edits of the section tree for the chapter step. Each returns a new array and leaves its input alone,
 * so React sees the change and the undo of a deletion is just the old value.
 */
import { LIMITS, headingLevel, type HeadingLevel, type Section } from '../../../core/model/report-schema';
import { markerAtLevel, siblingNumbering, type MarkerContext } from '../../../core/model/markers';

export function newSection(id: string, heading = ''): Section {
  return { id, heading, blocks: [], children: [] };
}

function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** 1-based positions from the top down to the section, for `sectionMarker`; null if absent. */
export function sectionPath(sections: readonly Section[], id: string): number[] | null {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.id === id) return [i + 1];
    const inner = sectionPath(s.children, id);
    if (inner) return [i + 1, ...inner];
  }
  return null;
}

/**
 * Replaces only the sections on the path to `id`: every other section (and its subtree) stays the same
 * object, so the memoised section cards of a long chapter skip re-rendering when one heading or body changes.
 */
export function updateSection(sections: readonly Section[], id: string, change: (s: Section) => Section): Section[] {
  return [...updateWithin(sections, id, change)];
}

/** `sections` itself when `id` is not in it, so an untouched subtree keeps its identity. */
function updateWithin(sections: readonly Section[], id: string, change: (s: Section) => Section): readonly Section[] {
  let changed = false;
  const next = sections.map((s) => {
    if (s.id === id) {
      changed = true;
      return change(s);
    }
    if (!s.children.length) return s;
    const children = updateWithin(s.children, id, change);
    if (children === s.children) return s;
    changed = true;
    return { ...s, children: [...children] };
  });
  return changed ? next : sections;
}

/**
 * Printed levels (1–4, `headingLevel`) from the top down to the section; null if
 * absent. Without any `level` set they are 1, 2, 3 … as deep as the section sits.
 */
export function sectionLevels(sections: readonly Section[], id: string, parentLevel = 0): number[] | null {
  for (const s of sections) {
    const level = headingLevel(s, parentLevel);
    if (s.id === id) return [level];
    const inner = sectionLevels(s.children, id, level);
    if (inner) return [level, ...inner];
  }
  return null;
}

/** Whether a section's sub-sections still print below it, within level 4, when it prints at `level`. */
function childrenFit(children: readonly Section[], level: number): boolean {
  return children.every((c) => {
    const own = headingLevel(c, level);
    return own > level && own <= LIMITS.depth && childrenFit(c.children, own);
  });
}

/**
 * The levels a sub-section may print at: below its parent's, at most 4, with its own sub-sections still fitting
 * below. Level 3 ("2.1.") only under a level-2 "2.": under a chapter its number would read as a stray "1.1.".
 * The level it has now is always offered, so a draft made elsewhere shows what it holds. Empty for a chapter.
 */
export function levelChoices(sections: readonly Section[], id: string): HeadingLevel[] {
  const levels = sectionLevels(sections, id);
  const section = findSection(sections, id);
  if (!levels || !section || levels.length < 2) return [];
  return levelChoicesUnder(section, levels[levels.length - 2]!);
}

/** `levelChoices` for a section whose parent prints at `parentLevel` (what a section card knows). */
export function levelChoicesUnder(section: Section, parentLevel: number): HeadingLevel[] {
  const current = headingLevel(section, parentLevel);
  const all: HeadingLevel[] = [1, 2, 3, 4];
  return all.filter(
    (l) => l === current || (l > parentLevel && (l !== 3 || parentLevel === 2) && childrenFit(section.children, l)),
  );
}

/**
 * Sets the printed level of a sub-section. Stored only when it is not the one below its parent's, so a section
 * that simply follows its parent keeps following it. A level outside `levelChoices` leaves the tree as it is.
 */
export function setSectionLevel(sections: readonly Section[], id: string, level: HeadingLevel): Section[] {
  const levels = sectionLevels(sections, id);
  if (!levels || !levelChoices(sections, id).includes(level)) return [...sections];
  const parent = levels[levels.length - 2] ?? 0;
  return updateSection(sections, id, (s) => {
    const { level: _old, ...rest } = s;
    return level === parent + 1 ? rest : { ...rest, level };
  });
}

/**
 * Appends a child, unless that would nest deeper than the model allows (depth 4, or a parent printed as "a)").
 * It numbers like the last child already there: after "a)", "b)" comes, not "1.".
 */
export function addChild(sections: readonly Section[], parentId: string, child: Section): Section[] {
  const levels = sectionLevels(sections, parentId);
  if (!levels || !canHaveChildren(levels)) return [...sections];
  return updateSection(sections, parentId, (s) => {
    const level = s.children.at(-1)?.level;
    const added = level !== undefined && child.level === undefined ? { ...child, level } : child;
    return { ...s, children: [...s.children, added] };
  });
}

/**
 * Puts `children` first among the parent's sub-sections (text pasted into the parent's body, split at its
 * headings: it reads before the sub-sections already there). Refused, like `addChild`, where no level is left.
 */
export function insertChildrenFirst(
  sections: readonly Section[],
  parentId: string,
  children: readonly Section[],
): Section[] {
  const levels = sectionLevels(sections, parentId);
  if (!levels || !canHaveChildren(levels) || !children.length) return [...sections];
  return updateSection(sections, parentId, (s) => ({ ...s, children: [...children, ...s.children] }));
}

/** A section can take sub-sections while it is above depth 4 and prints above level 4 ("a)" has no level below). */
export function canHaveChildren(levels: readonly number[]): boolean {
  return levels.length < LIMITS.depth && (levels[levels.length - 1] ?? 0) < LIMITS.depth;
}

/** Inserts `sibling` after `id`; it takes the level `id` was given, so "a)" is followed by "b)", not "2.". */
export function addSiblingAfter(sections: readonly Section[], id: string, sibling: Section): Section[] {
  const i = sections.findIndex((s) => s.id === id);
  if (i >= 0) {
    const level = sections[i]!.level;
    const added = level !== undefined && sibling.level === undefined ? { ...sibling, level } : sibling;
    return [...sections.slice(0, i + 1), added, ...sections.slice(i + 1)];
  }
  return sections.map((s) => ({ ...s, children: addSiblingAfter(s.children, id, sibling) }));
}

export function removeSection(sections: readonly Section[], id: string): Section[] {
  return sections
    .filter((s) => s.id !== id)
    .map((s) => (s.children.length ? { ...s, children: removeSection(s.children, id) } : s));
}

/** Moves a section up (-1) or down (+1) among its siblings; no-op at either end. */
export function moveSection(sections: readonly Section[], id: string, delta: -1 | 1): Section[] {
  const i = sections.findIndex((s) => s.id === id);
  if (i >= 0) {
    const j = i + delta;
    if (j < 0 || j >= sections.length) return [...sections];
    const out = [...sections];
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  }
  return sections.map((s) => (s.children.length ? { ...s, children: moveSection(s.children, id, delta) } : s));
}

/** Where a section sits among its siblings, for enabling the up/down buttons. */
export function siblingPosition(sections: readonly Section[], id: string): { index: number; count: number } | null {
  const i = sections.findIndex((s) => s.id === id);
  if (i >= 0) return { index: i, count: sections.length };
  for (const s of sections) {
    const inner = siblingPosition(s.children, id);
    if (inner) return inner;
  }
  return null;
}

/** What a section card shows of its numbering: its marker and level, and the marker each offered level would give. */
export interface CardNumbering {
  marker: string;
  level: number;
  /** Where its own sub-sections are numbered from. */
  childContext: MarkerContext;
  choices: { level: HeadingLevel; marker: string }[];
}

/** `CardNumbering` of each of `children`, listed under a parent whose sub-sections are numbered from `context`. */
export function childNumberings(children: readonly Section[], context: MarkerContext): CardNumbering[] {
  const numbering = siblingNumbering(children, context);
  return children.map((child, i) => ({
    marker: numbering[i]!.marker,
    level: numbering[i]!.level,
    childContext: numbering[i]!.children,
    choices: levelChoicesUnder(child, context.parentLevel).map((level) => ({
      level,
      marker: markerAtLevel(children, i, level, context),
    })),
  }));
}

export function sameCardNumbering(a: CardNumbering, b: CardNumbering): boolean {
  return (
    a.marker === b.marker &&
    a.level === b.level &&
    a.childContext.parentLevel === b.childContext.parentLevel &&
    a.childContext.level2Number === b.childContext.level2Number &&
    a.choices.length === b.choices.length &&
    a.choices.every((c, i) => c.level === b.choices[i]!.level && c.marker === b.choices[i]!.marker)
  );
}
