/**
 * "Nhận báo cáo": every submission folder under a chosen folder or stick, verified, each either a verified
 * report with its identity or a refusal with its Vietnamese reason. A few bundles are verified at once so
 * one slow file does not stall the rest; the whole scan has one deadline. Drafts are kept (they are what is
 * received); the .docx files are only hashed, so memory grows with the drafts, never with the Word files.
 * The app verifies in a worker thread (inbox-verify-client.ts passes `verify`), and each entry is handed to
 * `onEntry` as soon as it is known, so the page's list fills while the rest are still checked.
 */
import { relative } from 'node:path';
import { bundleIdentity, type BundleIdentity } from '../../core/submission/bundle-identity';
import type { DraftFile } from '../../core/draft-file/draft-file-format';
import { findBundleFolders, InboxScanError } from './find-bundle-folders';
import { INBOX_LIMITS, type InboxLimits } from '../../core/submission/inbox-limits';
import { verifyBundle } from './verify-bundle';

export type InboxEntry =
  | {
      ok: true;
      /** Folder path relative to the chosen folder ("." when the chosen folder is itself a bundle). */
      folder: string;
      identity: BundleIdentity;
      draft: DraftFile;
      docxName: string;
      docxBytes: number;
    }
  | { ok: false; folder: string; reason: string };

export type InboxResult = { ok: true; entries: InboxEntry[] } | { ok: false; message: string };

/** What verifying one found folder needs; plain data, so it can be posted to a worker thread. */
export interface InboxJob {
  root: string;
  folder: string;
  limits: InboxLimits;
  deadline: number;
}

export interface ReadInboxOptions {
  /** Verifies one folder (in-process by default; the app's worker thread in main). */
  verify?(job: InboxJob): Promise<InboxEntry>;
  /** Each entry as soon as it is verified, with its place in the final list and how many were found. */
  onEntry?(entry: InboxEntry, index: number, total: number): void;
}

/** One found folder verified: the report with its identity, or the reason it is refused. */
export async function inboxEntry({ root, folder, limits, deadline }: InboxJob): Promise<InboxEntry> {
  const name = relative(root, folder) || '.';
  const verified = await verifyBundle(folder, limits, deadline);
  return verified.ok
    ? {
        ok: true,
        folder: name,
        identity: bundleIdentity(verified.draft),
        draft: verified.draft,
        docxName: verified.docxName,
        docxBytes: verified.docxBytes,
      }
    : { ok: false, folder: name, reason: verified.reason };
}

export async function readInbox(
  root: string,
  limits: Partial<InboxLimits> = {},
  options: ReadInboxOptions = {},
): Promise<InboxResult> {
  const verify = options.verify ?? inboxEntry;
  const bound: InboxLimits = { ...INBOX_LIMITS, ...limits };
  const deadline = Date.now() + bound.timeoutMs;
  let bundles: string[];
  try {
    ({ bundles } = await findBundleFolders(root, bound, deadline));
  } catch (error) {
    if (error instanceof InboxScanError) return { ok: false, message: error.message };
    throw error;
  }
  const entries: InboxEntry[] = new Array<InboxEntry>(bundles.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < bundles.length; i = next++) {
      const entry = await verify({ root, folder: bundles[i]!, limits: bound, deadline });
      entries[i] = entry;
      options.onEntry?.(entry, i, bundles.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, bound.concurrency) }, worker));
  return { ok: true, entries };
}
