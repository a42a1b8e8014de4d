/**
 * Absolute path of a Windows system program (msiexec, PowerShell). Started by bare name, Windows would
 * look in the current folder and along PATH first, where any program could sit under that name; from
 * %SystemRoot%\System32 only the system's own copy runs. Env is injected so this is testable anywhere.
 */
import { win32 } from 'node:path';

export interface WindowsEnv {
  SystemRoot?: string | undefined;
  windir?: string | undefined;
}

/** Relative to System32: Windows PowerShell 5.1, present on every Windows 10 and later. */
export const WINDOWS_POWERSHELL = 'WindowsPowerShell\\v1.0\\powershell.exe';

const DEFAULT_SYSTEM_ROOT = 'C:\\Windows';

export function system32Tool(exe: string, env: WindowsEnv): string {
  const root = env.SystemRoot ?? env.windir ?? DEFAULT_SYSTEM_ROOT;
  // Only a local absolute drive path is a system folder (not relative, not a network share).
  const trusted = /^[A-Za-z]:\\/.test(root) ? root : DEFAULT_SYSTEM_ROOT;
  return win32.join(trusted, 'System32', exe);
}
