/**
 * How a draft is laid out in IndexedDB since database version 3: a head record (everything but the chapters'
 * content, plus the ordered chapter ids) in `drafts`, and one record per chapter (top-level section) in
 * `chapters`, so an autosave after typing in one chapter writes that chapter and the small head only.
 *
 * A head without `chapterIds` is a "whole" record: its report still holds every chapter (a record written
 * before version 3 that could not be split, e.g. a broken one, or chapters whose ids cannot key records).
 * Reads assemble both forms into one `DraftRecord`-shaped value for `readDraftRecord`, the validation gate.
 */
import type { Report, Section } from '../../../core/model/report-schema';
import type { DraftRecord } from './draft-record';

export interface DraftHead extends Omit<DraftRecord, 'report'> {
  /** The report; `sections` is empty when `chapterIds` is set (the chapters are in `chapters`). */
  report: Report;
  /** Top-level section ids in reading order; absent in a whole record. */
  chapterIds?: string[] | undefined;
  /**
   * Changes on every write of the draft. The repository only skips unchanged chapters when the head still
   * carries the revision it wrote or read itself; any other writer (another window, restore, import) makes it
   * write every chapter again.
   */
  rev?: string | undefined;
}

export interface ChapterRecord {
  draftId: string;
  sectionId: string;
  /**
   * The section as JSON text. IndexedDB stores a string with one copy, while a chapter as objects (tens of
   * thousands of them in a long chapter) costs Chromium a structured clone on every save: the JSON form
   * measured about 2 ms less per save of the 100-page report's biggest chapter (bench/README.md).
   */
  json: string;
}

export type ChapterKey = [draftId: string, sectionId: string];

export function newRev(): string {
  return crypto.randomUUID();
}

/** Chapters are keyed by [draft id, section id], so they can be stored apart only when their ids are distinct strings. */
export function canSplit(sections: readonly unknown[]): sections is Section[] {
  const seen = new Set<string>();
  for (const s of sections) {
    if (typeof s !== 'object' || s === null) return false;
    const id = (s as { id?: unknown }).id;
    if (typeof id !== 'string' || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
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

export const chapterRecord = (draftId: string, section: Section): ChapterRecord => ({ draftId, sectionId: section.id, json: JSON.stringify(section) });

/** The section a chapter record holds; undefined when it is missing or not readable, which the gate reports. */
function sectionOf(chapter: ChapterRecord | undefined): unknown {
  if (typeof chapter?.json !== 'string') return undefined;
  try {
    return JSON.parse(chapter.json) as unknown;
  } catch {
    return undefined;
  }
}

/** The head's chapter keys, in reading order; null for a whole record. */
export function chapterKeysOf(head: DraftHead): ChapterKey[] | null {
  return Array.isArray(head.chapterIds) ? head.chapterIds.map((c): ChapterKey => [head.id, c]) : null;
}

/**
 * One record from a head and its chapters (in `chapterIds` order, undefined where one is missing), NOT
 * validated: a missing or broken chapter stays in place so `readDraftRecord` names the draft and the spot.
 */
export function assembleDraft(head: DraftHead, chapters: readonly (ChapterRecord | undefined)[] | null): unknown {
  const { chapterIds: _ids, rev: _rev, ...rest } = head;
  if (chapters === null) return rest;
  const report: unknown = head.report;
  if (typeof report !== 'object' || report === null) return rest;
  return { ...rest, report: { ...report, sections: chapters.map(sectionOf) } };
}

/**
 * The version-3 form of a stored record of any earlier version, for the upgrade. Records that cannot be split
 * (broken, duplicate chapter ids) are left whole: the validation gate still reports them exactly as before.
 */
export function splitStoredRecord(row: unknown, rev: string): { head: DraftHead; chapters: ChapterRecord[] } | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, report } = row as { id?: unknown; report?: unknown };
  if (typeof id !== 'string' || typeof report !== 'object' || report === null) return null;
  const sections = (report as { sections?: unknown }).sections;
  if (!Array.isArray(sections) || !canSplit(sections)) return null;
  const head = { ...(row as DraftHead), report: { ...(report as Report), sections: [] }, chapterIds: sections.map((s) => s.id), rev };
  return { head, chapters: sections.map((s) => chapterRecord(id, s)) };
}
