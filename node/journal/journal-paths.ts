/**
 * Where the journal keeps things under userData. Draft ids come from the renderer and revision ids from
 * requests: neither becomes part of a path unless it matches its strict pattern, so "../x" or "C:\\x" can
 * never escape the journal folder.
 */
import { join } from 'node:path';
import { DRAFT_ID_PATTERN } from '../../core/model/ids';

/** `<checkpoint ms>-<revision>-<kind>`; sorts by time. */
export const REVISION_ID_PATTERN = /^\d{13}-\d{1,9}-(auto|named|restore)$/;
export const BACKUP_NAME_PATTERN = /^drafts-(\d{13})\.json$/;

export function isDraftId(id: string): boolean {
  return DRAFT_ID_PATTERN.test(id);
}

function checkedId(id: string, pattern: RegExp): string {
  if (!pattern.test(id)) throw new Error('journal: refused an id that is not safe as a file name');
  return id;
}

export function journalPaths(userData: string) {
  const drafts = join(userData, 'drafts');
  const backups = join(userData, 'backups');
  return {
    drafts,
    backups,
    draft: (id: string) => join(drafts, `${checkedId(id, DRAFT_ID_PATTERN)}.json`),
    draftDir: (id: string) => join(drafts, checkedId(id, DRAFT_ID_PATTERN)),
    revisions: (id: string) => join(drafts, checkedId(id, DRAFT_ID_PATTERN), 'revisions'),
    /** Section and head records of a version-2 draft, named by their SHA-256 (section-blobs.ts). */
    records: (id: string) => join(drafts, checkedId(id, DRAFT_ID_PATTERN), 'records'),
    revision: (id: string, revisionId: string) =>
      join(drafts, checkedId(id, DRAFT_ID_PATTERN), 'revisions', `${checkedId(revisionId, REVISION_ID_PATTERN)}.json`),
    backup: (at: number) => join(backups, `drafts-${String(Math.trunc(at)).padStart(13, '0')}.json`),
  };
}
export type JournalPaths = ReturnType<typeof journalPaths>;
