/**
 * "Nộp qua USB": validate the report again (the page is not trusted), write and verify the bundle on a target
 * the page chose by id (one submission at a time), send progress to that page, and log the outcome in the
 * export history. The submission's outcome matters more than its log line: a failed append is logged, not shown.
 */
import type { UsbSubmitProgress, UsbSubmitRequest, UsbSubmitResponse } from '../../ipc/usb-types';
import { parseReport, type Report } from '../../../core/model/report-schema';
import type { ExportHistoryEntry } from '../../../core/submission/export-history';
import { RuleSetNotInstalledError } from '../../../core/rules/rule-set-registry';
import type { HistoryLog } from '../../../node/export/export-history-log';
import { FileWriteError } from '../../../node/files/file-write-error';
import type { SubmissionFs } from '../../../node/files/verified-write-fs';
import { removalHint, SUBMIT_HEADLINE } from '../../../node/submission/removal-hint';
import { submitReport } from '../../../node/submission/submit-report';
import { USB_MESSAGES } from './usb-messages';
import type { UsbTargets } from './usb-targets';

export interface SubmitHandlerDeps<E> {
  /** webContents.send to the page that asked (progress). */
  send(event: E, channel: string, payload: unknown): void;
  renderDocx(report: Report): Promise<Uint8Array>;
  fsx: SubmissionFs;
  history: Pick<HistoryLog, 'append'>;
  platform: NodeJS.Platform;
  appLabel: string;
  now(): Date;
  /** Monotonic ms. */
  clock(): number;
  channels: { submitProgress: string };
  log(message: string, error?: unknown): void;
}

export function createSubmitHandler<E>(deps: SubmitHandlerDeps<E>, targets: UsbTargets) {
  let submitting = false;

  const appendSafely = async (entry: ExportHistoryEntry) => {
    try {
      await deps.history.append(entry);
    } catch (error) {
      deps.log('[usb] history append failed', error);
    }
  };

  return async (request: UsbSubmitRequest, event: E): Promise<UsbSubmitResponse> => {
    const parsed = parseReport(request.report);
    if (!parsed.ok) return { status: 'error', message: USB_MESSAGES.invalidReport };
    const known = targets.find(request.targetId);
    if (!known) return { status: 'error', message: USB_MESSAGES.unknownTarget };
    if (known.target.readOnly) return { status: 'error', message: USB_MESSAGES.readOnly };
    if (submitting) return { status: 'error', message: USB_MESSAGES.busy };
    submitting = true;
    const started = deps.clock();
    const at = deps.now().toISOString();
    const base = {
      v: 1 as const,
      draftId: request.draftId,
      kind: 'submission' as const,
      at,
      drive: known.target.kind === 'drive' ? known.target.label : undefined,
    };
    try {
      const result = await submitReport(
        {
          report: parsed.value,
          templateId: request.templateId,
          destDir: known.path,
          meta: { draftId: request.draftId, updatedAt: request.draftUpdatedAt ?? undefined },
        },
        { renderDocx: deps.renderDocx, fsx: deps.fsx, now: deps.now, appLabel: deps.appLabel },
        {
          platform: deps.platform,
          onProgress: (p: UsbSubmitProgress) => deps.send(event, deps.channels.submitProgress, p),
        },
      );
      const files = result.files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 }));
      const millis = Math.round(deps.clock() - started);
      await appendSafely({ ...base, target: result.folderPath, files, status: 'verified', millis });
      return {
        status: 'verified',
        folderName: result.folderName,
        location: known.target.location,
        files,
        millis,
        headline: SUBMIT_HEADLINE,
        removalHint: removalHint(deps.platform),
      };
    } catch (error) {
      // Both carry the Vietnamese sentence to show (disk trouble; a rule-set not installed on this machine).
      const shown = error instanceof FileWriteError || error instanceof RuleSetNotInstalledError;
      const message = shown ? error.message : USB_MESSAGES.unexpected;
      if (!shown) deps.log('[usb] submit failed', error);
      await appendSafely({ ...base, target: known.path, files: [], status: 'failed', message });
      return { status: 'error', message };
    } finally {
      submitting = false;
    }
  };
}
