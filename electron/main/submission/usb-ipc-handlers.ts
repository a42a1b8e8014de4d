/**
 * The USB submission IPC handlers: list/watch drives, "Chọn thư mục khác…", "Nộp qua USB" and the export
 * history. Electron (dialog, webContents.send), the drive lister, the writer's fs and the clock are
 * injected, so the flow is unit-tested in Node; index.ts wires the real ones through secureHandle.
 * The page never supplies a path: targets are opaque ids this module hands out.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type {
  ExportHistoryRequest,
  ExportHistoryResponse,
  UsbDrivesResponse,
  UsbPickFolderResponse,
  UsbSubmitProgress,
  UsbSubmitRequest,
  UsbSubmitResponse,
  UsbTarget,
  UsbWatchRequest,
  UsbWatchResponse,
} from '../../ipc/usb-types';
import { parseReport, type Report } from '../../../core/model/report-schema';
import { historyForDraft, type ExportHistoryEntry } from '../../../core/submission/export-history';
import { RuleSetNotInstalledError } from '../../../core/rules/rule-set-registry';
import { FileWriteError } from '../file-write-error';
import type { DetectedDrive } from '../usb/detected-drive';
import { createDriveWatcher, type DriveWatcher } from '../usb/drive-watcher';
import type { HistoryLog } from './export-history-log';
import { removalHint, SUBMIT_HEADLINE } from './removal-hint';
import { submitReport } from './submit-report';
import type { SubmissionFs } from './submission-fs';

export interface OpenFolderDialogResult {
  canceled: boolean;
  filePaths: string[];
}

export interface UsbHandlerDeps<E> {
  listDrives(): Promise<DetectedDrive[]>;
  showOpenFolderDialog(event: E, options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] }): Promise<OpenFolderDialogResult>;
  /** webContents.send to the page that asked (progress, drive changes). */
  send(event: E, channel: string, payload: unknown): void;
  renderDocx(report: Report): Promise<Uint8Array>;
  fsx: SubmissionFs;
  history: HistoryLog;
  platform: NodeJS.Platform;
  appLabel: string;
  now(): Date;
  /** Monotonic ms. */
  clock(): number;
  channels: { drivesChanged: string; submitProgress: string };
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  log?(message: string, error?: unknown): void;
}

export const USB_MESSAGES = {
  invalidReport: 'Báo cáo có dữ liệu không hợp lệ nên chưa nộp được. Hãy kiểm tra lại nội dung báo cáo rồi thử lại.',
  unknownTarget: 'Không còn thấy USB hoặc thư mục đã chọn (có thể USB vừa bị rút ra). Hãy bấm “Làm mới” rồi chọn lại.',
  readOnly: 'USB này đang ở chế độ chống ghi (chỉ đọc). Hãy gạt khóa chống ghi trên USB, cắm lại rồi thử lại, hoặc chọn nơi lưu khác.',
  busy: 'Đang nộp một báo cáo khác. Hãy chờ xong rồi thử lại.',
  unexpected: 'Không nộp được báo cáo do lỗi không mong đợi. Hãy thử lại hoặc chọn thư mục khác.',
  historyFailed: 'Không đọc được lịch sử xuất tệp. Hãy thử lại; việc này không ảnh hưởng đến bản nháp.',
} as const;

interface KnownTarget {
  path: string;
  target: UsbTarget;
}

export function createUsbHandlers<E>(deps: UsbHandlerDeps<E>) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const targets = new Map<string, KnownTarget>();
  const idsByPath = new Map<string, string>();
  let watcher: DriveWatcher | undefined;
  let submitting = false;

  const remember = (path: string, make: (id: string) => UsbTarget): UsbTarget => {
    const id = idsByPath.get(path) ?? randomUUID();
    idsByPath.set(path, id);
    const target = make(id);
    targets.set(id, { path, target });
    return target;
  };
  const toTargets = (drives: DetectedDrive[]): UsbTarget[] =>
    drives.map((d) =>
      remember(d.mountPath, (id) => ({
        id,
        kind: 'drive',
        label: d.label === '' ? `USB (${d.mountPath})` : `${d.label} (${d.mountPath})`,
        location: d.mountPath,
        fileSystem: d.fileSystem,
        freeBytes: d.freeBytes,
        sizeBytes: d.sizeBytes,
        readOnly: d.readOnly,
      })),
    );

  const listDrives = async (): Promise<UsbDrivesResponse> => ({ drives: toTargets(await deps.listDrives()) });

  const watchDrives = async (request: UsbWatchRequest, event: E): Promise<UsbWatchResponse> => {
    watcher?.stop();
    watcher = undefined;
    if (request.watch) {
      watcher = createDriveWatcher({
        list: deps.listDrives,
        onChange: (drives) => deps.send(event, deps.channels.drivesChanged, toTargets(drives)),
        setInterval: deps.setInterval,
        clearInterval: deps.clearInterval,
      });
      watcher.start();
    }
    return { watching: watcher !== undefined };
  };

  const pickFolder = async (_request: unknown, event: E): Promise<UsbPickFolderResponse> => {
    const choice = await deps.showOpenFolderDialog(event, {
      title: 'Chọn thư mục để nộp báo cáo',
      buttonLabel: 'Chọn thư mục này',
      properties: ['openDirectory', 'createDirectory'],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { status: 'canceled' };
    const target = remember(path, (id) => ({
      id,
      kind: 'folder',
      label: basename(path) || path,
      location: path,
      fileSystem: '',
      freeBytes: null,
      sizeBytes: null,
      readOnly: false,
    }));
    return { status: 'picked', target };
  };

  const submit = async (request: UsbSubmitRequest, event: E): Promise<UsbSubmitResponse> => {
    const parsed = parseReport(request.report);
    if (!parsed.ok) return { status: 'error', message: USB_MESSAGES.invalidReport };
    const known = targets.get(request.targetId);
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
        { platform: deps.platform, onProgress: (p: UsbSubmitProgress) => deps.send(event, deps.channels.submitProgress, p) },
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
      if (!shown) log('[usb] submit failed', error);
      await appendSafely({ ...base, target: known.path, files: [], status: 'failed', message });
      return { status: 'error', message };
    } finally {
      submitting = false;
    }
  };

  // The submission's outcome matters more than its log line: a failed append is logged, not shown.
  const appendSafely = async (entry: ExportHistoryEntry) => {
    try {
      await deps.history.append(entry);
    } catch (error) {
      log('[usb] history append failed', error);
    }
  };

  const exportHistory = async (request: ExportHistoryRequest): Promise<ExportHistoryResponse> => {
    try {
      const entries = historyForDraft(await deps.history.read(), request.draftId);
      return {
        status: 'ok',
        entries: entries.map(({ kind, at, target, drive, files, status, message }) => ({ kind, at, target, drive, files, status, message })),
      };
    } catch (error) {
      log('[usb] history read failed', error);
      return { status: 'error', message: USB_MESSAGES.historyFailed };
    }
  };

  /** For index.ts: record a verified single .docx export too. */
  const recordDocxExport = (entry: Omit<ExportHistoryEntry, 'v' | 'kind'>) => appendSafely({ v: 1, kind: 'docx', ...entry });

  return { listDrives, watchDrives, pickFolder, submit, exportHistory, recordDocxExport, stopWatching: () => watcher?.stop() };
}
