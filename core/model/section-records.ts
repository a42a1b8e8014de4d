/**
 * A report's sections as one record per section node at any depth — its own fields and the ordered ids of its
 * children, as JSON text — and back. IndexedDB (renderer/src/db/draft-split.ts) and the main-process journal
 * (node/journal) store drafts this way, so typing in one paragraph rewrites one small record in both, and the
 * record text computed once for a section serves both stores.
 */
import { LIMITS, type Section } from './report-schema';

/** What one record holds: a section without its children, which are records of their own. */
export interface SectionNode {
  outlineKey?: string | undefined;
  level?: Section['level'];
  heading: string;
  blocks: Section['blocks'];
  childIds: string[];
}

/**
 * Every section of a tree, parents before children, or null when the tree cannot be stored one record per
 * section: records are keyed by section id, so every node must be an object with a string id that no other
 * node has, and `children` an array. Deeper than the schema allows also counts as unsplittable (the gate
 * rejects such a report anyway; stored whole it is reported exactly as before).
 */
export function flattenSections(sections: readonly unknown[]): Section[] | null {
  const out: Section[] = [];
  const seen = new Set<string>();
  const visit = (list: readonly unknown[], depth: number): boolean => {
    if (list.length && depth > LIMITS.depth) return false;
    for (const s of list) {
      if (typeof s !== 'object' || s === null) return false;
      const { id, children } = s as { id?: unknown; children?: unknown };
      if (typeof id !== 'string' || seen.has(id) || !Array.isArray(children)) return false;
      seen.add(id);
      out.push(s as Section);
      if (!visit(children, depth + 1)) return false;
    }
    return true;
  };
  return visit(sections, 1) ? out : null;
}

/** Record texts by section object: a section is never mutated in place, so its text never changes. */
const texts = new WeakMap<Section, string>();

/**
 * The JSON a section's record holds: every field but `id` (the key) and `children` (their ids instead), in the
 * section's own key order. Unknown fields of an old broken record are kept, so the gate still rejects it.
 * Computed once per section object, whichever store asks first.
 */
export function sectionJson(section: Section): string {
  const known = texts.get(section);
  if (known !== undefined) return known;
  const { id: _id, children, ...own } = section;
  const node: SectionNode = { ...own, childIds: children.map((c) => c.id) };
  const text = JSON.stringify(node);
  texts.set(section, text);
  return text;
}

/**
 * Sets the record text of a section object to its checked, cleaned form (section-check.ts), so both stores
 * write what the schema returned while the wizard keeps editing its own objects.
 */
export function rememberSectionText(section: Section, text: string): void {
  texts.set(section, text);
}

function parseNode(text: string | undefined): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The section tree under `ids` from record texts, NOT validated: a missing or unreadable record stays in place
 * as `undefined` so the validation gate names the spot. A record listed twice (a broken child list pointing back
 * up the tree) is also `undefined` there, so assembling always ends.
 */
export function assembleSections(
  ids: readonly unknown[],
  textOf: (id: string) => string | undefined,
  used: Set<string> = new Set(),
): unknown[] {
  return ids.map((id) => {
    if (typeof id !== 'string' || used.has(id)) return undefined;
    used.add(id);
    const node = parseNode(textOf(id));
    if (typeof node !== 'object' || node === null) return undefined;
    const { childIds, ...own } = node as Partial<SectionNode>;
    // Without a child list the section comes back without `children`: the gate reports it.
    if (!Array.isArray(childIds)) return { id, ...own };
    return { id, ...own, children: assembleSections(childIds, textOf, used) };
  });
}
