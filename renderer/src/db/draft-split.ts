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
import type { Report, Section } from '../../../core/model/report-schema';
import { assembleSections, flattenSections, sectionJson } from '../../../core/model/section-records';

export { flattenSections, sectionJson, type SectionNode } from '../../../core/model/section-records';
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

export type SectionKey = [draftId: string, sectionId: string];

export function newRev(): string {
  return crypto.randomUUID();
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

export const sectionRecord = (draftId: string, sectionId: string, json: string): SectionRecord => ({
  draftId,
  sectionId,
  json,
});

/**
 * One record from a head and its draft's section records (null: a whole record), NOT validated.
 */
export function assembleDraft(head: DraftHead, records: readonly SectionRecord[] | null): unknown {
  const { chapterIds, rev: _rev, ...rest } = head;
  if (records === null || !Array.isArray(chapterIds)) return rest;
  const report: unknown = head.report;
  if (typeof report !== 'object' || report === null) return rest;
  const byId = new Map(records.map((r) => [r.sectionId, r]));
  return { ...rest, report: { ...report, sections: assembleSections(chapterIds, (id) => byId.get(id)?.json) } };
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
  const head = {
    ...(row as DraftHead),
    report: { ...(report as Report), sections: [] },
    chapterIds: chapters.map((s) => s.id),
    rev,
  };
  return { head, sections: all.map((s) => sectionRecord(id, s.id, sectionJson(s))) };
}
