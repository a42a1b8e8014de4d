/**
 * Bounds on what "Nhận báo cáo" reads from a stick (I-03): everything on it is untrusted. A real stick holds
 * a few hundred submission folders of three files each; anything far beyond is refused rather than walked.
 */
import { DRAFT_FILE_MAX_BYTES } from '../draft-file/draft-file-format';
import { MANIFEST_MAX_BYTES } from './manifest';

export interface InboxLimits {
  /** Folder levels looked into below the chosen one (stick → "Báo cáo quý I" → submission folder). */
  maxDepth: number;
  /** Directory entries read in all, across every folder visited. */
  maxEntries: number;
  /** Submission folders verified in one go. */
  maxBundles: number;
  manifestMaxBytes: number;
  draftMaxBytes: number;
  /** The .docx of a report (same cap as opening a Word report). */
  docxMaxBytes: number;
  /** Whole scan (walk and verification), milliseconds. */
  timeoutMs: number;
  /** Bundles verified at once (I/O overlaps; hashing stays on one thread). */
  concurrency: number;
}

export const INBOX_LIMITS: InboxLimits = {
  maxDepth: 3,
  maxEntries: 5_000,
  maxBundles: 500,
  manifestMaxBytes: MANIFEST_MAX_BYTES,
  draftMaxBytes: DRAFT_FILE_MAX_BYTES,
  docxMaxBytes: 50 * 1024 * 1024,
  timeoutMs: 60_000,
  concurrency: 4,
};
