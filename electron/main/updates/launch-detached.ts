/** Starts the verified installer as its own process, so it keeps running when the app quits. */
import { spawn } from 'node:child_process';
import type { InstallerCommand } from './installer-command';

export function launchDetached({ command, args }: InstallerCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', shell: false });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
