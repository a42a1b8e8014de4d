/**
 * "Nhận báo cáo" in main: the drive or folder the page chose by its opaque id (the same targets as "Nộp qua
 * USB") is walked and every bundle on it verified by node/inbox; the page gets each verified report with its
 * identity, or the Vietnamese reason it was refused.
 */
import type { InboxReadResponse } from '../../ipc/inbox-types';
import type { InboxResult } from '../../../node/inbox/read-inbox';
import type { UsbTargets } from './usb-targets';

export interface InboxReadDeps {
  readInbox(path: string): Promise<InboxResult>;
}

export const INBOX_TARGET_GONE =
  'Không còn thấy USB hoặc thư mục đã chọn (có thể đã rút ra). Hãy cắm lại rồi chọn lại trong danh sách.';

export function createInboxReadHandler(deps: InboxReadDeps, targets: Pick<UsbTargets, 'find'>) {
  return async (request: { targetId: string }): Promise<InboxReadResponse> => {
    const known = targets.find(request.targetId);
    if (!known) return { status: 'error', message: INBOX_TARGET_GONE };
    const result = await deps.readInbox(known.path);
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
