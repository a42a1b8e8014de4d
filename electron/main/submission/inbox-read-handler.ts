/**
 * "Nhận báo cáo" in main: the drive or folder the page chose by its opaque id (the same targets as "Nộp qua
 * USB") is walked and every bundle on it verified by node/inbox; the page gets each verified report with its
 * identity, or the Vietnamese reason it was refused. While the bundles are verified (off main's thread), the
 * asking page is told how many are done, so a stick of 200 shows its progress instead of a frozen button.
 */
import type { InboxProgress, InboxReadResponse } from '../../ipc/inbox-types';
import type { InboxResult } from '../../../node/inbox/read-inbox';
import type { UsbTargets } from './usb-targets';

export interface InboxReadDeps<E = unknown> {
  /** `onEntry` is called as each bundle is verified (node/inbox/read-inbox.ts). */
  readInbox(path: string, onEntry?: (index: number, total: number) => void): Promise<InboxResult>;
  /** Main → the asking page: how many of the bundles found are verified. */
  sendProgress?(event: E, progress: InboxProgress): void;
}

export const INBOX_TARGET_GONE =
  'Không còn thấy USB hoặc thư mục đã chọn (có thể đã rút ra). Hãy cắm lại rồi chọn lại trong danh sách.';

export function createInboxReadHandler<E>(deps: InboxReadDeps<E>, targets: Pick<UsbTargets, 'find'>) {
  return async (request: { targetId: string }, event?: E): Promise<InboxReadResponse> => {
    const known = targets.find(request.targetId);
    if (!known) return { status: 'error', message: INBOX_TARGET_GONE };
    let done = 0;
    const { sendProgress } = deps;
    const result = await deps.readInbox(
      known.path,
      sendProgress && event !== undefined ? (_index, total) => sendProgress(event, { done: ++done, total }) : undefined,
    );
    if (!result.ok) return { status: 'error', message: result.message };
    return {
      status: 'ok',
      entries: result.entries.map((e) =>
        e.ok
          ? {
              status: 'verified',
              folder: e.folder,
              identity: e.identity,
              templateId: e.draft.templateId,
              report: e.draft.report,
            }
          : { status: 'damaged', folder: e.folder, reason: e.reason },
      ),
    };
  };
}
