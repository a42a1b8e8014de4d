/**
 * How the verified installer copy is started, by platform and file type. Only Windows runs it: the NSIS
 * assisted installer (or the MSI through msiexec) shows its own wizard, so the clerk sees what happens.
 * Elsewhere (AppImage, .deb) the app only says where the verified file is.
 */
export interface InstallerCommand {
  command: string;
  args: string[];
}

export function installerCommand(installerPath: string, platform: NodeJS.Platform): InstallerCommand | null {
  if (platform !== 'win32') return null;
  const lower = installerPath.toLowerCase();
  if (lower.endsWith('.exe')) return { command: installerPath, args: [] };
  if (lower.endsWith('.msi')) return { command: 'msiexec.exe', args: ['/i', installerPath] };
  return null;
}
