/** "Lịch sử xuất tệp" of one draft: its .docx exports and USB submissions, newest first. */
import type { ExportHistoryRequest, ExportHistoryResponse } from '../../ipc/usb-types';
import { historyForDraft } from '../../../core/submission/export-history';
import type { HistoryLog } from '../../../node/export/export-history-log';
import { USB_MESSAGES } from './usb-messages';

export interface ExportHistoryHandlerDeps {
  history: Pick<HistoryLog, 'read'>;
  log(message: string, error?: unknown): void;
}

export function createExportHistoryHandler(deps: ExportHistoryHandlerDeps) {
  return async (request: ExportHistoryRequest): Promise<ExportHistoryResponse> => {
    try {
      const entries = historyForDraft(await deps.history.read(), request.draftId);
      return {
        status: 'ok',
        entries: entries.map(({ kind, at, target, drive, files, status, message }) => ({
          kind,
          at,
          target,
          drive,
          files,
          status,
          message,
        })),
      };
    } catch (error) {
      deps.log('[usb] history read failed', error);
      return { status: 'error', message: USB_MESSAGES.historyFailed };
    }
  };
}
