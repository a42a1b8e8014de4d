import { describe, expect, it } from 'vitest';
import { system32Tool, WINDOWS_POWERSHELL } from './windows-system-tool';

describe('system32Tool', () => {
  it.each([
    [{ SystemRoot: 'D:\\WINDOWS' }, 'D:\\WINDOWS\\System32\\msiexec.exe'],
    [{ windir: 'C:\\Windows' }, 'C:\\Windows\\System32\\msiexec.exe'],
    [{}, 'C:\\Windows\\System32\\msiexec.exe'],
    // Not a local absolute folder: a relative path or a network share never decides what runs.
    [{ SystemRoot: 'tools' }, 'C:\\Windows\\System32\\msiexec.exe'],
    [{ SystemRoot: '\\\\server\\share' }, 'C:\\Windows\\System32\\msiexec.exe'],
  ])('%j → %s', (env, expected) => {
    expect(system32Tool('msiexec.exe', env)).toBe(expected);
  });

  it('finds Windows PowerShell under System32', () => {
    expect(system32Tool(WINDOWS_POWERSHELL, { SystemRoot: 'C:\\Windows' })).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
  });
});
