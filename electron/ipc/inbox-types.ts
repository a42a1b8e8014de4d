/**
 * Payloads of the "Nhận báo cáo" channel. Type-only. The page names a drive or folder by the opaque id the USB
 * channels handed out (S-20); main walks and verifies it (node/inbox) and answers with each bundle verified or
 * refused.
 */
import type { Report } from '../../core/model/report-schema';
import type { BundleIdentity } from '../../core/submission/bundle-identity';

export type InboxListEntry =
  | { status: 'verified'; folder: string; identity: BundleIdentity; templateId: string; report: Report }
  | { status: 'damaged'; folder: string; reason: string };

export type InboxReadResponse = { status: 'ok'; entries: InboxListEntry[] } | { status: 'error'; message: string };

/** Main → page while a stick is read: bundles verified so far of those found. */
export interface InboxProgress {
  done: number;
  total: number;
}
