/**
 * The page never supplies a path: every drive or folder it may submit to gets an opaque id here (the same id
 * for the same path while the app runs), and a submission names one of these ids, never a path.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { UsbTarget } from '../../ipc/usb-types';
import type { DetectedDrive } from '../../../node/usb/detected-drive';

export interface KnownTarget {
  path: string;
  target: UsbTarget;
}

export function createUsbTargets() {
  const targets = new Map<string, KnownTarget>();
  const idsByPath = new Map<string, string>();

  const remember = (path: string, make: (id: string) => UsbTarget): UsbTarget => {
    const id = idsByPath.get(path) ?? randomUUID();
    idsByPath.set(path, id);
    const target = make(id);
    targets.set(id, { path, target });
    return target;
  };

  return {
    drives: (drives: DetectedDrive[]): UsbTarget[] =>
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
      ),
    folder: (path: string): UsbTarget =>
      remember(path, (id) => ({
        id,
        kind: 'folder',
        label: basename(path) || path,
        location: path,
        fileSystem: '',
        freeBytes: null,
        sizeBytes: null,
        readOnly: false,
      })),
    find: (id: string): KnownTarget | undefined => targets.get(id),
  };
}

export type UsbTargets = ReturnType<typeof createUsbTargets>;
