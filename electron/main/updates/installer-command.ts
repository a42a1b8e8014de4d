/**
 * How the verified installer copy is started, by platform and file type. Only Windows runs it: the NSIS
 * assisted installer (or the MSI through msiexec) shows its own wizard, so the clerk sees what happens.
 * The per-machine NSIS installer asks for administrator rights, which a plain process start cannot give
 * (Windows refuses with "elevation required"), so it is started through the shell (Start-Process), which
 * shows the UAC prompt; its path travels in an environment variable, never through command-line quoting.
 * msiexec and PowerShell run from System32 by absolute path (windows-system-tool.ts). Elsewhere
 * (AppImage, .deb) the app only says where the verified file is.
 */
import { system32Tool, WINDOWS_POWERSHELL, type WindowsEnv } from '../../../node/system/windows-system-tool';

export interface InstallerCommand {
  command: string;
  args: string[];
  /** Added to the app's environment for this process only. */
  env?: Record<string, string>;
}

export const INSTALLER_PATH_VARIABLE = 'SOAN_BAO_CAO_INSTALLER';

export function installerCommand(
  installerPath: string,
  platform: NodeJS.Platform,
  env: WindowsEnv,
): InstallerCommand | null {
  if (platform !== 'win32') return null;
  const lower = installerPath.toLowerCase();
  if (lower.endsWith('.exe')) {
    return {
      command: system32Tool(WINDOWS_POWERSHELL, env),
      args: [
        '-NoProfile',
        '-NonInteractive',
        '-WindowStyle',
        'Hidden',
        '-Command',
        `Start-Process -FilePath $env:${INSTALLER_PATH_VARIABLE}`,
      ],
      env: { [INSTALLER_PATH_VARIABLE]: installerPath },
    };
  }
  // msiexec asks for elevation itself when the package is per-machine.
  if (lower.endsWith('.msi')) return { command: system32Tool('msiexec.exe', env), args: ['/i', installerPath] };
  return null;
}
