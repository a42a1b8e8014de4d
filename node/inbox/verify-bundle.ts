/**
 * Verifies one submission folder as the receiving office must before trusting it (M-02): the manifest read
 * capped and validated strictly; every name it lists a plain file name in that folder (no path, no "..", no
 * link; the pure checks are core/submission/bundle-check.ts); every file a regular file of exactly the size listed whose SHA-256 matches, the .docx hashed as a
 * stream (never held in memory); the draft parsed by the same code as "Mở tệp bản nháp" (its own checksum and
 * the report schema) and agreeing with the manifest. Any failure refuses the whole bundle with one reason.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';
import { readDraftFileBytes, type DraftFile } from '../../core/draft-file/draft-file-format';
import { bundleFiles, describedFileProblem, manifestDescribesReport } from '../../core/submission/bundle-check';
import { BUNDLE_MESSAGES as M } from '../../core/submission/bundle-messages';
import { MANIFEST_NAME } from '../../core/submission/bundle-names';
import { parseManifest, type ManifestFile, type SubmissionManifest } from '../../core/submission/manifest';
import { errorCode } from './find-bundle-folders';
import type { InboxLimits } from '../../core/submission/inbox-limits';

export type VerifiedBundle =
  | { ok: true; folder: string; manifest: SubmissionManifest; draft: DraftFile; docxName: string; docxBytes: number }
  | { ok: false; folder: string; reason: string };

class Refused extends Error {}

const NOFOLLOW = typeof constants.O_NOFOLLOW === 'number' ? constants.O_NOFOLLOW : 0;
// O_NONBLOCK: a FIFO swapped in after lstat does not block open(); O_NOFOLLOW: nor does a swapped-in link.
const OPEN_FLAGS =
  constants.O_RDONLY |
  (process.platform !== 'win32' ? NOFOLLOW | (typeof constants.O_NONBLOCK === 'number' ? constants.O_NONBLOCK : 0) : 0);
const CHUNK = 256 * 1024;

export async function verifyBundle(
  folder: string,
  limits: Pick<InboxLimits, 'manifestMaxBytes' | 'draftMaxBytes' | 'docxMaxBytes'>,
  deadline: number,
): Promise<VerifiedBundle> {
  try {
    return { ok: true, folder, ...(await verify(folder, limits, deadline)) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, folder, reason: error.message };
    return { ok: false, folder, reason: M.readFailed(errorCode(error)) };
  }
}

async function verify(
  folder: string,
  limits: Pick<InboxLimits, 'manifestMaxBytes' | 'draftMaxBytes' | 'docxMaxBytes'>,
  deadline: number,
): Promise<{ manifest: SubmissionManifest; draft: DraftFile; docxName: string; docxBytes: number }> {
  const manifestBytes = await readWhole(join(folder, MANIFEST_NAME), limits.manifestMaxBytes, {
    missing: M.manifestMissing,
    link: M.manifestLink,
    notRegular: M.manifestMissing,
    tooLarge: M.manifestTooLarge,
  });
  const text = decodeUtf8(manifestBytes);
  const parsed = text === null ? null : parseManifest(text);
  if (!parsed?.ok) throw new Refused(parsed?.message ?? M.manifestMissing);
  const { manifest } = parsed;

  const files = bundleFiles(manifest, limits);
  if (!files.ok) throw new Refused(files.message);
  const { docx: docxFile, draft: draftFile } = files;

  // The draft first: it is small, and a refused one saves hashing the .docx.
  const draftBytes = await readWhole(join(folder, draftFile.name), draftFile.bytes, fileMessages(draftFile.name));
  checkDescribed(draftFile, draftBytes.byteLength, createHash('sha256').update(draftBytes).digest('hex'));
  const draft = readDraftFileBytes(draftBytes, limits.draftMaxBytes);
  if (!draft.ok) throw new Refused(M.draftRefused(draft.message));
  if (Date.now() > deadline) throw new Refused(M.timedOut);

  const docxHash = await hashStream(join(folder, docxFile.name), docxFile.bytes, deadline, fileMessages(docxFile.name));
  checkDescribed(docxFile, docxHash.bytes, docxHash.sha256);

  if (!manifestDescribesReport(manifest, draft.draft.report)) throw new Refused(M.manifestDiffers);
  return { manifest, draft: draft.draft, docxName: docxFile.name, docxBytes: docxFile.bytes };
}

function checkDescribed(file: ManifestFile, bytes: number, sha256: string): void {
  const problem = describedFileProblem(file, bytes, sha256);
  if (problem !== null) throw new Refused(problem);
}

interface OpenMessages {
  missing: string;
  link: string;
  notRegular: string;
  tooLarge: string;
}

function fileMessages(name: string): OpenMessages {
  return {
    missing: M.fileMissing(name),
    link: M.fileLink(name),
    notRegular: M.notRegular(name),
    tooLarge: M.sizeMismatch(name),
  };
}

/** lstat (never following a link), then open without following one either, and check the handle again. */
async function openRegular(path: string, messages: OpenMessages) {
  let link;
  try {
    link = await lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw new Refused(messages.missing);
    throw error;
  }
  if (link.isSymbolicLink()) throw new Refused(messages.link);
  if (!link.isFile()) throw new Refused(messages.notRegular);
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    if (errorCode(error) === 'ELOOP') throw new Refused(messages.link);
    throw error;
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new Refused(messages.notRegular);
  }
  return { handle, size: stat.size };
}

/** The whole file, at most `maxBytes` (read count, not stat, decides: the file may grow). */
async function readWhole(path: string, maxBytes: number, messages: OpenMessages): Promise<Uint8Array> {
  const { handle, size } = await openRegular(path, messages);
  try {
    if (size > maxBytes) throw new Refused(messages.tooLarge);
    const buffer = new Uint8Array(maxBytes + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new Refused(messages.tooLarge);
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** SHA-256 of a file read in chunks: memory stays at one chunk whatever the file's size. */
async function hashStream(
  path: string,
  expectedBytes: number,
  deadline: number,
  messages: OpenMessages,
): Promise<{ bytes: number; sha256: string }> {
  const { handle, size } = await openRegular(path, messages);
  try {
    if (size !== expectedBytes) throw new Refused(messages.tooLarge);
    const hash = createHash('sha256');
    const buffer = new Uint8Array(CHUNK);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > expectedBytes) throw new Refused(messages.tooLarge);
      if (Date.now() > deadline) throw new Refused(M.timedOut);
      hash.update(buffer.subarray(0, bytesRead));
    }
    return { bytes: total, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
