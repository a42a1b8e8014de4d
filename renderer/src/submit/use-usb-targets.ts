/**
 * Where a submission can go: the removable drives, kept up to date while the dialog is open (a stick inserted
 * now appears), plus a folder the clerk picked with "Chọn thư mục khác…", and which of them is selected.
 * Failures are handed to `onError` as the sentence to show.
 */
import { useEffect, useState } from 'react';
import type { RendererApi as SoanBaoCaoApi, UsbTarget } from '../../../electron/ipc/channels';

export interface UsbTargets {
  targets: UsbTarget[];
  selected: string | null;
  select: (id: string) => void;
  refresh: () => Promise<void>;
  pickFolder: () => Promise<void>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useUsbTargets(
  api: SoanBaoCaoApi | undefined,
  open: boolean,
  onError: (message: string | null) => void,
): UsbTargets {
  const [drives, setDrives] = useState<UsbTarget[]>([]);
  const [folder, setFolder] = useState<UsbTarget | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !api) return;
    const off = api.onUsbDrivesChanged(setDrives);
    api.usbWatchDrives({ watch: true }).catch((e: unknown) => onError(messageOf(e)));
    return () => {
      off();
      void api.usbWatchDrives({ watch: false }).catch(() => undefined);
    };
  }, [open, api, onError]);

  const refresh = async () => {
    if (!api) return;
    onError(null);
    try {
      setDrives((await api.usbListDrives()).drives);
    } catch (e) {
      onError(messageOf(e));
    }
  };
  const pickFolder = async () => {
    if (!api) return;
    onError(null);
    const answer = await api.usbPickFolder();
    if (answer.status === 'picked') {
      setFolder(answer.target);
      setSelected(answer.target.id);
    } else if (answer.status === 'error') onError(answer.message);
  };

  return { targets: folder ? [...drives, folder] : drives, selected, select: setSelected, refresh, pickFolder };
}
