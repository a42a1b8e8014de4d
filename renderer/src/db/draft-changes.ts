/**
 * Which section records a save must write, from what the repository stored last (same revision). A section
 * that is the very object stored then is unchanged, with everything under it (state is never mutated in
 * place). Any other section — the edited one and its ancestors, whose children lists are new arrays — is
 * serialised (a few KB each) and written only if its record text differs: an ancestor whose own heading and
 * blocks are the same and whose children are the same ids in the same order keeps its record.
 */
import type { Section } from '../../../core/model/report-schema';
import { flattenSections, sectionJson } from './draft-split';

/** A section object and the record text stored for it. */
export interface StoredSection {
  section: Section;
  json: string;
}

export interface SectionChanges {
  changed: { id: string; json: string }[];
  removedIds: string[];
  /** What the records hold once the changes are written: the repository's next memory of the draft. */
  stored: Map<string, StoredSection>;
}

/** Null when the sections cannot be stored one record each (repeated ids): the caller writes the draft whole. */
export function sectionChanges(
  known: ReadonlyMap<string, StoredSection>,
  sections: readonly Section[],
): SectionChanges | null {
  const all = flattenSections(sections);
  if (!all) return null;
  const stored = new Map<string, StoredSection>();
  const changed: { id: string; json: string }[] = [];
  for (const section of all) {
    const before = known.get(section.id);
    if (before?.section === section) {
      stored.set(section.id, before);
      continue;
    }
    const json = sectionJson(section);
    stored.set(section.id, { section, json });
    if (before?.json !== json) changed.push({ id: section.id, json });
  }
  const removedIds = [...known.keys()].filter((id) => !stored.has(id));
  return { changed, removedIds, stored };
}

/** The memory of a draft just written whole, or read: its sections with their record texts. */
export function storedSections(
  sections: readonly Section[],
  json: ReadonlyMap<string, string>,
): Map<string, StoredSection> | null {
  const all = flattenSections(sections);
  if (!all) return null;
  const stored = new Map<string, StoredSection>();
  for (const section of all) {
    const text = json.get(section.id);
    if (text === undefined) return null;
    stored.set(section.id, { section, json: text });
  }
  return stored;
}
