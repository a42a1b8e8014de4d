/** Starts the verified installer as its own process, so it keeps running when the app quits. */
import { spawn } from 'node:child_process';
import type { InstallerCommand } from './installer-command';

function options(extraEnv: Record<string, string> | undefined) {
  return { detached: true, stdio: 'ignore', shell: false, env: { ...process.env, ...extraEnv } } as const;
}

export function launchDetached({ command, args, env }: InstallerCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options(env));
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/**
 * For the quit handler, which cannot wait: the process is created inside spawn(); a start failure
 * reported later can only be logged, as the app is exiting.
 */
export function spawnDetachedSync({ command, args, env }: InstallerCommand): void {
  const child = spawn(command, args, options(env));
  child.once('error', (error) => console.error('[update] installer did not start', error));
  child.unref();
}
