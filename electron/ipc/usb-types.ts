/**
 * Payloads of the submission-on-USB and export-history channels. Type-only; the requests are derived from
 * their zod schemas in channels.ts. The renderer never sends a path: it picks a target by the opaque id main
 * handed out (S-20).
 */
import type { IpcRequest } from './channels';

export interface UsbTarget {
  /** Opaque id; main maps it back to the folder. */
  id: string;
  kind: 'drive' | 'folder';
  /** "KINGSTON (E:\)", or the folder name for a chosen folder. */
  label: string;
  /** Where it is, for display only ("E:\", "/media/vanthu/VĂN THƯ"). */
  location: string;
  fileSystem: string;
  freeBytes: number | null;
  sizeBytes: number | null;
  readOnly: boolean;
}

export interface UsbDrivesResponse {
  drives: UsbTarget[];
}
export type UsbWatchRequest = IpcRequest<'usbWatchDrives'>;
export interface UsbWatchResponse {
  watching: boolean;
}
export type UsbPickFolderResponse =
  { status: 'picked'; target: UsbTarget } | { status: 'canceled' } | { status: 'error'; message: string };

export type UsbSubmitRequest = IpcRequest<'usbSubmit'>;

export interface UsbSubmitProgress {
  phase: 'checking' | 'writing' | 'verifying' | 'done';
  done: number;
  total: number;
  file?: string;
}

export interface SubmittedFile {
  name: string;
  bytes: number;
  sha256: string;
}

export type UsbSubmitResponse =
  | {
      status: 'verified';
      folderName: string;
      location: string;
      files: SubmittedFile[];
      millis: number;
      /** "Đã ghi và kiểm tra xong — có thể rút USB". */
      headline: string;
      /** How to remove the stick safely on this OS. */
      removalHint: string;
    }
  | { status: 'error'; message: string };
export type UsbSubmitVerified = Extract<UsbSubmitResponse, { status: 'verified' }>;

export type ExportHistoryRequest = IpcRequest<'exportHistory'>;
export interface ExportHistoryItem {
  kind: 'docx' | 'submission';
  at: string;
  target: string;
  drive?: string | undefined;
  files: SubmittedFile[];
  status: 'verified' | 'failed';
  message?: string | undefined;
}
export type ExportHistoryResponse =
  { status: 'ok'; entries: ExportHistoryItem[] } | { status: 'error'; message: string };
