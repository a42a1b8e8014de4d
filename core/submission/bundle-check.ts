/**
 * The checks of a received bundle that need no file system, shared by the desktop inbox (node/inbox streams
 * the files) and the browser build's folder picker: which files the manifest may list, whether a file is the
 * one it describes, and whether the manifest describes the draft that came with it. The writer's own code
 * (`buildManifest`) rebuilds the description, so reader and writer cannot drift apart.
 */
import type { Report } from '../model/report-schema';
import { BUNDLE_MESSAGES as M } from './bundle-messages';
import { DRAFT_SUFFIX, MANIFEST_NAME, nameKey } from './bundle-names';
import { buildManifest, type ManifestFile, type SubmissionManifest } from './manifest';

/** A name the writer could have written: one path component, no control characters, not the manifest's. */
export function isPlainFileName(name: string): boolean {
  if (name === '.' || name === '..' || name.trim() === '') return false;
  if (/[/\\:*?"<>|]/u.test(name) || [...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f')) return false;
  // Windows drops trailing dots and spaces, so "a.docx." would name another file there.
  if (/[. ]$/u.test(name)) return false;
  return nameKey(name) !== nameKey(MANIFEST_NAME);
}

export type BundleFiles = { ok: true; docx: ManifestFile; draft: ManifestFile } | { ok: false; message: string };

/** Exactly one .docx and one .baocao.json, plain distinct names, sizes within the caps. */
export function bundleFiles(
  manifest: SubmissionManifest,
  caps: { docxMaxBytes: number; draftMaxBytes: number },
): BundleFiles {
  const keys = new Set<string>();
  for (const file of manifest.files) {
    if (!isPlainFileName(file.name)) return { ok: false, message: M.badName(file.name) };
    if (keys.has(nameKey(file.name))) return { ok: false, message: M.duplicateName(file.name) };
    keys.add(nameKey(file.name));
  }
  const docx = manifest.files.filter((f) => f.name.toLowerCase().endsWith('.docx'));
  const drafts = manifest.files.filter((f) => f.name.toLowerCase().endsWith(DRAFT_SUFFIX));
  const [docxFile] = docx;
  const [draftFile] = drafts;
  if (docx.length !== 1 || drafts.length !== 1 || manifest.files.length !== 2 || !docxFile || !draftFile)
    return { ok: false, message: M.wrongFiles };
  if (docxFile.bytes > caps.docxMaxBytes) return { ok: false, message: M.fileTooLarge(docxFile.name) };
  if (draftFile.bytes > caps.draftMaxBytes) return { ok: false, message: M.fileTooLarge(draftFile.name) };
  return { ok: true, docx: docxFile, draft: draftFile };
}

/** Null when the bytes read are the file the manifest describes; else the reason. */
export function describedFileProblem(file: ManifestFile, bytes: number, sha256: string): string | null {
  if (bytes !== file.bytes) return M.sizeMismatch(file.name);
  if (sha256 !== file.sha256) return M.hashMismatch(file.name);
  return null;
}

/** True when the manifest's description (title, số, issuer, date) is the one the writer built from this report. */
export function manifestDescribesReport(manifest: SubmissionManifest, report: Report): boolean {
  const expected = buildManifest(report, manifest.files, manifest.createdAt, manifest.app).report;
  const described = manifest.report;
  return (
    expected.date === described.date &&
    expected.issuer === described.issuer &&
    expected.number === described.number &&
    expected.title === described.title
  );
}
