/** "Chọn thư mục khác…": a folder the clerk picks in the dialog becomes a submission target like a drive. */
import type { UsbPickFolderResponse } from '../../ipc/usb-types';
import type { UsbTargets } from './usb-targets';

export interface OpenFolderDialogResult {
  canceled: boolean;
  filePaths: string[];
}

export interface FolderPickerDeps<E> {
  showOpenFolderDialog(
    event: E,
    options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] },
  ): Promise<OpenFolderDialogResult>;
}

export function createFolderPicker<E>(deps: FolderPickerDeps<E>, targets: UsbTargets) {
  return async (_request: unknown, event: E): Promise<UsbPickFolderResponse> => {
    const choice = await deps.showOpenFolderDialog(event, {
      title: 'Chọn thư mục để nộp báo cáo',
      buttonLabel: 'Chọn thư mục này',
      properties: ['openDirectory', 'createDirectory'],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { status: 'canceled' };
    return { status: 'picked', target: targets.folder(path) };
  };
}
