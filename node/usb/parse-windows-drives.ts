/**
 * Parses `Get-CimInstance Win32_LogicalDisk | Select-Object … | ConvertTo-Json` (see WINDOWS_DRIVES_COMMAND).
 * ConvertTo-Json gives an object for one disk, an array for several and nothing for none; anything
 * unexpected yields [] rather than an exception (M-09). DriveType 2 = removable disk.
 */
import { WINDOWS_POWERSHELL } from '../system/windows-system-tool';
import { toNumberOrNull, toText, type DetectedDrive } from './detected-drive';

/** PowerShell (relative to System32), no profile, no prompts; never `wmic` (gone from Windows 11 24H2). */
export const WINDOWS_DRIVES_COMMAND = {
  file: WINDOWS_POWERSHELL,
  args: [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    // UTF-8 output so Vietnamese volume labels survive the pipe.
    '[Console]::OutputEncoding=[System.Text.Encoding]::UTF8; Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,FileSystem,FreeSpace,Size,VolumeName | ConvertTo-Json',
  ],
} as const;

const REMOVABLE = 2;

export function parseWindowsDrives(stdout: string): DetectedDrive[] {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  if (text === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const items = Array.isArray(raw) ? raw : [raw];
  const drives: DetectedDrive[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const disk = item as Record<string, unknown>;
    const id = toText(disk.DeviceID);
    if (disk.DriveType !== REMOVABLE || !/^[A-Z]:$/i.test(id)) continue;
    // A card reader with no card reports no file system: nothing to write to.
    if (toText(disk.FileSystem) === '') continue;
    drives.push({
      mountPath: `${id.toUpperCase()}\\`,
      label: toText(disk.VolumeName),
      fileSystem: toText(disk.FileSystem),
      freeBytes: toNumberOrNull(disk.FreeSpace),
      sizeBytes: toNumberOrNull(disk.Size),
      readOnly: false,
    });
  }
  return drives;
}
