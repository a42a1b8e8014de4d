/** The real CommandRunner: execFile (never a shell), 10 s timeout, output capped, hidden console window. */
import { execFile } from 'node:child_process';
import type { CommandRunner } from './list-removable-drives';

export const COMMAND_TIMEOUT_MS = 10_000;

export const execFileRunner: CommandRunner = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: COMMAND_TIMEOUT_MS, maxBuffer: 1024 * 1024, windowsHide: true, encoding: 'utf8', shell: false },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
