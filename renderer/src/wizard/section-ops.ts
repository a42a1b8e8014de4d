/**
 * Pure edits of the section tree for the chapter step. Each returns a new array and leaves its input alone,
 * so React sees the change and the undo of a deletion is just the old value.
 */
import { LIMITS, type Section } from '../../../core/model/report-schema';

export function newSection(id: string, heading = ''): Section {
  return { id, heading, blocks: [], children: [] };
}

export function findSection(sections: readonly Section[], id: string): Section | undefined {
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

/** Appends a child, unless that would nest deeper than the model allows (depth 4: a), b) …). */
export function addChild(sections: readonly Section[], parentId: string, child: Section): Section[] {
  const path = sectionPath(sections, parentId);
  if (!path || path.length >= LIMITS.depth) return [...sections];
  return updateSection(sections, parentId, (s) => ({ ...s, children: [...s.children, child] }));
}

export function addSiblingAfter(sections: readonly Section[], id: string, sibling: Section): Section[] {
  const i = sections.findIndex((s) => s.id === id);
  if (i >= 0) return [...sections.slice(0, i + 1), sibling, ...sections.slice(i + 1)];
  return sections.map((s) => ({ ...s, children: addSiblingAfter(s.children, id, sibling) }));
}

export function removeSection(sections: readonly Section[], id: string): Section[] {
  return sections.filter((s) => s.id !== id).map((s) => (s.children.length ? { ...s, children: removeSection(s.children, id) } : s));
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
