/**
 * How a draft is laid out in IndexedDB since database version 3: a head record (everything but the sections'
 * content — header, closing, appendices … — plus the ordered chapter ids) in `drafts`, and one record per
 * SECTION NODE at any depth in `sections` — its heading, outline key, printed level and own blocks, and the
 * ordered ids of its children (not the children themselves). Typing in a paragraph then rewrites one record of a
 * few KB (the section that owns the paragraph) and the small head, instead of a whole chapter (half of a long
 * report).
 *
 * A head without `chapterIds` is a "whole" record: its report still holds every section (a record written
 * before version 3 that could not be split, e.g. a broken one, or sections whose ids cannot key records).
 * Reads assemble both forms into one `DraftRecord`-shaped value for `readDraftRecord`, the validation gate.
 */
import { LIMITS, type Report, type Section } from '../../../core/model/report-schema';
import type { DraftRecord } from './draft-record';

export interface DraftHead extends Omit<DraftRecord, 'report'> {
  /** The report; `sections` is empty when `chapterIds` is set (the sections are in `sections`). */
  report: Report;
  /** Top-level section ids in reading order; absent in a whole record. */
  chapterIds?: string[] | undefined;
  /**
   * Changes on every write of the draft. The repository only skips unchanged sections when the head still
   * carries the revision it wrote or read itself; any other writer (another window, restore, import) makes it
   * write every section again.
   */
  rev?: string | undefined;
}

export interface SectionRecord {
  draftId: string;
  sectionId: string;
  /**
   * The section's own fields and its children's ids (`SectionNode`) as JSON text: one string for IndexedDB
   * to copy instead of a structured clone of the blocks' object graph, and the form the repository compares
   * to tell whether a section changed (draft-changes.ts).
   */
  json: string;
}

/** What one record holds: a section without its children, which are records of their own. */
export interface SectionNode {
  outlineKey?: string | undefined;
  level?: Section['level'];
  heading: string;
  blocks: Section['blocks'];
  childIds: string[];
}

export type SectionKey = [draftId: string, sectionId: string];

export function newRev(): string {
  return crypto.randomUUID();
}

/**
 * Every section of a tree, parents before children, or null when the tree cannot be stored one record per
 * section: records are keyed by [draft id, section id], so every node must be an object with a string id
 * that no other node has, and `children` an array. Deeper than the schema allows also counts as unsplittable
 * (the gate rejects such a report anyway; stored whole it is reported exactly as before).
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

export function headOf(record: DraftRecord, rev: string): DraftHead {
  const head: DraftHead = {
    ...record,
    report: { ...record.report, sections: [] },
    chapterIds: record.report.sections.map((s) => s.id),
    rev,
  };
  if (head.deletedAt === undefined) delete head.deletedAt;
  return head;
}

/**
 * The JSON a section's record holds: every field but `id` (the key) and `children` (their ids instead), in the
 * section's own key order. Unknown fields of an old broken record are kept, so the gate still rejects it.
 */
export function sectionJson(section: Section): string {
  const { id: _id, children, ...own } = section;
  const node: SectionNode = { ...own, childIds: children.map((c) => c.id) };
  return JSON.stringify(node);
}

export const sectionRecord = (draftId: string, sectionId: string, json: string): SectionRecord => ({ draftId, sectionId, json });

function parseNode(record: SectionRecord | undefined): unknown {
  if (typeof record?.json !== 'string') return undefined;
  try {
    return JSON.parse(record.json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The section tree under `ids`, NOT validated: a missing or unreadable record stays in place as `undefined`
 * so `readDraftRecord` names the draft and the spot. A record listed twice (a broken child list pointing
 * back up the tree) is also `undefined` there, so assembling always ends.
 */
function assembleSections(ids: readonly unknown[], records: ReadonlyMap<string, SectionRecord>, used: Set<string>): unknown[] {
  return ids.map((id) => {
    if (typeof id !== 'string' || used.has(id)) return undefined;
    used.add(id);
    const node = parseNode(records.get(id));
    if (typeof node !== 'object' || node === null) return undefined;
    const { childIds, ...own } = node as Partial<SectionNode>;
    // Without a child list the section comes back without `children`: the gate reports it.
    if (!Array.isArray(childIds)) return { id, ...own };
    return { id, ...own, children: assembleSections(childIds, records, used) };
  });
}

/**
 * One record from a head and its draft's section records (null: a whole record), NOT validated.
 */
export function assembleDraft(head: DraftHead, records: readonly SectionRecord[] | null): unknown {
  const { chapterIds, rev: _rev, ...rest } = head;
  if (records === null || !Array.isArray(chapterIds)) return rest;
  const report: unknown = head.report;
  if (typeof report !== 'object' || report === null) return rest;
  const byId = new Map(records.map((r) => [r.sectionId, r]));
  return { ...rest, report: { ...report, sections: assembleSections(chapterIds, byId, new Set()) } };
}

/**
 * The version-3 form of a stored record of any earlier version, for the upgrade. Records that cannot be split
 * (broken, repeated section ids) are left whole: the validation gate still reports them exactly as before.
 */
export function splitStoredRecord(row: unknown, rev: string): { head: DraftHead; sections: SectionRecord[] } | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, report } = row as { id?: unknown; report?: unknown };
  if (typeof id !== 'string' || typeof report !== 'object' || report === null) return null;
  const top = (report as { sections?: unknown }).sections;
  const all = Array.isArray(top) ? flattenSections(top) : null;
  if (!all) return null;
  const chapters = top as Section[];
  const head = { ...(row as DraftHead), report: { ...(report as Report), sections: [] }, chapterIds: chapters.map((s) => s.id), rev };
  return { head, sections: all.map((s) => sectionRecord(id, s.id, sectionJson(s))) };
}
