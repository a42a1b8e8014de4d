/**
 * A draft or revision file as the whole record the journal's callers see: a version-1 file is one already;
 * a version-2 manifest is assembled from its records (each checked against its hash) and passes the report
 * schema again, so a damaged or missing record reads as a damaged file, never as a wrong draft.
 */
import type { JournalRecord } from './journal-record';
import { contentOfReport, reportOfContent, type DraftContent } from './draft-content';
import type { DraftFile, DraftManifest } from './journal-manifest';
import { recordHash, type SectionBlobs } from './section-blobs';

export async function contentOfManifest(blobs: SectionBlobs, manifest: DraftManifest): Promise<DraftContent | null> {
  const head = await blobs.get(manifest.id, manifest.head);
  if (head === null) return null;
  const sections = new Map<string, string>();
  const texts = await Promise.all(manifest.sections.map(([, hash]) => blobs.get(manifest.id, hash)));
  for (const [i, [id]] of manifest.sections.entries()) {
    const text = texts[i];
    if (text === null || text === undefined) return null;
    sections.set(id, text);
  }
  return { head, chapterIds: manifest.chapterIds, sections };
}

export async function recordOfFile(blobs: SectionBlobs, file: DraftFile): Promise<JournalRecord | null> {
  if (file.version === 1) return file.record;
  const { head: _h, chapterIds: _c, sections: _s, bytes: _b, ...meta } = file.manifest;
  const content = await contentOfManifest(blobs, file.manifest);
  const report = content && reportOfContent(content);
  if (!report) return null;
  const record: JournalRecord = { ...meta, report };
  if (record.checkpoint === undefined) delete record.checkpoint;
  return record;
}

/** The hashes a file names (what must stay on disk for it); none for a version-1 file. */
export function hashesOf(file: DraftFile): string[] {
  return file.version === 1 ? [] : [file.manifest.head, ...file.manifest.sections.map(([, hash]) => hash)];
}

/** A whole record as a version-2 manifest and its record texts (a restore, or a version-1 draft's first save). */
export function manifestOfRecord(record: JournalRecord): { manifest: DraftManifest; texts: Map<string, string> } {
  const { report, ...meta } = record;
  const content = contentOfReport(report);
  const texts = new Map<string, string>();
  const headHash = recordHash(content.head);
  texts.set(headHash, content.head);
  const sections: [string, string][] = [];
  let bytes = content.head.length;
  for (const [id, text] of content.sections) {
    const hash = recordHash(text);
    texts.set(hash, text);
    sections.push([id, hash]);
    bytes += text.length;
  }
  const manifest: DraftManifest = { ...meta, head: headHash, chapterIds: content.chapterIds, sections, bytes };
  if (manifest.deletedAt === undefined) delete manifest.deletedAt;
  if (manifest.checkpoint === undefined) delete manifest.checkpoint;
  return { manifest, texts };
}
