/**
 * The browser build's "Nhận báo cáo": the files of a folder the clerk picked (`<input webkitdirectory>`)
 * verified in the page with the same pure checks as the desktop inbox (core/submission/bundle-check.ts), the
 * same draft reader and the same limits: entries, depth, sizes and time. Each .docx is hashed in chunks, so a
 * large file is never held whole in memory.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readDraftFileBytes } from '../../../core/draft-file/draft-file-format';
import { bundleIdentity } from '../../../core/submission/bundle-identity';
import { bundleFiles, describedFileProblem, manifestDescribesReport } from '../../../core/submission/bundle-check';
import { BUNDLE_MESSAGES as M } from '../../../core/submission/bundle-messages';
import { MANIFEST_NAME } from '../../../core/submission/bundle-names';
import { INBOX_LIMITS, type InboxLimits } from '../../../core/submission/inbox-limits';
import { parseManifest } from '../../../core/submission/manifest';
import type { InboxListEntry } from '../../../electron/ipc/channels';

/** The desktop inbox's limits: the same stick is refused the same way in both builds. */
export const PICKED_LIMITS: Omit<InboxLimits, 'concurrency'> = INBOX_LIMITS;

export interface PickedFile {
  /** Path inside the picked folder, "/"-separated, the picked folder's own name first (webkitRelativePath). */
  path: string;
  blob: Blob;
}

export type PickedResult = { ok: true; entries: InboxListEntry[] } | { ok: false; message: string };

class Refused extends Error {}
const CHUNK = 256 * 1024;

export async function verifyPickedFiles(
  files: readonly PickedFile[],
  limits = PICKED_LIMITS,
  now: () => number = Date.now,
): Promise<PickedResult> {
  if (files.length > limits.maxEntries)
    return {
      ok: false,
      message: `Thư mục đã chọn có quá nhiều tệp (hơn ${limits.maxEntries}). Hãy chọn đúng thư mục chứa các báo cáo cấp dưới nộp.`,
    };
  const deadline = now() + limits.timeoutMs;
  const folders = new Map<string, Map<string, Blob>>();
  for (const f of files) {
    const parts = f.path.normalize('NFC').split('/');
    const name = parts.pop() ?? '';
    // The picked folder itself is depth 0; bundles deeper than the desktop inbox looks are not read.
    if (parts.length - 1 > limits.maxDepth) continue;
    const folder = parts.join('/');
    const inFolder = folders.get(folder) ?? new Map<string, Blob>();
    inFolder.set(name, f.blob);
    folders.set(folder, inFolder);
  }
  const bundles = [...folders.entries()]
    .filter(([, inFolder]) => inFolder.has(MANIFEST_NAME))
    .sort(([a], [b]) => a.localeCompare(b));
  if (bundles.length > limits.maxBundles)
    return {
      ok: false,
      message: `Thư mục đã chọn có quá nhiều bộ báo cáo (hơn ${limits.maxBundles}). Hãy chọn từng thư mục nhỏ hơn.`,
    };
  const entries: InboxListEntry[] = [];
  for (const [folder, inFolder] of bundles) {
    try {
      entries.push({ status: 'verified', folder, ...(await verifyOne(inFolder, limits, deadline, now)) });
    } catch (error) {
      const reason = error instanceof Refused ? error.message : M.timedOut;
      entries.push({ status: 'damaged', folder, reason });
    }
  }
  return { ok: true, entries };
}

async function verifyOne(
  inFolder: Map<string, Blob>,
  limits: typeof PICKED_LIMITS,
  deadline: number,
  now: () => number,
) {
  const manifestBlob = inFolder.get(MANIFEST_NAME)!; // the folder was chosen for having one
  if (manifestBlob.size > limits.manifestMaxBytes) throw new Refused(M.manifestTooLarge);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await manifestBlob.arrayBuffer());
  } catch {
    throw new Refused(M.manifestMissing);
  }
  const parsed = parseManifest(text);
  if (!parsed.ok) throw new Refused(parsed.message);
  const files = bundleFiles(parsed.manifest, limits);
  if (!files.ok) throw new Refused(files.message);
  const draftBlob = inFolder.get(files.draft.name);
  const docxBlob = inFolder.get(files.docx.name);
  if (!draftBlob) throw new Refused(M.fileMissing(files.draft.name));
  if (!docxBlob) throw new Refused(M.fileMissing(files.docx.name));

  if (draftBlob.size !== files.draft.bytes) throw new Refused(M.sizeMismatch(files.draft.name));
  const draftBytes = new Uint8Array(await draftBlob.arrayBuffer());
  const draftProblem = describedFileProblem(files.draft, draftBytes.byteLength, bytesToHex(sha256(draftBytes)));
  if (draftProblem !== null) throw new Refused(draftProblem);
  const draft = readDraftFileBytes(draftBytes, limits.draftMaxBytes);
  if (!draft.ok) throw new Refused(M.draftRefused(draft.message));

  if (docxBlob.size !== files.docx.bytes) throw new Refused(M.sizeMismatch(files.docx.name));
  const hash = sha256.create();
  for (let at = 0; at < docxBlob.size; at += CHUNK) {
    if (now() > deadline) throw new Refused(M.timedOut);
    hash.update(new Uint8Array(await docxBlob.slice(at, at + CHUNK).arrayBuffer()));
  }
  const docxProblem = describedFileProblem(files.docx, docxBlob.size, bytesToHex(hash.digest()));
  if (docxProblem !== null) throw new Refused(docxProblem);

  if (!manifestDescribesReport(parsed.manifest, draft.draft.report)) throw new Refused(M.manifestDiffers);
  return {
    identity: bundleIdentity(draft.draft),
    templateId: draft.draft.templateId,
    report: draft.draft.report,
  };
}
