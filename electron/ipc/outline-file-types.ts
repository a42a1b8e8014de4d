/** Types of the outline-file channel (channels.ts): "Xuất đề cương ra tệp" in the desktop app. */
import type { IpcRequest } from './channels';

export type OutlineFileSaveRequest = IpcRequest<'outlineFileSave'>;
export type OutlineFileSaveResponse =
  { status: 'saved'; filePath: string; bytes: number } | { status: 'canceled' } | { status: 'error'; message: string };
