/**
 * Lists mounted removable drives with the OS's own tools, no native module (M-09): PowerShell CIM on
 * Windows, lsblk on Linux, /Volumes + diskutil on macOS. The command runner is injected (tests feed
 * recorded outputs). Never throws: any failure means "no suggestion" and the user still has
 * "Chọn thư mục khác…". Only volume metadata is read; nothing on the stick is opened (M-10).
 */
import { join } from 'node:path';
import { system32Tool, type WindowsEnv } from '../system/windows-system-tool';
import type { DetectedDrive } from './detected-drive';
import { diskutilCommand, parseDiskutilInfo } from './parse-diskutil';
import { LSBLK_COMMAND, LSBLK_COMMAND_OLD, parseLsblk } from './parse-lsblk';
import { parseWindowsDrives, WINDOWS_DRIVES_COMMAND } from './parse-windows-drives';

/** Runs a program without a shell and resolves with its stdout; rejects on failure or timeout. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<string>;

export interface DriveListDeps {
  platform: NodeJS.Platform;
  /** %SystemRoot%, to start PowerShell by absolute path. */
  env: WindowsEnv;
  run: CommandRunner;
  /** Lists /Volumes on macOS (names only). */
  readdir(path: string): Promise<string[]>;
}

export async function listRemovableDrives(deps: DriveListDeps): Promise<DetectedDrive[]> {
  try {
    switch (deps.platform) {
      case 'win32':
        return parseWindowsDrives(
          await deps.run(system32Tool(WINDOWS_DRIVES_COMMAND.file, deps.env), WINDOWS_DRIVES_COMMAND.args),
        );
      case 'linux':
        return await listLinux(deps.run);
      case 'darwin':
        return await listMac(deps);
      default:
        return [];
    }
  } catch {
    return [];
  }
}

async function listLinux(run: CommandRunner): Promise<DetectedDrive[]> {
  try {
    return parseLsblk(await run(LSBLK_COMMAND.file, LSBLK_COMMAND.args));
  } catch {
    // Old util-linux rejects the MOUNTPOINTS column.
    return parseLsblk(await run(LSBLK_COMMAND_OLD.file, LSBLK_COMMAND_OLD.args));
  }
}

async function listMac(deps: DriveListDeps): Promise<DetectedDrive[]> {
  const names = (await deps.readdir('/Volumes')).filter((n) => !n.startsWith('.'));
  const drives: DetectedDrive[] = [];
  for (const name of names) {
    const command = diskutilCommand(join('/Volumes', name));
    const drive = await deps.run(command.file, command.args).then(parseDiskutilInfo, () => null);
    if (drive) drives.push(drive);
  }
  return drives;
}
