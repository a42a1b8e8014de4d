/**
 * Parses `lsblk -J -b -o …` (see LSBLK_COMMAND). A partition is offered when it is mounted and it or
 * its disk is removable, hot-pluggable or on USB. Handles util-linux ≥ 2.37 ("mountpoints" array,
 * booleans) and older versions ("mountpoint" string, "0"/"1" strings). Garbage → [].
 */
import { toNumberOrNull, toText, type DetectedDrive } from './detected-drive';

export const LSBLK_COMMAND = {
  file: 'lsblk',
  args: ['-J', '-b', '-o', 'NAME,RM,HOTPLUG,TRAN,TYPE,MOUNTPOINTS,LABEL,SIZE,FSAVAIL,FSTYPE,RO'],
} as const;
/** util-linux before 2.37 has no MOUNTPOINTS column. */
export const LSBLK_COMMAND_OLD = {
  file: 'lsblk',
  args: ['-J', '-b', '-o', 'NAME,RM,HOTPLUG,TRAN,TYPE,MOUNTPOINT,LABEL,SIZE,FSAVAIL,FSTYPE,RO'],
} as const;

interface Inherited {
  removable: boolean;
  usb: boolean;
}

const truthy = (v: unknown) => v === true || v === '1' || v === 1;
// Optical drives are "removable" too, but nothing can be written to them this way.
const SKIPPED_TYPES = new Set(['rom', 'loop']);
// The root file system and boot/snap mounts are never a submission target, even on a USB-booted PC.
const SYSTEM_MOUNTS = /^\/(?:boot|efi|snap)?(?:\/|$)/;

export function parseLsblk(stdout: string): DetectedDrive[] {
  let raw: unknown;
  try {
    raw = JSON.parse(stdout);
  } catch {
    return [];
  }
  const devices = (raw as { blockdevices?: unknown } | null)?.blockdevices;
  if (!Array.isArray(devices)) return [];
  const drives: DetectedDrive[] = [];
  const visit = (node: unknown, parent: Inherited) => {
    if (typeof node !== 'object' || node === null) return;
    const dev = node as Record<string, unknown>;
    const here: Inherited = {
      removable: parent.removable || truthy(dev.rm) || truthy(dev.hotplug),
      usb: parent.usb || dev.tran === 'usb',
    };
    const type = toText(dev.type);
    if (!SKIPPED_TYPES.has(type) && (here.removable || here.usb)) {
      for (const mountPath of mountPointsOf(dev)) {
        if (SYSTEM_MOUNTS.test(mountPath)) continue;
        drives.push({
          mountPath,
          label: toText(dev.label),
          fileSystem: toText(dev.fstype),
          freeBytes: toNumberOrNull(dev.fsavail),
          sizeBytes: toNumberOrNull(dev.size),
          readOnly: truthy(dev.ro),
        });
      }
    }
    if (Array.isArray(dev.children)) for (const child of dev.children) visit(child, here);
  };
  for (const device of devices) visit(device, { removable: false, usb: false });
  return drives;
}

function mountPointsOf(dev: Record<string, unknown>): string[] {
  const list = Array.isArray(dev.mountpoints) ? dev.mountpoints : [dev.mountpoint];
  return list
    .filter((m): m is string => typeof m === 'string' && m.startsWith('/') && m !== '[SWAP]')
    .map((m) => m.normalize('NFC'));
}
